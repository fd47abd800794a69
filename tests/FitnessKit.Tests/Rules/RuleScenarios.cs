namespace FitnessKit.Tests.Rules;

/// <summary>
/// The violations that the compiled scenarios of the FitnessKit.Subjects.Rules.* projects must yield, and the types that
/// must yield none. Each scenario is one file, Scenarios/&lt;Scenario&gt;.cs, in the namespace &lt;Assembly&gt;.&lt;Scenario&gt;
/// (SharedEntities keeps its two types in its root namespace); its compliant twin is &lt;Scenario&gt;Twin.cs, or a file whose
/// name starts with Compliant.
/// </summary>
/// <remarks>
/// The map the rows assume: context Ordering owns assemblies <c>FitnessKit.Subjects.Rules.Ordering.**</c> with contracts
/// <c>FitnessKit.Subjects.Rules.Ordering.Contracts</c>; Shipping likewise with <c>FitnessKit.Subjects.Rules.Shipping.Contracts</c>;
/// Billing likewise with <c>FitnessKit.Subjects.Rules.Billing.Contracts</c>, and <c>MayUse("Shipping")</c> only; Catalog and Sales
/// are the namespaces <c>FitnessKit.Subjects.Rules.Monolith.Catalog.**</c> and <c>FitnessKit.Subjects.Rules.Monolith.Sales.**</c>
/// with contract namespaces <c>....Catalog.Contracts.**</c> and <c>....Sales.Contracts.**</c>; <c>FitnessKit.Subjects.Rules.SharedEntities</c>
/// belongs to no context.
/// <para>
/// <see cref="Violations"/> is every violation the subjects yield under that map, for a Debug and a Release build alike,
/// so a test may compare the whole set. The twin of the assembly-level scenario is an assembly attribute as well
/// (Shipping.Wiring names Ordering's contract OrderPaymentSettled): it has no type to list in <see cref="CompliantTypes"/>,
/// and the whole-set comparison covers it.
/// </para>
/// </remarks>
public static class RuleScenarios
{
    /// <summary>One planted violation.</summary>
    /// <param name="RuleId">The rule, such as <c>FK001</c>.</param>
    /// <param name="SourceAssembly">The assembly that holds the breaking code.</param>
    /// <param name="SourceType">Full name of the breaking type (<c>+</c> for nested types), or <see langword="null"/> for an assembly-level violation.</param>
    /// <param name="SourceMember">The member that holds the dependency or exposure (<c>.ctor</c> for constructors, the property for accessors, the user method for lambdas and state machines), or <see langword="null"/>.</param>
    /// <param name="TargetAssemblyOrType">For FK001, the target type's full name, or the target assembly for an assembly-level violation; for FK003 exposures, the exposed persistence type; otherwise <see langword="null"/>.</param>
    public sealed record Planted(string RuleId, string SourceAssembly, string? SourceType, string? SourceMember, string? TargetAssemblyOrType);

