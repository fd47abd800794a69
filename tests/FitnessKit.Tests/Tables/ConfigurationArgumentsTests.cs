using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// Configurations created with arguments (<c>ApplyConfiguration(new JournalConfiguration("ledger_journal"))</c>), read
/// with what their constructor keeps of them; Ledger's tables are held to EF Core's model by StaticModelAgreesWithEfCoreTests.
/// </summary>
public sealed class ConfigurationArgumentsTests
{
    private const string Ledger = DataSubjects.Prefix + ".Ledger.";

    [Fact]
    public void Reads_a_schema_the_configuration_was_given_when_made()
    {
        var journal = DataSubjects.Tables.Mappings.Single(m => m.Entity.FullName == Ledger + "Journal");

        journal.Table.ToString().Should().Be("ledger_journal.Journals");
        journal.Evidence.Should().Be($"ToTable(\"Journals\", \"ledger_journal\") in {Ledger}JournalConfiguration.Configure");
        DataSubjects.Tables.Find(journal.Table)!.Owner.Should().Be("Ledger");
    }

    [Fact]
    public void Notes_a_schema_computed_at_run_time_and_keeps_the_model_default()
    {
        DataSubjects.Tables.Mappings.Single(m => m.Entity.FullName == Ledger + "Period").Table.ToString().Should().Be("ops.Periods");
        DataSubjects.Tables.Notes.Should().Contain(
            $"{Ledger}LedgerDbContext: the schema of {Ledger}Period's table in {Ledger}PeriodConfiguration.Configure is computed at run time, so it is taken to be the model's default schema.")
            .And.NotContain(n => n.Contains("the schema of FitnessKit.Subjects.Data.Outbox.InboxRecord", StringComparison.Ordinal), "the inbox's schema is the one its helper is given");
    }
}
