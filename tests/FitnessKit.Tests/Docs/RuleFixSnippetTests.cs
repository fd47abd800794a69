using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Docs;

/// <summary>
/// The fixes that docs/rules/FK004.md to FK006.md show, compiled in tests/Subjects/FitnessKit.Subjects.DocFixes (one
/// context per namespace) and checked with every rule: they break none, and they do touch the tables the pages name.
/// Their failing counterparts are the broken sample's planted violations.
/// </summary>
public sealed class RuleFixSnippetTests
{
    private static readonly Lazy<FitnessReport> Report = new(() => FitnessCheck.Evaluate(
        AssemblySource.Files(Repository.Subject("FitnessKit.Subjects.DocFixes")),
        ContextMap.Define()
            .Context("Billing", c => c.Namespaces("Shop.Billing.**").ContractNamespaces("Shop.Billing.Contracts"))
            .Context("Customers", c => c.Namespaces("Shop.Customers.**"))
            .Context("Worker", c => c.Namespaces("Shop.Worker.**").Tables("InvoiceReminders"))
            .Context("Reporting", c => c.Namespaces("Shop.Reporting.**").Tables("ShippedOrders"))
            .SharedKernelNamespaces("Shop.SharedKernel")
            .Build()));

    [Fact]
    public void Break_no_rule() => Report.Value.Violations.Should().BeEmpty();

    [Theory]
    [InlineData("InvoiceReminders", "Worker")]
    [InlineData("ShippedOrders", "Reporting")]
    [InlineData("billing.OutboxMessages", "Billing")]
    [InlineData("customers.OutboxMessages", "Customers")]
    public void Give_each_table_the_pages_name_one_owner(string table, string owner) =>
        Report.Value.Tables!.Tables.Should().ContainSingle(t => t.Table.ToString() == table).Which.Owner.Should().Be(owner);
}
