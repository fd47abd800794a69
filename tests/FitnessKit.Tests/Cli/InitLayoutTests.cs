using FitnessKit.Cli;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Tests.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary>
/// <c>fitnesskit init</c> on the layouts people use (tests/Subjects/Layouts): given the built assemblies of a layout,
/// when init proposes a map and check runs with it unchanged, then it finds the planted violations, the same ones as
/// the hand-written map beside the subject, and the proposal says why it made each choice.
/// </summary>
public sealed class InitLayoutTests
{
    /// <summary>What holds for every layout.</summary>
    public abstract class EveryLayout<TProposal>(TProposal proposal) : IClassFixture<TProposal>
        where TProposal : LayoutProposal
    {
        protected TProposal Proposal { get; } = proposal;

        /// <summary>Gets the violations planted in the subject, one scenario file each.</summary>
        private protected abstract IReadOnlyList<PlantedFinding> Planted { get; }

        [Fact]
        public void Should_write_a_configuration_that_parses_and_fits_the_schema()
        {
            Proposal.ExitCode.Should().Be(0, Proposal.Output);
            JsonSchemas.ConfigProblems(Proposal.Text).Should().BeEmpty();
            FitnessConfig.Parse(Proposal.Text, Proposal.ConfigPath).Map.Contexts.Should().NotBeEmpty();
        }

        [Fact]
        public void Should_find_the_planted_violations_with_the_proposal_unchanged() =>
            LayoutSubjects.Findings(Proposal.Proposed.Value).Should().Equal(Planted);

        [Fact]
        public void Should_find_the_same_violations_as_the_hand_written_map() =>
            LayoutSubjects.Findings(Proposal.Proposed.Value).Should().Equal(LayoutSubjects.Findings(Proposal.HandWritten.Value));

        [Fact]
        public void Should_fail_the_check_command_on_the_proposal()
        {
            using var console = new TestConsole();

            CheckCommand.Run(new FileInfo(Proposal.ConfigPath), console.Console).Should().Be(1, console.Output);
            console.Output.Should().Contain(Planted[0].Source);
        }
    }

    /// <summary><c>Acme.Shop.Modules.{Orders,Payments}.{Domain,Application,Infrastructure,IntegrationEvents}</c>, <c>Acme.Shop.BuildingBlocks.*</c> and the <c>Acme.Shop.API</c> host.</summary>
    public sealed class A_modular_monolith(ModularMonolithProposal proposal) : EveryLayout<ModularMonolithProposal>(proposal)
    {
        private protected override IReadOnlyList<PlantedFinding> Planted { get; } =
        [
            new("FK001", "Acme.Shop.Modules.Payments.Application.ChargeOrder", "Acme.Shop.Modules.Orders.Domain.Order"),
            new("FK003", "Acme.Shop.Modules.Orders.Infrastructure.OrdersDbContext", Target: null),
            new("FK004", "Acme.Shop.Modules.Payments.Application.OrderTotalLookup", "orders.orders"),
        ];

        [Fact]
        public void Should_propose_a_context_per_module_with_its_IntegrationEvents_assembly_as_contract()
        {
            Proposal.Model.Contexts.Select(c => c.Name).Should().Equal("Orders", "Payments");
            Proposal.AssembliesOf("Orders").Should().Equal(
                "Acme.Shop.Modules.Orders.Application", "Acme.Shop.Modules.Orders.Domain", "Acme.Shop.Modules.Orders.Infrastructure", "Acme.Shop.Modules.Orders.IntegrationEvents");
            Proposal.AssembliesOf("Payments").Should().Equal(
                "Acme.Shop.Modules.Payments.Application", "Acme.Shop.Modules.Payments.Infrastructure", "Acme.Shop.Modules.Payments.IntegrationEvents");
            Proposal.Model["Orders"].ContractAssemblies.Should().Equal("Acme.Shop.Modules.Orders.IntegrationEvents");
            Proposal.Model["Payments"].ContractAssemblies.Should().Equal("Acme.Shop.Modules.Payments.IntegrationEvents");
            Proposal.Text.Should().Contain("// Orders: Acme.Shop.Modules.Orders.Application, Acme.Shop.Modules.Orders.Domain, Acme.Shop.Modules.Orders.Infrastructure, Acme.Shop.Modules.Orders.IntegrationEvents: module Orders (Acme.Shop.Modules.Orders.*).")
                .And.Contain("//   Contract Acme.Shop.Modules.Orders.IntegrationEvents: an assembly named IntegrationEvents.");
        }

