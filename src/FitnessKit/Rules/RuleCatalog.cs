using FitnessKit.Rules.ContextCycles;
using FitnessKit.Rules.ContractCompatibility;
using FitnessKit.Rules.ContractLeak;
using FitnessKit.Rules.ContractPurity;
using FitnessKit.Rules.ContractsOnly;
using FitnessKit.Rules.CrossContextJoin;
using FitnessKit.Rules.ForeignDbContext;
using FitnessKit.Rules.ForeignTableAccess;
using FitnessKit.Rules.NoSharedEntityPackages;
using FitnessKit.Rules.PersistenceInternal;
using FitnessKit.Rules.SharedTable;
using FitnessKit.Rules.SynchronousDataCoupling;
using FitnessKit.Rules.UnownedTable;

namespace FitnessKit.Rules;

/// <summary>Every rule FitnessKit ships, with its stable id, default severity, rationale and fix.</summary>
public static class RuleCatalog
{
    /// <summary>Gets FK001: contexts reference each other only through contracts.</summary>
    public static RuleDescriptor ContractsOnly { get; } = new(
        "FK001",
        "ContractsOnly",
        "A context uses another context only through that context's contracts.",
        Severity.Error,
        "A context that reaches into another context's domain or infrastructure couples itself to that context's internal model and storage: every refactoring or schema change over there can break it, and the two can no longer be deployed, scaled or owned apart. Contracts (integration events, DTOs, API interfaces) are the part a context promises to keep stable.",
        "Depend on the other context's contract assemblies: consume its integration events or call its published API, and keep a local projection of the data you need.");

    /// <summary>Gets FK002: no entity or persistence package is shared between contexts.</summary>
    public static RuleDescriptor NoSharedEntityPackages { get; } = new(
        "FK002",
        "NoSharedEntityPackages",
        "No assembly shared by two or more contexts carries persistence types.",
        Severity.Error,
        "A shared \"entities\" package makes several contexts map the same classes, usually to the same tables: the data then has no single owner, and a change for one context silently changes the storage of the others. This is the distributed monolith: separate deployables that still share one schema.",
        "Let one context own each entity; give the others their own model of the data they need, fed by the owner's integration events. Share only contracts.");

    /// <summary>Gets FK003: persistence types stay internal to their context.</summary>
    public static RuleDescriptor PersistenceInternal { get; } = new(
        "FK003",
        "PersistenceInternal",
        "Persistence types (DbContexts, entity configurations, migrations, mapped entities, repository implementations) are used only by their own context and never appear in its contracts.",
        Severity.Error,
        "A public DbContext or entity is an open door into a context's tables: other code can query and write its data directly, bypassing its invariants, and its storage model becomes a contract by accident. Keeping persistence internal is what lets a context change its schema alone.",
        "Make a persistence type that nothing outside its assembly uses internal; give other contexts contract types instead of the ones they use; keep entities and DbContexts out of contracts.");

    /// <summary>Gets FK004: a context's SQL touches only its own tables.</summary>
    public static RuleDescriptor ForeignTableAccess { get; } = new(
        "FK004",
        "ForeignTableAccess",
        "A context's SQL reads and writes only tables that the context owns.",
        Severity.Error,
        "SQL that reads another context's table couples the reader to the owner's storage with no contract in between and no assembly reference to show it: the owner renames a column and a dashboard, report or worker elsewhere breaks at run time. It is the most common breach of data ownership and the hardest to see.",
        "Read the other context's data through its contracts: consume its integration events into a table of your own, or call its published API.");

    /// <summary>Gets FK005: no SQL statement joins tables of two contexts.</summary>
    public static RuleDescriptor CrossContextJoin { get; } = new(
        "FK005",
        "CrossContextJoin",
        "No SQL statement touches tables of two or more contexts.",
        Severity.Error,
        "A join across contexts' tables welds their schemas together: neither owner can change, move or split its storage without breaking the query, and the contexts can never live in separate databases.",
        "Keep a local projection of the other context's data, fed by its integration events, and join against that; or compose the result in code from each owner's API.");

    /// <summary>Gets FK006: no table is mapped by two contexts, and no context maps another's entity.</summary>
    public static RuleDescriptor SharedTable { get; } = new(
        "FK006",
        "SharedTable",
        "Each table is mapped by one context only, and no context maps another context's entity types.",
        Severity.Error,
        "A table mapped by two contexts has two owners, which means none: each migrates it for its own needs and silently changes the data the other relies on.",
        "Let one context own the table; give the others a table of their own in their own schema, fed by the owner's integration events.");

    /// <summary>Gets FK007: every table that SQL touches has an owner.</summary>
    public static RuleDescriptor UnownedTable { get; } = new(
        "FK007",
        "UnownedTable",
        "Every table that SQL reads or writes is owned by a context: mapped by its database context, in a schema it owns, or claimed in the context map.",
        Severity.Warning,
        "A table nobody owns is shared by default: whoever changes it first breaks the others, and no one is accountable for its shape. Auditing shared tables starts with naming an owner for each.",
        "Name the owner: map the table in the owning context's database context, move it into that context's schema, or claim it in the context map (\"tables\" of the context).");