    /// <summary>Every violation the subjects yield, one row each (FK001 groups all dependencies of one member on one target type).</summary>
    public static readonly IReadOnlyList<Planted> Violations =
    [
        // FK001 ContractsOnly: a context reaches past another context's contracts.
        new("FK001", "FitnessKit.Subjects.Rules.Shipping", "FitnessKit.Subjects.Rules.Shipping.DomainMethodCall.ShipmentPlanner", "Plan", "FitnessKit.Subjects.Rules.Ordering.Domain.Order"), // DomainMethodCall: parameter type and method call
        new("FK001", "FitnessKit.Subjects.Rules.Shipping", "FitnessKit.Subjects.Rules.Shipping.DomainCreatedThenCalled.ReturnLabel", "Print", "FitnessKit.Subjects.Rules.Ordering.Domain.Order"), // DomainCreatedThenCalled: made on one line, called on the next; placed at the first
        new("FK001", "FitnessKit.Subjects.Rules.Shipping", "FitnessKit.Subjects.Rules.Shipping.DomainHeldInLocal.PackingSlip", "Print", "FitnessKit.Subjects.Rules.Ordering.Domain.Order"), // DomainHeldInLocal: a local of the type; placed at the line that makes it
        new("FK001", "FitnessKit.Subjects.Rules.Shipping", "FitnessKit.Subjects.Rules.Shipping.DomainCallInAsyncLambda.DispatchGate", "CanDispatchAsync", "FitnessKit.Subjects.Rules.Ordering.Domain.OrderPayments"), // DomainCallInAsyncLambda: the call sits in the closure's async state machine
        new("FK001", "FitnessKit.Subjects.Rules.Shipping", "FitnessKit.Subjects.Rules.Shipping.DomainFieldOnly.CourierBriefing", "_instructions", "FitnessKit.Subjects.Rules.Ordering.Domain.DeliveryInstructions"), // DomainFieldOnly: a field type, nothing else
        new("FK001", "FitnessKit.Subjects.Rules.Shipping", "FitnessKit.Subjects.Rules.Shipping.FileLocalDomainUse.LabelWriter@FileLocalDomainUse", "Write", "FitnessKit.Subjects.Rules.Ordering.Domain.Order"), // FileLocalDomainUse: a file-local class, named as written and by its file
        new("FK001", "FitnessKit.Subjects.Rules.Billing", "FitnessKit.Subjects.Rules.Billing.InvoicesFromOrderingEvent.InvoiceIssuer", "Issue", "FitnessKit.Subjects.Rules.Ordering.Contracts.OrderPlaced"), // InvoicesFromOrderingEvent: a contract, but Billing may use only Shipping
        new("FK001", "FitnessKit.Subjects.Rules.Shipping.Wiring", null, null, "FitnessKit.Subjects.Rules.Ordering"), // AssemblyAttributeReference: [assembly: Consumes(typeof(OrderPaid))] is the only use
        new("FK001", "FitnessKit.Subjects.Rules.Monolith", "FitnessKit.Subjects.Rules.Monolith.Sales.QuotesFromCatalogInternals.QuoteBuilder", "Quote", "FitnessKit.Subjects.Rules.Monolith.Catalog.Pricing.PriceList"), // QuotesFromCatalogInternals: contexts by namespace

        // FK002 NoSharedEntityPackages: an entity in a package no context owns, which Ordering and Shipping both reference and map.
        new("FK002", "FitnessKit.Subjects.Rules.SharedEntities", "FitnessKit.Subjects.Rules.SharedEntities.SharedCustomer", null, null), // SharedEntityMappedByTwoContexts

        // FK003 PersistenceInternal: public persistence types.
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicDbContext.OrderingDbContext", null, null), // PublicDbContext
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicEntityConfiguration.ReturnRequestConfiguration", null, null), // PublicEntityConfiguration: explicit implementation, its entity stays internal
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicConfiguredEntity.ReturnReason", null, null), // PublicConfiguredEntity: mapped through an internal IEntityTypeConfiguration<ReturnReason>
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicTableEntity.OrderNote", null, null), // PublicTableEntity: [Table]
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicLinq2DbRow.OrderStamp", null, null), // PublicLinq2DbRow: linq2db's [Table]
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfiguration.TimestampedConfiguration`1", null, null), // PublicInheritedConfiguration: the generic base configuration
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfiguration.RefundConfiguration", null, null), // PublicInheritedConfiguration: a configuration only through its base class
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfiguration.Refund", null, null), // PublicInheritedConfiguration: the entity it configures
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicConfigurationThroughInterface.VoucherConfiguration", null, null), // PublicConfigurationThroughInterface: a configuration only through an interface that extends IEntityTypeConfiguration<T>
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicMigration.AddOrderNoteColumn", null, null), // PublicMigration
        new("FK003", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Ordering.PublicRepository.OrderRepository", null, null), // PublicRepository: named like one and touches a DbContext
        new("FK003", "FitnessKit.Subjects.Rules.Ordering.Contracts", "FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntity.OrderRecord", null, null), // ContractExposesEntity: a public entity in the contract assembly, mapped by DbSet<OrderRecord> in Ordering

        // FK003 PersistenceInternal: a contract that exposes a persistence type.
        new("FK003", "FitnessKit.Subjects.Rules.Ordering.Contracts", "FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntity.OrderDetails", "Record", "FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntity.OrderRecord"), // ContractExposesEntity: property type
    ];

    /// <summary>Types that must appear in no violation as source: the compliant twins, then the clean supporting types of planted scenarios.</summary>
    public static readonly IReadOnlyList<string> CompliantTypes =
    [
        // Twins of FK001 scenarios.
        "FitnessKit.Subjects.Rules.Shipping.DomainMethodCallTwin.ShipmentPlanner",
        "FitnessKit.Subjects.Rules.Shipping.DomainCreatedThenCalledTwin.ReturnLabel",
        "FitnessKit.Subjects.Rules.Shipping.DomainHeldInLocalTwin.PackingSlip",
        "FitnessKit.Subjects.Rules.Shipping.DomainCallInAsyncLambdaTwin.DispatchGate",
        "FitnessKit.Subjects.Rules.Shipping.DomainCallInAsyncLambdaTwin.PaidOrders",
        "FitnessKit.Subjects.Rules.Shipping.DomainFieldOnlyTwin.CourierBriefing",
        "FitnessKit.Subjects.Rules.Shipping.FileLocalDomainUseTwin.LabelWriter@FileLocalDomainUseTwin",
        "FitnessKit.Subjects.Rules.Shipping.FileLocalDomainUseTwin.ParcelLabels",
        "FitnessKit.Subjects.Rules.Billing.InvoicesFromOrderingEventTwin.InvoiceIssuer",
        "FitnessKit.Subjects.Rules.Monolith.Sales.QuotesFromCatalogInternalsTwin.QuoteBuilder",

        // Twins of the FK002 scenario: a shared value, and each context mapping its own model.
        "FitnessKit.Subjects.Rules.SharedEntities.SharedMoney",
        "FitnessKit.Subjects.Rules.Ordering.SharedCustomerMappingTwin.CustomerDbContext",
        "FitnessKit.Subjects.Rules.Ordering.SharedCustomerMappingTwin.Buyer",
        "FitnessKit.Subjects.Rules.Shipping.SharedCustomerMappingTwin.ShippingDbContext",
        "FitnessKit.Subjects.Rules.Shipping.SharedCustomerMappingTwin.Recipient",

        // Twins of FK003 scenarios.
        "FitnessKit.Subjects.Rules.Ordering.PublicDbContextTwin.OrderingDbContext",
        "FitnessKit.Subjects.Rules.Ordering.PublicDbContextTwin.DraftOrder",
        "FitnessKit.Subjects.Rules.Ordering.PublicEntityConfigurationTwin.ReturnRequestConfiguration",
        "FitnessKit.Subjects.Rules.Ordering.PublicEntityConfigurationTwin.ReturnRequest",
        "FitnessKit.Subjects.Rules.Ordering.PublicConfiguredEntityTwin.ReturnReasonConfiguration",
        "FitnessKit.Subjects.Rules.Ordering.PublicConfiguredEntityTwin.ReturnReason",
        "FitnessKit.Subjects.Rules.Ordering.PublicTableEntityTwin.OrderNote",
        "FitnessKit.Subjects.Rules.Ordering.PublicLinq2DbRowTwin.OrderStamp",
        "FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfigurationTwin.TimestampedConfiguration`1",
        "FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfigurationTwin.RefundConfiguration",
        "FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfigurationTwin.Refund",
        "FitnessKit.Subjects.Rules.Ordering.PublicConfigurationThroughInterfaceTwin.VoucherConfiguration",
        "FitnessKit.Subjects.Rules.Ordering.PublicConfigurationThroughInterfaceTwin.Voucher",
        "FitnessKit.Subjects.Rules.Ordering.PublicMigrationTwin.AddOrderNoteColumn",
        "FitnessKit.Subjects.Rules.Ordering.PublicRepositoryTwin.OrderRepository",
        "FitnessKit.Subjects.Rules.Ordering.InMemoryRepository.InMemoryOrderRepository", // named like a repository, touches no persistence
        "FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntityTwin.OrderDetails",
        "FitnessKit.Subjects.Rules.Billing.CompliantPersistence.BillingDbContext",
        "FitnessKit.Subjects.Rules.Billing.CompliantPersistence.Invoice",
        "FitnessKit.Subjects.Rules.Billing.CompliantPersistence.InvoiceConfiguration",
        "FitnessKit.Subjects.Rules.Billing.CompliantPersistence.InvoiceRepository",

        // Supporting types of planted scenarios, clean themselves: internal persistence beside a public one, and the two
        // internal DbContexts that map SharedCustomer (FK002 reports the entity, not its mappers).
        "FitnessKit.Subjects.Rules.Shipping.FileLocalDomainUse.ParcelLabels", // calls the file-local helper with strings only
        "FitnessKit.Subjects.Rules.Ordering.PublicDbContext.DraftOrder",
        "FitnessKit.Subjects.Rules.Ordering.PublicEntityConfiguration.ReturnRequest",
        "FitnessKit.Subjects.Rules.Ordering.PublicConfiguredEntity.ReturnReasonConfiguration",
        "FitnessKit.Subjects.Rules.Ordering.PublicConfigurationThroughInterface.Voucher",
        "FitnessKit.Subjects.Rules.Ordering.ContractExposesEntity.OrderRecordDbContext",
        "FitnessKit.Subjects.Rules.Ordering.SharedCustomerMapping.CustomerDbContext",
        "FitnessKit.Subjects.Rules.Shipping.SharedCustomerMapping.ShippingDbContext",
    ];
}
