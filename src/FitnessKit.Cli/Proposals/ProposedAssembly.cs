using FitnessKit.Model;

namespace FitnessKit.Cli.Proposals;

/// <summary>What the proposal knows of one first-party assembly: its name, whether it is an application, which first-party assemblies it references and is referenced by, the namespaces of its types and its DbContexts.</summary>
internal sealed class ProposedAssembly
{
    private ProposedAssembly(InspectedAssembly assembly, IReadOnlySet<TypeName> dbContexts)
    {
        Name = assembly.Name;
        Segments = assembly.Name.Split('.');
        HasEntryPoint = assembly.HasEntryPoint;
        PublicNamespaces = [.. assembly.Types.Where(t => t.IsVisibleOutsideAssembly && !t.Name.IsCompilerGenerated).Select(t => t.Name.Namespace).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Namespaces = [.. assembly.Types.Where(t => !t.Name.IsCompilerGenerated).Select(t => t.Name.Namespace).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        DbContexts = [.. assembly.Types.Select(t => t.Name).Where(dbContexts.Contains)];
        TestFramework = assembly.References.FirstOrDefault(r => NamingConventions.StartOf(r, NamingConventions.TestFrameworkStarts) is not null);
    }

    public string Name { get; }

    public string[] Segments { get; }

    public bool HasEntryPoint { get; }

    /// <summary>Gets the namespaces of the types other assemblies can see.</summary>
    public IReadOnlyList<string> PublicNamespaces { get; }

    /// <summary>Gets the namespaces of all the types it declares, internal ones included (in one assembly, modules see each other's).</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>Gets the concrete DbContexts it declares.</summary>
    public IReadOnlyList<TypeName> DbContexts { get; }

    /// <summary>Gets the first-party assemblies it references.</summary>
    public IReadOnlyList<ProposedAssembly> References { get; private set; } = [];

    /// <summary>Gets the first-party assemblies that reference it.</summary>
    public IReadOnlyList<ProposedAssembly> ReferencedBy { get; private set; } = [];

    /// <summary>Gets the test framework it references, if any.</summary>
    public string? TestFramework { get; }

    /// <summary>Gets the word that marks a test or benchmark assembly by name, if any.</summary>
    public string? TestWord => Segments.Skip(1).FirstOrDefault(s => NamingConventions.IsOneOf(s, NamingConventions.TestWords));

    public bool IsTest => TestWord is not null || TestFramework is not null;

    /// <summary>Reads the facts of the first-party assemblies and links their references to each other.</summary>
    public static IReadOnlyList<ProposedAssembly> From(IEnumerable<InspectedAssembly> firstParty, IReadOnlySet<TypeName> dbContexts)
    {
        var assemblies = firstParty.Where(a => !NamingConventions.IsThirdParty(a.Name)).DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        var byName = assemblies.ToDictionary(a => a.Name, a => new ProposedAssembly(a, dbContexts), StringComparer.OrdinalIgnoreCase);
        var referencedBy = byName.Values.ToDictionary(a => a, _ => new List<ProposedAssembly>());
        foreach (var assembly in assemblies)
        {
            var proposed = byName[assembly.Name];
            proposed.References = [.. assembly.References.Select(r => byName.GetValueOrDefault(r)).OfType<ProposedAssembly>().Where(r => r != proposed).Distinct()];
            foreach (var reference in proposed.References)
            {
                referencedBy[reference].Add(proposed);
            }
        }

        foreach (var (assembly, users) in referencedBy)
        {
            assembly.ReferencedBy = users;
        }

        return [.. byName.Values.OrderBy(a => a.Name, StringComparer.Ordinal)];
    }

    public override string ToString() => Name;
}