        [Fact]
        public void Should_make_the_building_blocks_the_shared_kernel()
        {
            Proposal.Model.SharedKernelAssemblies.Should().Equal("Acme.Shop.BuildingBlocks.Domain", "Acme.Shop.BuildingBlocks.Infrastructure");
            Proposal.Text.Should().Contain("//   Acme.Shop.BuildingBlocks.Domain: named BuildingBlocks: a library the contexts share.");
        }

        [Fact]
        public void Should_leave_the_API_host_out_of_every_context_because_it_has_an_entry_point_and_wires_both_modules()
        {
            Proposal.Model.UnownedAssemblies.Should().Equal("Acme.Shop.API");
            Proposal.Model.Contexts.SelectMany(c => c.ContractAssemblies).Should().NotContain("Acme.Shop.API");
            Proposal.Text.Should().Contain("//   Acme.Shop.API: a host: it has an entry point and references Orders and Payments.");
        }

        [Fact]
        public void Should_read_the_migration_scripts_a_module_embeds_as_its_own_sql()
        {
            var tables = Proposal.Proposed.Value.Tables!;

            tables.Tables.Where(t => t.Table.Schema == "payments").Select(t => $"{t.Table} {t.Owner} ({t.Reason})").Should().BeEquivalentTo(
                "payments.payment_attempts Payments (created by Payments' SQL)",
                "payments.payments Payments (mapped by Acme.Shop.Modules.Payments.Infrastructure.PaymentsDbContext)",
                "payments.v_failed_attempts Payments (created by Payments' SQL)");
            tables.Statements.Where(s => s.Api == "an embedded SQL script").Select(s => s.Location?.Line).Should().Equal(3, 12);
        }
    }

    /// <summary>One service per deployable: <c>Ordering.API</c>, <c>Ordering.Domain</c>, <c>Ordering.Infrastructure</c>, <c>Ordering.UnitTests</c>, <c>Basket.*</c>, events as namespaces, shared <c>EventBus*</c>, <c>Shop.ServiceDefaults</c> and <c>IntegrationEventLogEF</c>.</summary>
    public sealed class Microservices(MicroservicesProposal proposal) : EveryLayout<MicroservicesProposal>(proposal)
    {
        private protected override IReadOnlyList<PlantedFinding> Planted { get; } =
        [
            new("FK001", "Basket.API.Scenarios.CheckoutReadsTheOrderingDomain", "Ordering.Domain.AggregatesModel.Order"),
            new("FK003", "Ordering.Infrastructure.OrderingContext", Target: null),
            new("FK008", "Basket.API.Scenarios.ReadsTheOrderingContext", "Ordering.Infrastructure.OrderingContext"),
        ];

        [Fact]
        public void Should_read_the_read_sides_sql_and_find_every_table_it_joins_the_services_own()
        {
            var tables = Proposal.Proposed.Value.Tables!;

            tables.Statements.Should().ContainSingle(s => s.SourceType.FullName == "Ordering.API.Application.Queries.OrderQueries")
                .Which.Tables.Select(t => t.Table.ToString()).Should().BeEquivalentTo("OrderingDb.ordering.Orders", "OrderingDb.ordering.Orderitems", "OrderingDb.ordering.OrderStatus");
            tables.Tables.Where(t => t.Table.Schema == "ordering").Should().HaveCount(3).And.OnlyContain(t => t.Owner == "Ordering");
        }

        [Fact]
        public void Should_propose_a_context_per_service_with_its_API_deployable_inside_it()
        {
            Proposal.Model.Contexts.Select(c => c.Name).Should().Equal("Basket", "Catalog", "Ordering");
            Proposal.AssembliesOf("Ordering").Should().Equal("Ordering.API", "Ordering.Domain", "Ordering.Infrastructure");
            Proposal.AssembliesOf("Basket").Should().Equal("Basket.API", "Basket.Domain");
            Proposal.Text.Should().Contain("// Ordering: Ordering.API, Ordering.Domain, Ordering.Infrastructure: named Ordering.*; Ordering.API has an entry point: the deployable of Ordering, so it is part of it, not a host; listed one by one, as Ordering.** would also claim Ordering.UnitTests.");
        }

