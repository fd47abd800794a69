namespace FitnessKit.Sql;

/// <summary>
/// An item of a FROM (or USING) list as the token reader met it: the name a statement refers to it by, and the
/// index of its read in the <see cref="TableUseCollector"/> (-1 for a subquery, a function, a CTE or a variable).
/// An UPDATE or DELETE whose target is this item's exposed name writes the item's table.
/// </summary>
/// <param name="ExposedName">The alias, else the table's own name; null when neither is known.</param>
/// <param name="UseIndex">The index of the item's read, or -1.</param>
internal readonly record struct FromItem(string? ExposedName, int UseIndex);
