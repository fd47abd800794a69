namespace FitnessKit.Sql;

/// <summary>
/// One operation of a migration that names tables without SQL text, read from the calls that build it: a FluentMigrator
/// expression (<see cref="FluentMigration"/>) or an EF Core <c>MigrationBuilder</c> call (<see cref="EfMigration"/>).
/// </summary>
/// <param name="Offset">The IL offset of the call that completes it.</param>
/// <param name="Text">The operation as written, with the calls and arguments that name no table left out.</param>
/// <param name="Tables">Each table it names, in order: its schema (none for the database's default) and name, or a hole.</param>
internal sealed record MigrationStatement(int Offset, string Text, IReadOnlyList<MigrationTableUse> Tables);