        [Fact]
        public void Should_propose_for_each_service_the_database_its_DbContext_connects_to_so_the_event_log_each_maps_is_its_own()
        {
            Proposal.Model.Map.Contexts.Select(c => (c.Name, c.Database)).Should().Equal(("Basket", (string?)null), ("Catalog", "catalogdb"), ("Ordering", "OrderingDb"));
            Proposal.Text.Should().Contain("//   Database catalogdb: Catalog.API.Infrastructure.CatalogContext connects by AddNpgsqlDbContext<Catalog.API.Infrastructure.CatalogContext>(\"catalogdb\") in Catalog.API.Program.Main;")
                .And.Contain("//   Database OrderingDb: Ordering.Infrastructure.OrderingContext connects by UseSqlServer(GetConnectionString(\"OrderingDb\")) in AddDbContext<Ordering.Infrastructure.OrderingContext> in Ordering.API.Registration.AddOrderingData;");
            var logs = Proposal.Proposed.Value.Tables!.Tables.Where(t => t.Table.Name == "IntegrationEventLog").ToList();
            logs.Select(t => (t.Table.ToString(), t.Owner)).Should().BeEquivalentTo([("catalogdb.eventlog.IntegrationEventLog", "Catalog"), ("OrderingDb.eventlog.IntegrationEventLog", "Ordering")]);
            Proposal.Proposed.Value.Violations.Should().NotContain(v => v.Rule.Id == "FK006");
        }

        [Fact]
        public void Should_leave_the_unit_tests_out_and_list_the_service_assemblies_that_Ordering_stem_would_share_with_them()
        {
            Proposal.Model.UnownedAssemblies.Should().Equal("Ordering.UnitTests");
            Proposal.Model.Map.Contexts.Single(c => c.Name == "Ordering").Assemblies.Select(p => p.Text).Should().Equal("Ordering.API", "Ordering.Domain", "Ordering.Infrastructure");
            Proposal.Model.Map.Contexts.Single(c => c.Name == "Basket").Assemblies.Select(p => p.Text).Should().Equal("Basket.**");
            Proposal.Text.Should().Contain("//   Ordering.UnitTests: a test or benchmark assembly: named UnitTests.");
        }

        [Fact]
        public void Should_take_the_integration_events_namespace_as_contract_and_not_the_domain_events_or_the_code_around_them()
        {
            Proposal.Model["Ordering"].Definition.ContractNamespaces.Select(p => p.Text).Should().Equal("Ordering.API.IntegrationEvents.Events");
            Proposal.Model["Ordering"].ContractTypes.Select(t => t.FullName).Should().Equal("Ordering.API.IntegrationEvents.Events.OrderStartedIntegrationEvent");
            Proposal.Model["Basket"].ContractTypes.Should().BeEmpty();
            Proposal.Text.Should().Contain("//   Contract namespace Ordering.API.IntegrationEvents.Events: the public types of Ordering.API in a namespace named Events.")
                .And.Contain("//   Ordering.Domain.Events is no contract: it is in the domain model, so its Events are domain events, raised and handled inside the context.")
                .And.Contain("//   Ordering.API.IntegrationEvents is no contract: it holds the code around the contract types, which are one level down in Ordering.API.IntegrationEvents.Events.");
        }

        [Fact]
        public void Should_make_the_event_bus_the_event_log_and_the_service_defaults_the_shared_kernel()
        {
            Proposal.Model.SharedKernelAssemblies.Should().Equal("EventBus", "EventBusRabbitMQ", "IntegrationEventLogEF", "Shop.ServiceDefaults");
            Proposal.Text.Should().Contain("//   EventBusRabbitMQ: named EventBus*: messaging infrastructure the contexts share.")
                .And.Contain("//   Shop.ServiceDefaults: named *.ServiceDefaults: hosting defaults the services share.");
        }

        [Fact]
        public void Should_not_report_the_reference_to_an_API_assembly_whose_events_namespace_is_used()
        {
            Proposal.Model.CodeBase.Assemblies.Single(a => a.Name == "Basket.API").References.Should().Contain("Ordering.API", "the handler of Ordering's event needs the reference");

            Proposal.Proposed.Value.Violations.Should().NotContain(v => v.SourceAssembly == "Basket.API" && v.TargetAssembly == "Ordering.API");
        }
    }

