using FitnessKit.Loading.Il;

namespace FitnessKit.Sql;

/// <summary>A table a migration's operation names (FluentMigrator's expressions, EF Core's <c>MigrationBuilder</c> calls).</summary>
/// <param name="Schema">Its schema, or <see langword="null"/> for the database's default.</param>
/// <param name="Name">Its name.</param>
/// <param name="Access">What the expression does to it.</param>
internal sealed record MigrationTableUse(IlValue? Schema, IlValue Name, TableAccess Access);
