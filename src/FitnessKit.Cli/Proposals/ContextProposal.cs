using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Cli.Proposals;

/// <summary>
/// Proposes a context map from what the first-party assemblies are: their names, whether they have an entry point,
/// which of them reference which, and the namespaces of their public types. It recognises a modular monolith
/// (<c>Acme.Shop.Modules.Orders.Domain</c> beside <c>Acme.Shop.BuildingBlocks.*</c> and an API host), one service per
/// deployable (<c>Ordering.API</c>, <c>Ordering.Domain</c>, events in <c>Ordering.API.IntegrationEvents.Events</c>,
/// shared <c>EventBus*</c> and <c>*.ServiceDefaults</c>), <c>Shop.Orders.*</c> beside <c>Shop.Common.*</c> and a host,
/// and modules in layers beside the application's own (<c>Acme.BookStore.Ordering.Domain.Shared</c>,
/// <c>Acme.BookStore.EntityFrameworkCore</c>), as ABP's templates make them, and modules one assembly holds as folders
/// (<c>Bakery.Web.Modules.Orders.*</c>, <c>Pantry.Api.Orders.*</c> with a DbContext of its own).
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>Test and benchmark assemblies (named <c>*.Tests</c>, or referencing a test framework) belong to no context.</item>
/// <item>Shared libraries by name (<c>BuildingBlocks</c>, <c>Common</c>, <c>SharedKernel</c>, <c>EventBus*</c>, <c>*.ServiceDefaults</c>) are the shared kernel.</item>
/// <item>The others are grouped by module or service name; a group of several assemblies, or of a module, is a context.</item>
/// <item>An assembly that holds two or more modules as namespaces (after <c>Modules</c>, or folders with a DbContext each) is split into them, by namespace (<see cref="NamespaceModules"/>).</item>
/// <item>Assemblies named as a layer right after the prefix (<c>Acme.BookStore.Domain</c>) are the application's own
/// layers: in no context when they reference several modules, otherwise the application's context.</item>
/// <item>An assembly alone in its group is a host when it has an entry point and references several contexts; shared
/// kernel when several contexts reference it and it references none of them; otherwise a context of its own.</item>
/// </list>
/// </remarks>
internal sealed class ContextProposal
{
    private ContextProposal(string prefix, IReadOnlyList<ProposedContext> contexts, IReadOnlyList<Placement> kernel, IReadOnlyList<KernelNamespace> kernelNamespaces, IReadOnlyList<Placement> unowned, IReadOnlyList<string> assemblies)
    {
        Prefix = prefix;
        Contexts = contexts;
        SharedKernel = kernel;
        SharedKernelNamespaces = kernelNamespaces;
        Unowned = unowned;
        Assemblies = assemblies;
    }

    /// <summary>Gets the product prefix all first-party assembly names share, such as <c>Acme.Shop</c>; empty when they share none.</summary>
    public string Prefix { get; }

    public IReadOnlyList<ProposedContext> Contexts { get; }

    public IReadOnlyList<Placement> SharedKernel { get; }

    /// <summary>Gets the namespaces of the shared kernel: the folder of shared code beside modules that one assembly holds as namespaces.</summary>
    public IReadOnlyList<KernelNamespace> SharedKernelNamespaces { get; }

    /// <summary>Gets the hosts, composition roots and tests: in no context.</summary>
    public IReadOnlyList<Placement> Unowned { get; }

    /// <summary>Gets the names of the first-party assemblies the proposal placed.</summary>
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>The same proposal with these contexts, in their place.</summary>
    public ContextProposal With(IReadOnlyList<ProposedContext> contexts) => new(Prefix, contexts, SharedKernel, SharedKernelNamespaces, Unowned, Assemblies);