    /// <summary><c>Store.&lt;Module&gt;.*</c> beside <c>Store.Common.*</c>, a <c>Store.Worker</c> and a <c>Store.Reporting</c> library that fit no module, and the <c>Store.Host</c>.</summary>
    public sealed class Product_modules_with_common_libraries(ProductModulesProposal proposal) : EveryLayout<ProductModulesProposal>(proposal)
    {
        private protected override IReadOnlyList<PlantedFinding> Planted { get; } =
        [
            new("FK001", "Store.Payments.Domain.PaymentRetry", "Store.Worker.RetrySchedule"),
            new("FK001", "Store.Reporting.SalesReport", "Store.Orders.Domain.Order"),
            new("FK003", "Store.Reporting.ReportingDbContext", Target: null),
        ];

        [Fact]
        public void Should_propose_a_context_per_module_and_one_for_each_library_that_fits_none()
        {
            Proposal.Model.Contexts.Select(c => c.Name).Should().Equal("Orders", "Payments", "Reporting", "Worker");
            Proposal.AssembliesOf("Orders").Should().Equal("Store.Orders.Contracts", "Store.Orders.Domain");
            Proposal.Model["Orders"].ContractAssemblies.Should().Equal("Store.Orders.Contracts");
            Proposal.AssembliesOf("Worker").Should().Equal("Store.Worker");
            Proposal.AssembliesOf("Reporting").Should().Equal("Store.Reporting");
            Proposal.Text.Should().Contain("// Worker: Store.Worker: a library that fits no other context (only Payments references it and it uses Orders), so a context of its own.")
                .And.Contain("// Reporting: Store.Reporting: a library that fits no other context (no context references it and it uses Orders), so a context of its own.");
        }

        [Fact]
        public void Should_make_the_common_libraries_the_shared_kernel_and_leave_the_host_out()
        {
            Proposal.Model.SharedKernelAssemblies.Should().Equal("Store.Common.Domain", "Store.Common.Messaging");
            Proposal.Model.UnownedAssemblies.Should().Equal("Store.Host");
            Proposal.Text.Should().Contain("//   Store.Host: a host: it has an entry point and references Orders, Payments, Reporting and Worker.");
        }
    }

    /// <summary>
    /// Modules laid out in layers as ABP's templates make them (<c>Acme.BookStore.Ordering.{Domain.Shared,Domain,
    /// Application.Contracts,Application,EntityFrameworkCore,HttpApi,HttpApi.Client}</c>), beside the application's own layers, whose
    /// DbContext maps every module's tables for one migration history, and whose tables are named with a prefix and
    /// schema the modules' domain assemblies hold in static properties.
    /// </summary>
    public sealed class Layered_modules_beside_the_applications_own_layers(LayeredModulesProposal proposal) : EveryLayout<LayeredModulesProposal>(proposal)
    {
        private protected override IReadOnlyList<PlantedFinding> Planted { get; } =
        [
            new("FK001", "Acme.BookStore.Catalog.Products.StockFromOrderRepository", "Acme.BookStore.Ordering.Orders.IOrderRepository"),
            new("FK001", "Acme.BookStore.Catalog.Products.StockFromOrderRepository", "Acme.BookStore.Ordering.Orders.IOrderRepository"),
            new("FK001", "Acme.BookStore.Catalog.Products.StockFromOrderRepository", "Acme.BookStore.Ordering.Orders.Order"),
            new("FK001", "Acme.BookStore.Catalog.Products.StockFromOrderRepository", "Acme.BookStore.Ordering.Orders.OrderLine"),
            new("FK003", "Acme.BookStore.Ordering.Orders.Order", Target: null),
            new("FK004", "Acme.BookStore.Catalog.EntityFrameworkCore.SalesRankFromOrderingTables", "dbo.OrderingOrderLines"),
            new("FK005", "Acme.BookStore.Catalog.EntityFrameworkCore.SalesRankFromOrderingTables", "catalog.CatalogProducts, dbo.OrderingOrderLines"),
            new("FK012", "Acme.BookStore.Catalog.Products.ProductAppService", "Acme.BookStore.Ordering.Orders.IOrderAppService"),
        ];

