using FitnessKit.Loading.Il;

namespace FitnessKit.Sql;

/// <summary>A table a FluentMigrator expression names.</summary>
/// <param name="Schema">Its schema, or <see langword="null"/> for the database's default.</param>
/// <param name="Name">Its name.</param>
/// <param name="Access">What the expression does to it.</param>
internal sealed record FluentMigrationTable(IlValue? Schema, IlValue Name, TableAccess Access);