    /// <summary>Proposes contexts for the first-party assemblies among <paramref name="firstParty"/> (third-party names are left out).</summary>
    /// <param name="firstParty">The system's own assemblies.</param>
    /// <param name="dbContexts">The concrete DbContexts of the code base, which tell the modules of an assembly that names none.</param>
    public static ContextProposal From(IEnumerable<InspectedAssembly> firstParty, IReadOnlySet<TypeName> dbContexts)
    {
        var assemblies = ProposedAssembly.From(firstParty, dbContexts);
        var names = ProductNames.Of([.. assemblies.Where(a => !a.IsTest)]);
        var kernel = new List<Placement>();
        var unowned = new List<Placement>();

        // An assembly whose name places it in no module, but which holds two or more modules as namespaces, is split into
        // them; unless other assemblies are named for those modules: its folders then hold a host's code for each module
        // (Acme.Shop.API.Modules.Orders beside Acme.Shop.Modules.Orders.*), and it is placed as before.
        var named = assemblies.Where(a => !a.IsTest).Select(a => names.Place(a).Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var split = assemblies.Where(a => !a.IsTest && names.KernelReason(a) is null && names.Place(a).ModuleMarker is null)
            .Select(NamespaceModules.Of).OfType<NamespaceModules>()
            .Where(s => !s.Modules.Any(m => named.Contains(m.Name))).ToList();
        var groups = GroupByName([.. assemblies.Except(split.Select(s => s.Assembly))], names, kernel, unowned);
        var layers = groups.FirstOrDefault(g => g.Place.IsApplicationLayer);
        var contexts = groups.Where(g => g != layers && g.IsContextByName).ToList();
        if (layers is not null)
        {
            PlaceLayers(layers, names, contexts, unowned);
        }

        var hosts = PlaceSingles(groups.Where(g => g != layers && !g.IsContextByName), names, contexts, kernel);

        // Two groups with one module name (Shop.Orders and Shop.Modules.Orders) are named by their stems instead.
        var clashing = contexts.GroupBy(c => c.Place.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var contextNames = contexts.ToDictionary(c => c, c => clashing.Contains(c) ? c.Place.Stem : c.Place.Key);
        unowned.AddRange(hosts.Select(host => DescribeHost(host.Assembly, host.Word, ContextsOf(host.Assembly.References, contexts, contextNames))));

        var all = assemblies.Select(a => a.Name).ToList();
        var proposed = contexts.Select(c => c.Propose(contextNames[c], all)).ToList();
        var kernelNamespaces = new List<KernelNamespace>();
        proposed.AddRange(SplitIntoModules(split, [.. proposed.Select(c => c.Name)], kernelNamespaces, unowned));
        return new ContextProposal(
            names.Prefix,
            [.. proposed.OrderBy(c => c.Name, StringComparer.Ordinal)],
            [.. kernel.OrderBy(p => p.Assembly, StringComparer.Ordinal)],
            kernelNamespaces,
            [.. unowned.OrderBy(p => p.Assembly, StringComparer.Ordinal)],
            all);
    }

    /// <summary>
    /// The modules that assemblies hold as namespaces (<c>Bakery.Web.Modules.Orders.*</c>), a context each, by the
    /// namespaces of its folder; their shared folder (<c>Bakery.Web.Modules.Shared.*</c>) the shared kernel; the rest of
    /// such an assembly (its <c>Program</c>, its infrastructure) in no context, as it composes the modules as a host does.
    /// </summary>
    private static List<ProposedContext> SplitIntoModules(List<NamespaceModules> split, HashSet<string> taken, List<KernelNamespace> kernel, List<Placement> unowned)
    {
        var contexts = new List<ProposedContext>();
        foreach (var holder in split)
        {
            var assembly = holder.Assembly;
            var modules = holder.Modules.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var folder = holder.Modules[0].Root[..holder.Modules[0].Root.LastIndexOf('.')];
            unowned.Add(new(assembly.Name, $"{(assembly.HasEntryPoint ? "an application" : "a library")} that holds the modules {Phrases.And(modules)} as namespaces ({folder}.<module>), each proposed as a context: the rest of its code, in no context, composes them, as a host does"));
            kernel.AddRange(holder.Kernel.Select(root => new KernelNamespace(root + ".**", $"the folder of {root[..root.LastIndexOf('.')]} named {root.Split('.')[^1]}: code the modules share")));
            foreach (var module in holder.Modules.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase))
            {
                var roots = module.Select(m => m.Root).ToList();
                var name = taken.Add(module.Key) ? module.Key : roots[0];
                contexts.Add(new ProposedContext
                {
                    Name = name,
                    Assemblies = [assembly.Name],
                    AssemblyPatterns = [],
                    Namespaces = [.. roots.Select(r => r + ".**")],
                    Reason = $"{string.Join(", ", roots.Select(r => r + ".*"))} in {assembly.Name}: module {module.Key}, {module.First().Evidence} in one assembly",
                    Contracts = ContractFinder.InNamespaces(module.Key, assembly.Namespaces.Where(ns => roots.Any(r => ns.StartsWith(r + ".", StringComparison.Ordinal)))),
                });
            }
        }

        return contexts;
    }

    /// <summary>Tests and benchmarks go to no context, shared libraries by name to the kernel, and the rest into groups by module or service name.</summary>
    private static List<ModuleGroup> GroupByName(IReadOnlyList<ProposedAssembly> assemblies, ProductNames names, List<Placement> kernel, List<Placement> unowned)
    {
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

        // One assembly named as a layer (Acme.Shop.API beside modules) is placed as any single is, by its own name.
        if (grouped.Count(g => g.Place.IsApplicationLayer) == 1)
        {
            var single = grouped.FindIndex(g => g.Place.IsApplicationLayer);
            grouped[single] = (grouped[single].Assembly, names.Place(grouped[single].Assembly, layers: false));
        }

        return [.. grouped.GroupBy(g => g.Place.Stem, StringComparer.OrdinalIgnoreCase).Select(g => new ModuleGroup(g.First().Place, [.. g.Select(m => m.Assembly)]))];
    }

    /// <summary>
    /// The application's own layers (<c>Acme.BookStore.Domain</c>, <c>.EntityFrameworkCore</c>, <c>.HttpApi.Host</c>):
    /// when they reference two or more modules, they compose them, as a host does (ABP's application DbContext maps
    /// every module's tables for one migration history), and go in no context; otherwise they are the application's
    /// context, named after the product.
    /// </summary>
    private static void PlaceLayers(ModuleGroup layers, ProductNames names, List<ModuleGroup> contexts, List<Placement> unowned)
    {
        var byName = contexts.ToDictionary(c => c, c => c.Place.Key);
        var composed = ContextsOf(layers.Members.SelectMany(m => m.References), contexts, byName);
        if (composed.Count < 2)
        {
            contexts.Add(layers);
            return;
        }

        var composes = $"the application's own layers ({names.Prefix}.<layer>) reference {Phrases.And(composed)}, so they compose the modules";
        foreach (var member in layers.Members)
        {
            unowned.Add(new(member.Name, member.HasEntryPoint
                ? $"a host: it has an entry point, and {composes}"
                : $"the application's {names.LayerOf(member)} layer, not a module's: {composes}, as a host does"));
        }
    }

    /// <summary>
    /// Places each assembly that is alone in its name by what it references and what references it: a host when it
    /// has an entry point and references several contexts (or a host's name), shared kernel when several contexts
    /// reference it and it references none of them, otherwise a context of its own (added to <paramref name="contexts"/>).
    /// </summary>
    /// <returns>The hosts and composition roots, described once every context is known.</returns>
    private static List<(ProposedAssembly Assembly, string? Word)> PlaceSingles(IEnumerable<ModuleGroup> singles, ProductNames names, List<ModuleGroup> contexts, List<Placement> kernel)
    {
        var byName = contexts.ToDictionary(c => c, c => c.Place.Key);
        var hosts = new List<(ProposedAssembly Assembly, string? Word)>();
        var own = new List<ModuleGroup>();
        foreach (var single in singles)
        {
            var assembly = single.Members[0];
            var uses = ContextsOf(assembly.References, contexts, byName);
            var users = ContextsOf(assembly.ReferencedBy, contexts, byName);
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
                own.Add(single with { OwnReason = OwnReason(assembly, uses, users) });
            }
        }

        contexts.AddRange(own);
        return hosts;
    }