        [Fact]
        public void Should_propose_a_context_per_module_with_its_application_contracts_and_domain_shared_as_contracts()
        {
            Proposal.Model.Contexts.Select(c => c.Name).Should().Equal("Catalog", "Ordering");
            Proposal.AssembliesOf("Ordering").Should().Equal(
                "Acme.BookStore.Ordering.Application", "Acme.BookStore.Ordering.Application.Contracts", "Acme.BookStore.Ordering.Domain",
                "Acme.BookStore.Ordering.Domain.Shared", "Acme.BookStore.Ordering.EntityFrameworkCore", "Acme.BookStore.Ordering.HttpApi", "Acme.BookStore.Ordering.HttpApi.Client");
            Proposal.Model["Ordering"].ContractAssemblies.Should().Equal(
                "Acme.BookStore.Ordering.Application.Contracts", "Acme.BookStore.Ordering.Domain.Shared", "Acme.BookStore.Ordering.HttpApi.Client");
            Proposal.Model["Catalog"].ContractAssemblies.Should().Equal("Acme.BookStore.Catalog.Application.Contracts", "Acme.BookStore.Catalog.Domain.Shared");
            Proposal.Text.Should().Contain("//   Contract Acme.BookStore.Ordering.Domain.Shared: named Shared, and the contract Acme.BookStore.Ordering.Application.Contracts references it, so its types reach other contexts through that contract.")
                .And.Contain("//   Contract Acme.BookStore.Catalog.Domain.Shared: named Domain.Shared, the constants and enums a module shares with its contracts and clients.")
                .And.Contain("//   Contract Acme.BookStore.Ordering.HttpApi.Client: named Client, and it references the contract Acme.BookStore.Ordering.Application.Contracts: the client other contexts call it through.");
        }

        [Fact]
        public void Should_leave_the_applications_own_layers_out_of_every_context_because_they_compose_the_modules()
        {
            Proposal.Model.UnownedAssemblies.Should().Equal(
                "Acme.BookStore.DbMigrator", "Acme.BookStore.Domain", "Acme.BookStore.Domain.Shared", "Acme.BookStore.EntityFrameworkCore", "Acme.BookStore.HttpApi.Host");
            Proposal.Model.SharedKernelAssemblies.Should().BeEmpty();
            Proposal.Text.Should().Contain("//   Acme.BookStore.EntityFrameworkCore: the application's EntityFrameworkCore layer, not a module's: the application's own layers (Acme.BookStore.<layer>) reference Catalog and Ordering, so they compose the modules, as a host does.")
                .And.Contain("//   Acme.BookStore.DbMigrator: a host: it has an entry point, and the application's own layers (Acme.BookStore.<layer>) reference Catalog and Ordering, so they compose the modules.");
        }

        [Fact]
        public void Should_name_each_table_with_the_prefix_and_schema_the_modules_domain_assembly_holds_and_give_it_to_its_module()
        {
            var tables = Proposal.Proposed.Value.Tables!;

            tables.Tables.Select(t => $"{t.Table} {t.Owner}").Should().BeEquivalentTo(
                "catalog.CatalogProducts Catalog", "dbo.AppSettings ", "dbo.OrderingOrderLines Ordering", "dbo.OrderingOrders Ordering");
            tables.Notes.Should().BeEmpty("the prefix and schema are read from the modules' static properties, a null schema included");
            Proposal.Proposed.Value.Violations.Should().NotContain(v => v.Rule.Id == "FK006", "the application's DbContext, in no context, maps every module's tables for migrations");
        }

        [Fact]
        public void Should_map_every_entity_of_every_DbContext_to_the_table_EF_Core_maps_it_to()
        {
            var oracle = new[] { "Acme.BookStore.Ordering.EntityFrameworkCore", "Acme.BookStore.Catalog.EntityFrameworkCore", "Acme.BookStore.EntityFrameworkCore" }
                .SelectMany(a => EfModelOracle.Read(Path.Combine(LayoutSubjects.Output(LayoutSubjects.LayeredModules), a + ".dll")))
                .Select(t => $"{t.DbContext} {t.Entity} {t.Schema}.{t.Name}");
            var found = Proposal.Proposed.Value.Tables!.Mappings
                .Select(m => $"{m.DbContext.FullName} {m.Entity.FullName} {(m.Table.SchemaIsDefault ? null : m.Table.Schema)}.{m.Table.Name}");

            oracle.Should().HaveCount(7, "each module's DbContext maps its own entities, and the application's maps them all and its own");
            found.Should().BeEquivalentTo(oracle);
        }
    }

