namespace FitnessKit.Cli.Proposals;

/// <summary>
/// The modules one assembly holds as namespaces, a folder each (<c>Bakery.Web.Modules.Orders.*</c>,
/// <c>Bakery.Web.Modules.Kitchen.*</c>, or <c>Pantry.Api.Orders.*</c> and <c>Pantry.Api.Stock.*</c> with a DbContext
/// each), as a modular monolith in one project is written; and the folder of those modules that they share
/// (<c>Bakery.Web.Modules.Shared.*</c>, <c>Pantry.Api.Common.*</c>).
/// </summary>
/// <param name="Assembly">The assembly that holds them.</param>
/// <param name="Modules">Each module's name, root namespace and what makes the folder a module, such as <c>Orders</c>, <c>Bakery.Web.Modules.Orders</c> and <c>a folder of Modules</c>, in order.</param>
/// <param name="Kernel">The root namespaces of the modules' shared folders (named <c>Shared</c>, <c>Common</c>, ...).</param>
internal sealed record NamespaceModules(ProposedAssembly Assembly, IReadOnlyList<(string Name, string Root, string Evidence)> Modules, IReadOnlyList<string> Kernel)
{
    /// <summary>
    /// The modules of an assembly: named by the namespace segment after a module marker (<see
    /// cref="NamingConventions.NamespaceModuleMarkers"/>), else by the folders of its DbContexts (<see cref="ByDbContexts"/>);
    /// <see langword="null"/> when it holds fewer than two, as a module's own assembly, or an application with one folder
    /// of modules' code, does.
    /// </summary>
    public static NamespaceModules? Of(ProposedAssembly assembly) => ByMarker(assembly) ?? ByDbContexts(assembly);

    private static NamespaceModules? ByMarker(ProposedAssembly assembly)
    {
        var modules = new SortedDictionary<string, (string Name, string Evidence)>(StringComparer.Ordinal);
        var kernel = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ns in assembly.Namespaces)
        {
            var segments = ns.Split('.');
            var marker = Array.FindIndex(segments, 1, s => NamingConventions.IsOneOf(s, NamingConventions.NamespaceModuleMarkers));
            if (marker < 0 || marker + 1 >= segments.Length)
            {
                continue;
            }

            var root = string.Join('.', segments[..(marker + 2)]);
            if (NamingConventions.IsOneOf(segments[marker + 1], NamingConventions.KernelWords))
            {
                kernel.Add(root);
            }
            else
            {
                modules.TryAdd(root, (segments[marker + 1], $"a folder of {segments[marker]}"));
            }
        }

        return Of(assembly, modules, kernel);
    }

    /// <summary>
    /// The modules of an assembly without a module marker, told by its DbContexts: where two or more concrete DbContexts
    /// lie in sibling folders under the namespace they share (<c>Pantry.Api.Orders.Data.OrdersDbContext</c>,
    /// <c>Pantry.Api.Stock.Data.StockDbContext</c>), each folder owns its data and is a module. A folder named as
    /// technical code (<c>Data</c>, <c>Infrastructure</c>, <see cref="NamingConventions.TechnicalFolderWords"/>) is the
    /// application's own, and so is every folder when the shared namespace, below the assembly's own, is technical
    /// (<c>Pantry.Api.Infrastructure.Orders</c>: a layer's folders, not modules), and so are the folders of an assembly
    /// named as such a layer (<c>Shop.Infrastructure</c>, but not an application's <c>Shop.Api</c>); the shared folders
    /// beside the modules (<c>Pantry.Api.Common</c>) are their shared kernel.
    /// </summary>
    private static NamespaceModules? ByDbContexts(ProposedAssembly assembly)
    {
        var folders = assembly.DbContexts.Select(d => d.Namespace).Distinct(StringComparer.Ordinal).Select(ns => ns.Split('.')).ToList();
        var layer = assembly.Segments[^1];
        // An infrastructure or persistence project's folders (Shop.Infrastructure.Orders) hold the persistence of
        // features whose other layers are other projects: no module lies whole in them.
        if (folders.Count < 2 || (NamingConventions.IsOneOf(layer, NamingConventions.TechnicalFolderWords) && !NamingConventions.IsOneOf(layer, NamingConventions.ApplicationLayerWords)))
        {
            return null;
        }

        var shared = folders.Aggregate((common, next) => [.. common.Zip(next).TakeWhile(p => p.First == p.Second).Select(p => p.First)]);
        var parent = string.Join('.', shared);
        if (shared.Length == 0 || (!IsRootOf(parent, assembly.Name) && NamingConventions.IsOneOf(shared[^1], NamingConventions.TechnicalFolderWords)))
        {
            return null;
        }

        var modules = new SortedDictionary<string, (string Name, string Evidence)>(StringComparer.Ordinal);
        foreach (var dbContext in assembly.DbContexts.OrderBy(d => d.FullName, StringComparer.Ordinal))
        {
            var segments = dbContext.Namespace.Split('.');
            if (segments.Length > shared.Length && IsModuleFolder(segments[shared.Length]))
            {
                modules.TryAdd($"{parent}.{segments[shared.Length]}", (segments[shared.Length], $"a folder with a DbContext of its own ({dbContext.FullName})"));
            }
        }

        var kernel = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var ns in assembly.Namespaces)
        {
            var segments = ns.Split('.');
            if (segments.Length > shared.Length && segments.AsSpan(0, shared.Length).SequenceEqual(shared)
                && NamingConventions.IsOneOf(segments[shared.Length], NamingConventions.KernelWords))
            {
                kernel.Add($"{parent}.{segments[shared.Length]}");
            }
        }

        return Of(assembly, modules, kernel);
    }

    /// <summary>Whether a namespace is the assembly's root namespace or above it (<c>Pantry.Api</c> of <c>Pantry.Api</c>, whose <c>Api</c> names the project, not a folder).</summary>
    private static bool IsRootOf(string ns, string assembly) =>
        assembly.Equals(ns, StringComparison.Ordinal) || assembly.StartsWith(ns + ".", StringComparison.Ordinal);

    private static bool IsModuleFolder(string segment) =>
        !NamingConventions.IsOneOf(segment, NamingConventions.TechnicalFolderWords) && !NamingConventions.IsOneOf(segment, NamingConventions.KernelWords)
        && !NamingConventions.IsOneOf(segment, NamingConventions.TestWords);

    private static NamespaceModules? Of(ProposedAssembly assembly, SortedDictionary<string, (string Name, string Evidence)> modules, SortedSet<string> kernel) =>
        modules.Count < 2 ? null : new NamespaceModules(assembly, [.. modules.Select(m => (m.Value.Name, m.Key, m.Value.Evidence))], [.. kernel]);
}
