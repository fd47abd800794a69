using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary><c>fitnesskit tables</c>: the table audit of the broken sample, every table with its owner, mappings and SQL with file:line.</summary>
public sealed class TablesCommandTests
{
    [Fact]
    public void Lists_every_table_of_the_broken_sample_with_its_owner_and_every_mapping_and_query_with_file_and_line()
    {
        using var console = new TestConsole();
        var report = ShopSample.Report(ShopSample.Broken);

        TablesCommand.Write(report.Tables!, console.Console, Repository.Root);

        console.Output.Should().Contain("legacy_exports").And.Contain("unowned").And.Contain("samples/Shop.Broken/Shop.Reporting/SalesDashboard.cs:16");
        Approvals.Verify(console.Output, "tables-broken-sample");
    }

    [Fact]
    public void Names_a_class_that_maps_itself_once()
    {
        using var console = new TestConsole();

        TablesCommand.Write(FitnessKit.Tests.Tables.DataSubjects.Tables, console.Console, Repository.Root);

        console.Output.Should().Contain("  mapped as FitnessKit.Subjects.Data.Invoicing.Scenarios.SalesInvoiceRow: [Table(\"Invoices\", Schema = \"billing\")] on FitnessKit.Subjects.Data.Invoicing.Scenarios.SalesInvoiceRow (linq2db) at tests/Subjects/FitnessKit.Subjects.Data.Invoicing/Scenarios/SalesInvoiceRow.cs:13")
            .And.Contain("  mapped by FitnessKit.Subjects.Data.Sales.SalesDbContext for FitnessKit.Subjects.Data.Sales.Invoice: ");
    }

    [Fact]
    public void Exits_with_0_after_the_audit_and_with_2_on_a_configuration_that_does_not_exist()
    {
        using var console = new TestConsole();

        TablesCommand.Run(new FileInfo(SampleReports.Config(ShopSample.Broken)), null, console.Console).Should().Be(0, console.Output);
        console.Output.Should().StartWith("8 tables, 4 SQL statements found in the code.");

        using var missing = new TestConsole();
        TablesCommand.Run(new FileInfo(Path.Combine(Repository.Root, "no-such-fitness.json")), null, missing.Console).Should().Be(2);
        missing.Output.Should().Contain("no-such-fitness.json");
    }
}