    /// <summary>
    /// A modular monolith in one assembly: <c>Bakery.Web</c>, its modules folders (<c>Bakery.Web.Modules.{Orders,Kitchen}.*</c>)
    /// with a DbContext and a schema each, their shared folder (<c>Modules.Shared</c>), and the application's own code
    /// (<c>Program</c>, <c>Infrastructure</c>, the slices of <c>Features</c>) around them.
    /// </summary>
    public sealed class Modules_in_one_assembly(ModulesInOneAssemblyProposal proposal) : EveryLayout<ModulesInOneAssemblyProposal>(proposal)
    {
        private protected override IReadOnlyList<PlantedFinding> Planted { get; } =
        [
            new("FK001", "Bakery.Web.Modules.Kitchen.Application.BatchPlanner", "Bakery.Web.Modules.Orders.Domain.Order"),
            new("FK004", "Bakery.Web.Modules.Kitchen.Application.OrdersDueToday", "orders.Orders"),
        ];

        [Fact]
        public void Should_propose_a_context_per_module_folder_by_its_namespaces_with_its_Contracts_namespace_as_contract()
        {
            Proposal.Model.Contexts.Select(c => c.Name).Should().Equal("Kitchen", "Orders");
            Proposal.Text.Should().Contain("{ \"name\": \"Orders\", \"namespaces\": [\"Bakery.Web.Modules.Orders.**\"], \"contractNamespaces\": [\"Bakery.Web.Modules.Orders.Contracts\"] }")
                .And.Contain("// Orders: Bakery.Web.Modules.Orders.* in Bakery.Web: module Orders, a folder of Modules in one assembly.")
                .And.Contain("//   Contract namespace Bakery.Web.Modules.Orders.Contracts: the namespace of module Orders named Contracts.")
                .And.Contain("//   No contract found (no namespace of it is named Contracts,");
            Proposal.Model["Orders"].Types.Select(t => t.FullName).Should().BeEquivalentTo(
                "Bakery.Web.Modules.Orders.OrdersModule", "Bakery.Web.Modules.Orders.Domain.Order", "Bakery.Web.Modules.Orders.Persistence.OrdersDbContext",
                "Bakery.Web.Modules.Orders.Contracts.OrderPlaced", "Bakery.Web.Modules.Orders.Application.PlaceOrder");
        }

        [Fact]
        public void Should_make_the_modules_shared_folder_the_shared_kernel_and_leave_the_rest_of_the_assembly_in_no_context()
        {
            Proposal.Text.Should().Contain("\"sharedKernel\": { \"namespaces\": [\"Bakery.Web.Modules.Shared.**\"] },")
                .And.Contain("//   Bakery.Web: an application that holds the modules Kitchen and Orders as namespaces (Bakery.Web.Modules.<module>), each proposed as a context: the rest of its code, in no context, composes them, as a host does.");
            Proposal.Model.Contexts.SelectMany(c => c.Types).Should().NotContain(t => t.FullName.StartsWith("Bakery.Web.Features.", StringComparison.Ordinal)
                || t.FullName.StartsWith("Bakery.Web.Infrastructure.", StringComparison.Ordinal), "a feature folder is a slice of the application, not a module");
        }

        [Fact]
        public void Should_give_each_modules_table_to_the_module_whose_DbContext_maps_it_as_EF_Core_maps_it()
        {
            var oracle = EfModelOracle.Read(Path.Combine(LayoutSubjects.Output(LayoutSubjects.ModulesInOneAssembly), "Bakery.Web.dll"))
                .Select(t => $"{t.DbContext} {t.Entity} {t.Schema}.{t.Name}");
            var tables = Proposal.Proposed.Value.Tables!;

            oracle.Should().HaveCount(2);
            tables.Mappings.Select(m => $"{m.DbContext.FullName} {m.Entity.FullName} {m.Table.Schema}.{m.Table.Name}").Should().BeEquivalentTo(oracle);
            tables.Tables.Select(t => $"{t.Table} {t.Owner}").Should().BeEquivalentTo("kitchen.Batches Kitchen", "orders.Orders Orders");
        }
    }

