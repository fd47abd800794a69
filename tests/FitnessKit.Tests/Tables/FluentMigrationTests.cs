using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// FluentMigrator migrations, read from Dispatch's compiled code without running them, against the expressions
/// FluentMigrator itself builds from the same migrations (<see cref="FluentMigratorOracle"/>); and what the tables they
/// create make of Dispatch's Dapper queries.
/// </summary>
public sealed class FluentMigrationTests
{
    private const string Dispatch = $"{DataSubjects.Prefix}.Dispatch";

    [Fact]
    public void Reads_the_tables_each_migration_names_as_FluentMigrator_builds_them()
    {
        var oracle = Distinct(FluentMigratorOracle.Read(EfModelOracle.SubjectPath(Dispatch)));
        var found = Distinct(DataSubjects.Tables.Statements
            .Where(s => s.SourceType.Assembly == Dispatch && s.Api == "a FluentMigrator migration")
            .SelectMany(s => s.Tables.Select(t => new MigrationTable(s.SourceType.FullName, s.SourceMember, t.Table.SchemaIsDefault ? null : t.Table.Schema, t.Table.Name, t.Access))));

        oracle.Should().HaveCountGreaterThan(10, "Dispatch's four migrations create, alter, index, fill and reference tables");
        found.Should().BeEquivalentTo(oracle);
    }

    [Fact]
    public void Gives_the_tables_only_its_migrations_create_to_the_context_so_its_own_queries_are_quiet()
    {
        foreach (var name in new[] { "dispatch.Dispatches", "dispatch.DispatchNotes", "dispatch.Carriers" })
        {
            var table = DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == name);
            table.Owner.Should().Be("Dispatch", name + " is created by Dispatch's migrations alone");
        }

        DataSubjects.Report.Violations.Should().NotContain(v => v.SourceType != null && v.SourceType.StartsWith(Dispatch + ".Scenarios", StringComparison.Ordinal));
        DataSubjects.Tables.Statements.Should().Contain(s => s.SourceType.FullName == Dispatch + ".Scenarios.OpenDispatches", "its query is read, and judged silent");
    }

    [Fact]
    public void Reads_a_migrations_own_SQL_as_sent_by_Execute_Sql()
    {
        var sql = DataSubjects.Tables.Statements.Where(s => s.SourceType.FullName == Dispatch + ".Migrations.M0004_SeedCarriers" && s.Api == "FluentMigrator's Execute.Sql");

        sql.Should().ContainSingle().Which.Tables.Should().Equal(
            new StatementTable(DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == "dispatch.Dispatches").Table, TableAccessKind.Write));
    }

    /// <summary>
    /// Each table once per migration member and access, a write left out where the member creates the table: a column's
    /// foreign key is one more expression of FluentMigrator's (it alters the table it creates), and part of the
    /// creating statement of FitnessKit's.
    /// </summary>
    private static List<MigrationTable> Distinct(IEnumerable<MigrationTable> tables)
    {
        var all = tables.Distinct().ToList();
        return [.. all.Where(t => t.Access != TableAccessKind.Write || !all.Contains(t with { Access = TableAccessKind.Create }))];
    }
}
