using FitnessKit.Configuration;
using FitnessKit.Contracts;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Rules.ContractCompatibility;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Samples;

/// <summary>The bundled Shop sample: the good one is clean, the broken twin yields exactly its planted violations.</summary>
public sealed class ShopSampleTests
{
    [Fact]
    public void The_good_sample_has_no_violation_and_checks_every_context()
    {
        var report = Check("Shop");

        report.Violations.Should().BeEmpty(report.Describe(Repository.Root));
        report.Model.Contexts.Select(c => c.Name).Should().Equal("Orders", "Shipping", "Billing", "Customers");
        report.Model.Contexts.Should().OnlyContain(c => c.Types.Count > 0 && c.ContractTypes.Count > 0);
        report.Model.UnownedAssemblies.Should().Equal("Shop.Host");
    }

    [Fact]
    public void The_broken_sample_yields_exactly_the_planted_violations()
    {
        var report = Check("Shop.Broken");

        report.Violations.Select(v => (v.Rule.Id, v.SourceType, v.SourceMember, v.TargetType ?? v.TargetTable)).Should().BeEquivalentTo(new (string, string?, string?, string?)[]
        {
            // 1. Shipping reads Orders' DbContext directly.
            ("FK008", "Shop.Shipping.Infrastructure.PendingOrdersReader", "ReadPendingAsync", "Shop.Orders.Infrastructure.OrdersDbContext"),
            // 5. Billing reaches an Orders domain type from inside an async lambda.
            ("FK001", "Shop.Billing.BillingService", "IssueInvoiceAsync", "Shop.Orders.PricingPolicy"),
            // 2. A shared entities package mapped by Billing and Shipping.
            ("FK002", "Shop.SharedEntities.Customer", null, null),
            // 3. A public DbContext.
            ("FK003", "Shop.Orders.Infrastructure.OrdersDbContext", null, null),
            // 4. A public entity configuration, which forces its entity public too.
            ("FK003", "Shop.Billing.Infrastructure.InvoiceConfiguration", null, null),
            // 6. Reporting joins Orders' and Shipping's tables in one statement through Dapper, with no reference to either.
            ("FK004", "Shop.Reporting.SalesDashboard", "ShippedOrders", "Orders"),
            ("FK004", "Shop.Reporting.SalesDashboard", "ShippedOrders", "ShipmentRequests"),
            ("FK005", "Shop.Reporting.SalesDashboard", "ShippedOrders", "Orders, ShipmentRequests"),
            // 7. The worker reads Billing's invoices with an ADO.NET command.
            ("FK004", "Shop.Worker.OverdueInvoiceReminder", "FindOverdueAsync", "Invoices"),
            // 1 again: Shipping's reader also queries the Orders table with raw SQL.
            ("FK004", "Shop.Shipping.Infrastructure.PendingOrdersReader", "ReadPendingAsync", "Orders"),
            // 8. The outbox table is mapped by Billing and Customers through the shared UseOutbox extension.
            ("FK006", "Shop.Billing.Infrastructure.BillingDbContext", "Shop.SharedKernel.OutboxMessage", "Shop.SharedKernel.OutboxMessage"),
            ("FK006", "Shop.Customers.Infrastructure.CustomersDbContext", "Shop.SharedKernel.OutboxMessage", "Shop.SharedKernel.OutboxMessage"),
            // 2 again: the shared Customer entity maps the table Customers in Billing and Shipping, and Customers maps it too.
            ("FK006", "Shop.Billing.Infrastructure.BillingDbContext", "Shop.SharedEntities.Customer", "Shop.SharedEntities.Customer"),
            ("FK006", "Shop.Shipping.Infrastructure.ShippingDbContext", "Shop.SharedEntities.Customer", "Shop.SharedEntities.Customer"),
            ("FK006", "Shop.Customers.Infrastructure.CustomersDbContext", "Shop.Customers.Customer", "Shop.Customers.Customer"),
            // 9. A table nobody owns (a warning).
            ("FK007", "Shop.Reporting.LegacyExportArchive", "RecentAsync", "legacy_exports"),
            // 10. Customers asks Orders for a customer's orders while Orders consumes Customers' event: a cycle through contracts.
            ("FK009", "Shop.Customers.CustomerStatement", "TotalSpentAsync", "Shop.Orders.Contracts.OrderDto"),
            // 11. Orders' contract event exposes Orders' domain type Discount.
            ("FK010", "Shop.Orders.Contracts.OrderDiscounted", "Discount", "Shop.Orders.Domain.Discount"),
            // 12. The contracts whose events implement the shared kernel's IIntegrationEvent pull in EF Core through it (#9).
            ("FK011", null, null, null),
            ("FK011", null, null, null),
            ("FK011", null, null, null),
            // 13. Shipping asks Orders' query interface for an order it could keep from OrderPlaced (a warning).
            ("FK012", "Shop.Shipping.DeliveryNote", "PrintAsync", "Shop.Orders.Contracts.IOrderQueries"),
            // 14. OrderDto's Total is a decimal where the approved snapshot (samples/Shop.Broken/contracts) has a double, in
            // the property that Customers reads, the record's constructor and its Deconstruct; and OrderDiscounted (#11) is
            // new since then (a note).
            ("FK013", "Shop.Orders.Contracts.OrderDto", "Total", null),
            ("FK013", "Shop.Orders.Contracts.OrderDto", "constructor(System.Guid, System.Guid, string, System.Collections.Generic.IReadOnlyList<Shop.Orders.Contracts.OrderLineDto>, double, System.DateTimeOffset)", null),
            ("FK013", "Shop.Orders.Contracts.OrderDto", "Deconstruct(out System.Guid, out System.Guid, out string, out System.Collections.Generic.IReadOnlyList<Shop.Orders.Contracts.OrderLineDto>, out double, out System.DateTimeOffset)", null),
            ("FK013", "Shop.Orders.Contracts.OrderDiscounted", null, null),
        });
    }

