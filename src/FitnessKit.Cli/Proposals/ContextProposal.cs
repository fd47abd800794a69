using FitnessKit.Model;

namespace FitnessKit.Cli.Proposals;

/// <summary>
/// Proposes a context map from what the first-party assemblies are: their names, whether they have an entry point,
/// which of them reference which, and the namespaces of their public types. It recognises a modular monolith
/// (<c>Acme.Shop.Modules.Orders.Domain</c> beside <c>Acme.Shop.BuildingBlocks.*</c> and an API host), one service per
/// deployable (<c>Ordering.API</c>, <c>Ordering.Domain</c>, events in <c>Ordering.API.IntegrationEvents.Events</c>,
/// shared <c>EventBus*</c> and <c>*.ServiceDefaults</c>) and <c>Shop.Orders.*</c> beside <c>Shop.Common.*</c> and a host.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Test and benchmark assemblies (named <c>*.Tests</c>, or referencing a test framework) belong to no context.</item>
/// <item>Shared libraries by name (<c>BuildingBlocks</c>, <c>Common</c>, <c>SharedKernel</c>, <c>EventBus*</c>, <c>*.ServiceDefaults</c>) are the shared kernel.</item>
/// <item>The others are grouped by module or service name; a group of several assemblies, or of a module, is a context.</item>
/// <item>An assembly alone in its group is a host when it has an entry point and references several contexts; shared
/// kernel when several contexts reference it and it references none of them; otherwise a context of its own.</item>
/// </list>
/// </remarks>
internal sealed class ContextProposal
{
    private ContextProposal(string prefix, IReadOnlyList<ProposedContext> contexts, IReadOnlyList<Placement> kernel, IReadOnlyList<Placement> unowned, IReadOnlyList<string> assemblies)
    {
        Prefix = prefix;
        Contexts = contexts;
        SharedKernel = kernel;
        Unowned = unowned;
        Assemblies = assemblies;
    }

    /// <summary>Gets the product prefix all first-party assembly names share, such as <c>Acme.Shop</c>; empty when they share none.</summary>
    public string Prefix { get; }

    public IReadOnlyList<ProposedContext> Contexts { get; }

    public IReadOnlyList<Placement> SharedKernel { get; }

    /// <summary>Gets the hosts, composition roots and tests: in no context.</summary>
    public IReadOnlyList<Placement> Unowned { get; }

    /// <summary>Gets the names of the first-party assemblies the proposal placed.</summary>
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>Proposes contexts for the first-party assemblies among <paramref name="firstParty"/> (third-party names are left out).</summary>
    public static ContextProposal From(IEnumerable<InspectedAssembly> firstParty)
    {
        var assemblies = ProposedAssembly.From(firstParty);
        var nonTests = assemblies.Where(a => !a.IsTest).ToList();
        var names = ProductNames.Of(nonTests);
        var kernel = new List<Placement>();
        var unowned = new List<Placement>();
        var grouped = new List<(ProposedAssembly Assembly, NamePlacement Place)>();
        foreach (var assembly in assemblies)
        {
            if (assembly.IsTest)
            {
                unowned.Add(new(assembly.Name, assembly.TestWord is { } word ? $"a test or benchmark assembly: named {word}" : $"a test or benchmark assembly: it references {assembly.TestFramework}"));
            }
            else if (names.KernelReason(assembly) is { } reason)
            {
                kernel.Add(new(assembly.Name, reason));
            }
            else
            {
                grouped.Add((assembly, names.Place(assembly)));
            }
        }

        var groups = grouped.GroupBy(g => g.Place.Stem, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ModuleGroup(g.First().Place, [.. g.Select(m => m.Assembly)]))
            .ToList();
        var contexts = groups.Where(g => g.IsContextByName).ToList();
        var contextOf = new Dictionary<ProposedAssembly, ModuleGroup>();
        foreach (var context in contexts)
        {
            foreach (var member in context.Members)
            {
                contextOf[member] = context;
            }
        }

        var hosts = new List<(ProposedAssembly Assembly, string? Word)>();
        foreach (var single in groups.Where(g => !g.IsContextByName))
        {
            var assembly = single.Members[0];
            var uses = Keys(assembly.References.Select(contextOf.GetValueOrDefault));
            var users = Keys(assembly.ReferencedBy.Select(contextOf.GetValueOrDefault));
            if (assembly.HasEntryPoint && uses.Count >= 2)
            {
                hosts.Add((assembly, null));
            }
            else if (names.HostWord(assembly) is { } word && (assembly.HasEntryPoint || uses.Count >= 2))
            {
                hosts.Add((assembly, word));
            }
            else if (!assembly.HasEntryPoint && users.Count >= 2 && uses.Count == 0)
            {
                kernel.Add(new(assembly.Name, $"referenced by {Phrases.And(users)}, and it references none of them"));
            }
            else
            {
                contexts.Add(single with { OwnReason = OwnReason(assembly, uses, users) });
            }
        }

        // Said once every context is known: a host wires the contexts of their own too (a worker, reporting).
        foreach (var context in contexts)
        {
            foreach (var member in context.Members)
            {
                contextOf[member] = context;
            }
        }

        foreach (var (host, word) in hosts)
        {
            var wires = Keys(host.References.Select(contextOf.GetValueOrDefault));
            var references = wires.Count == 0 ? "references no context" : $"references {Phrases.And(wires)}";
            unowned.Add(new(host.Name, (host.HasEntryPoint, word) switch
            {
                (true, null) => $"a host: it has an entry point and {references}",
                (true, _) => $"a host: it has an entry point, is named {word} and {references}",
                _ => $"a composition root: it is named {word} and {references}",
            }));
        }

        var all = assemblies.Select(a => a.Name).ToList();
        var proposed = contexts
            .Select(c => c.Propose(all))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new ContextProposal(names.Prefix, proposed, [.. kernel.OrderBy(p => p.Assembly, StringComparer.Ordinal)], [.. unowned.OrderBy(p => p.Assembly, StringComparer.Ordinal)], all);
    }

    private static string OwnReason(ProposedAssembly assembly, List<string> uses, List<string> users)
    {
        var what = assembly.HasEntryPoint ? "an application (it has an entry point) that wires no other context" : "a library";
        var usedBy = users.Count == 0 ? "no context references it" : $"only {Phrases.And(users)} references it";
        var using_ = uses.Count == 0 ? string.Empty : $", and it uses {Phrases.And(uses)}";
        return $"{assembly.Name}: {what} that fits no other context ({usedBy}{using_}), so a context of its own";
    }

    private static List<string> Keys(IEnumerable<ModuleGroup?> groups) =>
        [.. groups.OfType<ModuleGroup>().Select(g => g.Place.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
