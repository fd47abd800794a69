using FitnessKit.Rules;

namespace FitnessKit;

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
        "Persistence types (DbContexts, entity configurations, migrations, mapped entities, repository implementations) are internal to their context and absent from its contracts.",
        Severity.Error,
        "A public DbContext or entity is an open door into a context's tables: other code can query and write its data directly, bypassing its invariants, and its storage model becomes a contract by accident. Keeping persistence internal is what lets a context change its schema alone.",
        "Make persistence types internal (use InternalsVisibleTo for the context's own infrastructure and tests) and expose contract types instead.");

    /// <summary>Gets the descriptors of every rule, by id.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [ContractsOnly, NoSharedEntityPackages, PersistenceInternal];

    /// <summary>Gets every rule, in id order.</summary>
    public static IReadOnlyList<IFitnessRule> All { get; } = [new ContractsOnlyRule(), new NoSharedEntityPackagesRule(), new PersistenceInternalRule()];

    /// <summary>Finds a rule by id (<c>FK001</c>) or name (<c>ContractsOnly</c>).</summary>
    /// <param name="idOrName">The id or name, in any case.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="FitnessKitException">No rule has that id or name.</exception>
    public static IFitnessRule Get(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, idOrName, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Descriptor.Name, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? throw new FitnessKitException($"There is no rule '{idOrName}'. Rules: {string.Join(", ", Descriptors.Select(d => $"{d.Id} ({d.Name})"))}.");
}
