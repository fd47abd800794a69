namespace FitnessKit.Tables;

/// <summary>
/// A table or view that entity splitting (<c>SplitToTable</c>, <c>SplitToView</c>) puts some of an entity's columns in:
/// the context maps it as much as the entity's own table.
/// </summary>
/// <param name="Name">The table's name, as the code writes it.</param>
/// <param name="Schema">The schema the call names, or none for the model's default.</param>
/// <param name="IsView">Whether it is a view (<c>SplitToView</c>).</param>
/// <param name="Evidence">The call, such as <c>SplitToTable("DockSchedules") in DockConfiguration.Configure</c>.</param>
/// <param name="Site">Where the call is.</param>
internal sealed record SplitTable(string Name, string? Schema, bool IsView, MappingEvidence Evidence, MappingSite Site);
