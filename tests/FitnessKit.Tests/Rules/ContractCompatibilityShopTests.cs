using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// FK013 on the good Shop sample, which commits its approved snapshots (samples/Shop/contracts): clean as committed;
/// a snapshot copy edited in a temporary folder stands for an Orders contract that the code then changes, in a
/// breaking way (fails, naming the contexts whose code uses the changed member) or an additive one (passes).
/// </summary>
public sealed class ContractCompatibilityShopTests
{
    private static readonly Lazy<CodeBase> Shop = new(() => CodeBase.Load(ShopSample.Assemblies(ShopSample.Good)));

    private static string Snapshots => Path.Combine(Repository.Sample(ShopSample.Good), "contracts");

    /// <summary>Copies the committed snapshots, lets a test edit Orders' one, and checks the sample against the copy.</summary>
    private static FitnessReport CheckAgainstEdited(Func<string, string> edit)
    {
        using var folder = new TemporaryFolder();
        foreach (var file in Directory.EnumerateFiles(Snapshots, "*.contract.txt"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var orders = Path.Combine(folder.Path, "Shop.Orders.Contracts.contract.txt");
        var text = File.ReadAllText(orders);
        var edited = edit(text);
        edited.Should().NotBe(text, "the test edits the snapshot");
        File.WriteAllText(orders, edited);
        return FitnessCheck.Evaluate(Shop.Value, ShopSample.Map.WithApprovedContracts(ApprovedContracts.Snapshots(folder.Path)));
    }

    public sealed class Evaluate
    {
        [Fact]
        public void Finds_the_good_sample_compatible_with_its_committed_snapshots()
        {
            var report = ShopSample.Report(ShopSample.Good);

            report.Rules.Should().Contain(RuleCatalog.ContractCompatibility);
            report.Model.Map.ApprovedContracts!.SnapshotDirectory.Should().Be(Snapshots);
            report.Violations.Should().BeEmpty();
        }

        [Fact]
        public void Fails_when_an_Orders_contract_loses_a_property_and_says_that_no_context_reads_it()
        {
            // Given a snapshot in which OrderPlaced had a Currency the code no longer has
            var report = CheckAgainstEdited(text => text.Replace(
                "  public System.Guid CustomerId { get; init; }\n  public void Deconstruct(out System.Guid OrderId",
                "  public string Currency { get; init; }\n  public System.Guid CustomerId { get; init; }\n  public void Deconstruct(out System.Guid OrderId",
                StringComparison.Ordinal));

            // Then the check fails with one breaking change; the code of Orders' consumers, built with the current
            // contract, cannot read Currency, so none is named, and the sentence says who uses the type
            report.HasErrors.Should().BeTrue();
            var violation = report.Violations.Should().ContainSingle().Subject;
            violation.Rule.Should().Be(RuleCatalog.ContractCompatibility);
            violation.SourceContext.Should().Be("Orders");
            (violation.SourceType, violation.SourceMember).Should().Be(("Shop.Orders.Contracts.OrderPlaced", "Currency"));
            violation.Related.Should().BeEmpty();
            violation.Message.Should().Be("Shop.Orders.Contracts.OrderPlaced.Currency was removed or renamed (contract Shop.Orders.Contracts of context Orders, compared with its approved snapshot): a breaking change. No other context of this code base uses Shop.Orders.Contracts.OrderPlaced.Currency (Shipping and Billing use Shop.Orders.Contracts.OrderPlaced, not that member); consumers outside it can still break.");
            ShopSample.Portable(violation.Location!.ToString()).Should().StartWith("samples/Shop/Shop.Orders.Contracts/");
        }

        [Fact]
        public void Fails_when_an_Orders_contract_property_changes_type_and_names_only_the_contexts_whose_code_reads_it()
        {
            // Given a snapshot in which OrderPlaced.Total was a double: Billing reads it, Shipping only reads other members
            var report = CheckAgainstEdited(text => text.Replace(
                "  public decimal Total { get; init; }\n  public static bool op_Equality(Shop.Orders.Contracts.OrderPlaced?",
                "  public double Total { get; init; }\n  public static bool op_Equality(Shop.Orders.Contracts.OrderPlaced?",
                StringComparison.Ordinal));

            // Then the breaking change names Billing, with the member that reads Total and its line
            var violation = report.Violations.Should().ContainSingle().Subject;
            (violation.SourceType, violation.SourceMember).Should().Be(("Shop.Orders.Contracts.OrderPlaced", "Total"));
            violation.Related.Should().Equal("Billing");
            var consumer = violation.Contract!.Consumers.Should().ContainSingle().Subject;
            (consumer.Context, consumer.Type, consumer.Member).Should().Be(("Billing", "Shop.Billing.BillingService", "IssueInvoiceAsync"));
            ShopSample.Portable(consumer.Location!.ToString()).Should().Be("samples/Shop/Shop.Billing/BillingService.cs:21");
            violation.Message.Should().EndWith("a breaking change. Contexts that use Shop.Orders.Contracts.OrderPlaced.Total and can break: Billing (Shop.Billing.BillingService.IssueInvoiceAsync at BillingService.cs:21).");
        }

        [Fact]
        public void Passes_when_an_Orders_contract_gains_a_property_and_lists_it_as_a_note()
        {
            // Given a snapshot from before OrderPlaced and OrderDto had PlacedAt
            var report = CheckAgainstEdited(text => text.Replace("  public System.DateTimeOffset PlacedAt { get; init; }\n", string.Empty, StringComparison.Ordinal));

            // Then the additive change is a note, and the check passes
            report.HasErrors.Should().BeFalse();
            report.Violations.Should().NotBeEmpty().And.OnlyContain(v => v.Rule == RuleCatalog.ContractCompatibility && v.Severity == Severity.Note);
            report.Violations.Should().Contain(v => v.SourceType == "Shop.Orders.Contracts.OrderPlaced" && v.SourceMember == "PlacedAt");
        }
    }
}
