using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// EF Core migrations' table operations, read from Reporting's compiled code without running them, against the
/// operations EF Core itself builds from the same migrations (<see cref="EfMigrationOracle"/>).
/// </summary>
public sealed class EfMigrationTests
{
    private const string Reporting = $"{DataSubjects.Prefix}.Reporting";

    [Fact]
    public void Reads_the_tables_each_migration_names_as_EF_Core_builds_its_operations()
    {
        var oracle = EfMigrationOracle.Read(EfModelOracle.SubjectPath(Reporting)).Distinct().ToList();
        var found = DataSubjects.Tables.Statements
            .Where(s => s.SourceType.Assembly == Reporting && s.Api == "an EF Core migration")
            .SelectMany(s => s.Tables.Select(t => new MigrationTable(s.SourceType.FullName, s.SourceMember, t.Table.SchemaIsDefault ? null : t.Table.Schema, t.Table.Name, t.Access)))
            .Distinct()
            .ToList();

        oracle.Should().HaveCountGreaterThanOrEqualTo(8, "two migrations create, index, fill and reference tables, and drop them");
        found.Should().BeEquivalentTo(oracle);
    }
}