    /// <summary>Gets FK008: no context uses another context's DbContext.</summary>
    public static RuleDescriptor ForeignDbContext { get; } = new(
        "FK008",
        "ForeignDbContext",
        "No context uses another context's DbContext.",
        Severity.Error,
        "A DbContext is a context's whole storage in one object: code elsewhere that creates or receives it reads and writes every table of its owner, bypasses its invariants, and breaks with each of its migrations. It is the typed form of reading another context's tables.",
        "Ask the owning context through its contracts (integration events, its published API) and keep a projection of the data you need in tables of your own.");

    /// <summary>Gets FK009: the contexts do not depend on each other in a cycle.</summary>
    public static RuleDescriptor ContextCycles { get; } = new(
        "FK009",
        "ContextCycles",
        "No contexts depend on each other in a cycle, through code or data.",
        Severity.Error,
        "Contexts in a cycle are one system in several pieces: none of them can change its contracts, its tables or its release date without the others, a change ripples round the cycle back to where it started, and no team can own its context alone. A dependency that the context map allows is still a dependency: two contexts that may use each other are still tied together.",
        "Turn one dependency of the cycle around, so that all of them point one way: where a context tells another something, let it publish an integration event that the other consumes; where it asks another for data, let it keep a projection fed by the other's messages.");

    /// <summary>Gets FK010: a contract's public surface exposes no internal type.</summary>
    public static RuleDescriptor ContractLeak { get; } = new(
        "FK010",
        "ContractLeak",
        "A contract's public surface exposes only contract types, shared-kernel types and framework types.",
        Severity.Error,
        "A contract that exposes a type its context keeps to itself (or another context's) makes that type part of the promise: every consumer compiles against it, and the owner can no longer change its internal model alone. The leak is invisible at the consumer, who only ever references the contract.",
        "Expose a contract type instead: a DTO or event in the context's contracts with only the data consumers need, mapped inside the context.");

    /// <summary>Gets FK011: contracts carry no framework, persistence type or mutable event.</summary>
    public static RuleDescriptor ContractPurity { get; } = new(
        "FK011",
        "ContractPurity",
        "A contract references no persistence, hosting or messaging framework, carries no persistence type, and its integration events cannot be changed once made.",
        Severity.Error,
        "Consumers compile against a context's contracts: a contract that pulls in EF Core, ASP.NET Core or a broker client ties every consumer to how the owner stores, hosts and sends its data, and a mutable event lets one subscriber change what the others receive.",
        "Keep contracts to plain types: move framework code and persistence types into the context's own assemblies, and make events immutable (init-only properties, read-only collections).");

    /// <summary>Gets FK012: a context keeps a projection of another's data instead of asking for it synchronously.</summary>
    public static RuleDescriptor SynchronousDataCoupling { get; } = new(
        "FK012",
        "SynchronousDataCoupling",
        "A context does not ask another context for data synchronously (a query method, a query message, an HTTP client) where it could keep a projection fed by the other's events.",
        Severity.Warning,
        "A context that calls another for data each time it needs it can only work while the other is up, fast and answering: the two fail, slow down and scale together, and every change to the query ripples to its callers. Events that carry the changes let the asking context keep the data it needs, in the shape it needs, and answer on its own.",
        "Stop making synchronous calls for data synchronization: consume the owner's integration events into a local projection and read that; where the owner publishes no such events, have it publish them first.");

    /// <summary>Gets FK013: the contracts stay compatible with what their consumers were approved against.</summary>
    public static RuleDescriptor ContractCompatibility { get; } = new(
        "FK013",
        "ContractCompatibility",
        "A context changes its contracts only in ways that do not break their consumers, compared with the approved snapshots.",
        Severity.Error,
        "Contracts are the one part of a context that others may depend on, so they are a promise: a removed member, a changed type, a new required field or a property that may suddenly be null breaks the consumers, at compile time if they are rebuilt and at run time if they are not (a message from the old version no longer deserializes). Comparing each contract with the version its consumers were approved against catches that before it ships.",
        "Keep the contract compatible: add instead of change, make new members optional, publish a new version of a type beside the old one. When every consumer moves with the change, approve the new contract with `fitnesskit contracts approve`.");

    /// <summary>Gets the descriptors of every rule, by id.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [ContractsOnly, NoSharedEntityPackages, PersistenceInternal, ForeignTableAccess, CrossContextJoin, SharedTable, UnownedTable, ForeignDbContext, ContextCycles, ContractLeak, ContractPurity, SynchronousDataCoupling, ContractCompatibility];

    /// <summary>Gets every rule, in id order.</summary>
    public static IReadOnlyList<IFitnessRule> All { get; } =
        [new ContractsOnlyRule(), new NoSharedEntityPackagesRule(), new PersistenceInternalRule(), new ForeignTableAccessRule(), new CrossContextJoinRule(), new SharedTableRule(), new UnownedTableRule(), new ForeignDbContextRule(), new ContextCyclesRule(), new ContractLeakRule(), new ContractPurityRule(), new SynchronousDataCouplingRule(), new ContractCompatibilityRule()];

    /// <summary>Finds a rule by id (<c>FK001</c>) or name (<c>ContractsOnly</c>).</summary>
    /// <param name="idOrName">The id or name, in any case.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="FitnessKitException">No rule has that id or name.</exception>
    public static IFitnessRule Get(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, idOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Descriptor.Name, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? throw new FitnessKitException($"There is no rule '{idOrName}'{Suggestions.DidYouMean(idOrName, Descriptors.SelectMany(d => new[] { d.Id, d.Name }))}. Rules: {string.Join(", ", Descriptors.Select(d => $"{d.Id} ({d.Name})"))}.");
}