    /// <summary>
    /// A modular monolith in one assembly without a folder of modules: <c>Pantry.Api</c>, its modules top-level folders
    /// (<c>Pantry.Api.{Orders,Stock}.*</c>) told by their DbContexts, a schema each, their shared folder (<c>Common</c>),
    /// and the application's own code (<c>Program</c>, <c>Endpoints</c>, <c>Infrastructure</c> with an audit DbContext).
    /// </summary>
    public sealed class Top_level_module_folders(TopLevelModulesProposal proposal) : EveryLayout<TopLevelModulesProposal>(proposal)
    {
        private protected override IReadOnlyList<PlantedFinding> Planted { get; } =
        [
            new("FK001", "Pantry.Api.Stock.Application.Reserver", "Pantry.Api.Orders.Domain.Order"),
            new("FK004", "Pantry.Api.Stock.Application.OrderedUnits", "orders.Orders"),
        ];

        [Fact]
        public void Should_propose_a_context_per_folder_with_a_DbContext_of_its_own_by_its_namespaces()
        {
            Proposal.Model.Contexts.Select(c => c.Name).Should().Equal("Orders", "Stock");
            Proposal.Text.Should().Contain("{ \"name\": \"Orders\", \"namespaces\": [\"Pantry.Api.Orders.**\"], \"contractNamespaces\": [\"Pantry.Api.Orders.Contracts\"] }")
                .And.Contain("// Stock: Pantry.Api.Stock.* in Pantry.Api: module Stock, a folder with a DbContext of its own (Pantry.Api.Stock.Data.StockDbContext) in one assembly.");
            Proposal.Model["Stock"].Types.Select(t => t.FullName).Should().Contain("Pantry.Api.Stock.Data.StockDbContext")
                .And.OnlyContain(t => t.StartsWith("Pantry.Api.Stock.", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_leave_a_DbContext_in_a_technical_folder_and_the_rest_of_the_assembly_in_no_context()
        {
            Proposal.Text.Should().Contain("\"sharedKernel\": { \"namespaces\": [\"Pantry.Api.Common.**\"] },")
                .And.Contain("//   Pantry.Api: an application that holds the modules Orders and Stock as namespaces (Pantry.Api.<module>), each proposed as a context");
            Proposal.Model.Contexts.SelectMany(c => c.Types).Should().NotContain(t => t.FullName.StartsWith("Pantry.Api.Infrastructure.", StringComparison.Ordinal)
                || t.FullName.StartsWith("Pantry.Api.Endpoints.", StringComparison.Ordinal), "Infrastructure and its audit log are the application's own");
        }

        [Fact]
        public void Should_say_that_the_SQL_of_the_assemblys_code_of_no_context_is_judged_by_no_rule()
        {
            // Reports.DailyTotals, a report of the application's own, reads Orders' table from outside every module.
            Proposal.Proposed.Value.Tables!.Notes.Should().Contain(
                "Pantry.Api: 1 SQL statement over tables sent by its types of no context (Pantry.Api.Reports.DailyTotals), which no rule judges: add their namespaces to the context whose data they use");
            Proposal.Proposed.Value.Violations.Should().NotContain(v => v.SourceType == "Pantry.Api.Reports.DailyTotals");
        }

        [Fact]
        public void Should_give_each_modules_table_to_the_module_whose_DbContext_maps_it_as_EF_Core_maps_it()
        {
            var oracle = EfModelOracle.Read(Path.Combine(LayoutSubjects.Output(LayoutSubjects.TopLevelModules), "Pantry.Api.dll"))
                .Select(t => $"{t.DbContext} {t.Entity} {t.Schema}.{t.Name}");
            var tables = Proposal.Proposed.Value.Tables!;

            oracle.Should().HaveCount(3);
            tables.Mappings.Select(m => $"{m.DbContext.FullName} {m.Entity.FullName} {m.Table.Schema}.{m.Table.Name}").Should().BeEquivalentTo(oracle);
            tables.Tables.Select(t => $"{t.Table} {t.Owner?.ToString() ?? "none"}").Should().BeEquivalentTo("audit.Entries none", "orders.Orders Orders", "stock.Reservations Stock");
        }
    }
}
