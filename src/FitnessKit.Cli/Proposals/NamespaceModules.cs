namespace FitnessKit.Cli.Proposals;

/// <summary>
/// The modules one assembly holds as namespaces, a folder each (<c>Bakery.Web.Modules.Orders.*</c>,
/// <c>Bakery.Web.Modules.Kitchen.*</c>), as a modular monolith in one project is written; and the folder of those
/// modules that they share (<c>Bakery.Web.Modules.Shared.*</c>).
/// </summary>
/// <param name="Assembly">The assembly that holds them.</param>
/// <param name="Modules">Each module's name and root namespace, such as <c>Orders</c> and <c>Bakery.Web.Modules.Orders</c>, in order.</param>
/// <param name="Kernel">The root namespaces of the modules' shared folders (named <c>Shared</c>, <c>Common</c>, ...).</param>
internal sealed record NamespaceModules(ProposedAssembly Assembly, IReadOnlyList<(string Name, string Root)> Modules, IReadOnlyList<string> Kernel)
{
    /// <summary>Gets the namespace segment before the modules' names, such as <c>Modules</c>.</summary>
    public string Marker => Modules[0].Root.Split('.')[^2];

    /// <summary>
    /// The modules of an assembly, named by the namespace segment after a module marker (<see
    /// cref="NamingConventions.NamespaceModuleMarkers"/>); <see langword="null"/> when it holds fewer than two, as a
    /// module's own assembly, or an application with one folder of modules' code, does.
    /// </summary>
    public static NamespaceModules? Of(ProposedAssembly assembly)
    {
        var modules = new SortedDictionary<string, string>(StringComparer.Ordinal);
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
                modules.TryAdd(root, segments[marker + 1]);
            }
        }

        return modules.Count < 2 ? null : new NamespaceModules(assembly, [.. modules.Select(m => (m.Value, m.Key))], [.. kernel]);
    }
}