    [Fact]
    public void The_broken_samples_breaking_contract_change_names_the_context_whose_code_reads_the_changed_member()
    {
        var report = Check("Shop.Broken");

        var breaking = report.Violations.Where(v => v.Contract?.Verdict == ContractVerdict.Breaking).ToList();
        breaking.Select(v => v.Contract!.Changes.Single()).Should().BeEquivalentTo([ContractChangeKind.TypeChanged, ContractChangeKind.ParametersChanged, ContractChangeKind.ParametersChanged]);
        var total = breaking.Single(v => v.SourceMember == "Total");
        total.Related.Should().Equal("Customers");
        total.Contract!.Consumers.Select(c => $"{c.Context} {c.Type}.{c.Member} at {c.Location!.ToString(Repository.Root)}").Should().Equal(
            "Customers Shop.Customers.CustomerStatement.TotalSpentAsync at samples/Shop.Broken/Shop.Customers/CustomerStatement.cs:14");
        breaking.Where(v => v != total).Should().OnlyContain(v => v.Related.Count == 0, "only Orders constructs and deconstructs its OrderDto");
        report.Violations.Single(v => v.Contract?.Verdict == ContractVerdict.Additive).Severity.Should().Be(Severity.Note);
    }

    [Fact]
    public void Every_planted_violation_names_its_file_and_line()
    {
        var report = Check("Shop.Broken");

        report.Violations.Should().OnlyContain(v => v.Location != null && v.Location.Line > 0 && File.Exists(v.Location.File));
        report.Violations.Single(v => v.SourceMember == "IssueInvoiceAsync").Location!.ToString(Repository.Root)
            .Should().StartWith("samples/Shop.Broken/Shop.Billing/BillingService.cs:");
    }

    [Fact]
    public void The_shared_entity_violation_names_the_package_and_the_contexts_that_share_it()
    {
        var violation = Check("Shop.Broken").Violations.Single(v => v.Rule.Id == "FK002");

        violation.SourceAssembly.Should().Be("Shop.SharedEntities");
        violation.Related.Should().Equal("Billing", "Shipping");
        violation.Message.Should().Contain("BillingDbContext").And.Contain("ShippingDbContext");
    }

    private static FitnessReport Check(string sample)
    {
        var config = FitnessConfig.Load(Path.Combine(Repository.Sample(sample), "fitness.json"));
        return FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map, config.Rules, config.Severities);
    }
}