    private static Placement DescribeHost(ProposedAssembly host, string? word, List<string> wires)
    {
        var references = wires.Count == 0 ? "references no context" : $"references {Phrases.And(wires)}";
        return new(host.Name, (host.HasEntryPoint, word) switch
        {
            (true, null) => $"a host: it has an entry point and {references}",
            (true, _) => $"a host: it has an entry point, is named {word} and {references}",
            _ => $"a composition root: it is named {word} and {references}",
        });
    }

    private static string OwnReason(ProposedAssembly assembly, List<string> uses, List<string> users)
    {
        var facts = new List<string>();
        if (assembly.HasEntryPoint)
        {
            facts.Add("it has an entry point but wires no two contexts");
        }

        facts.Add(users.Count == 0 ? "no context references it" : $"only {Phrases.And(users)} references it");
        if (uses.Count > 0)
        {
            facts.Add($"it uses {Phrases.And(uses)}");
        }

        return $"{assembly.Name}: {(assembly.HasEntryPoint ? "an application" : "a library")} that fits no other context ({Phrases.And(facts)}), so a context of its own";
    }

    /// <summary>The names of the contexts that hold some of <paramref name="assemblies"/>, in order.</summary>
    private static List<string> ContextsOf(IEnumerable<ProposedAssembly> assemblies, List<ModuleGroup> contexts, Dictionary<ModuleGroup, string> names) =>
        [.. contexts.Where(c => c.Members.Intersect(assemblies).Any()).Select(c => names[c]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
