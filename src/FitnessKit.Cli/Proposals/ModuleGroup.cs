using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Cli.Proposals;

/// <summary>The assemblies whose names place them in one module or service (<see cref="NamePlacement.Stem"/>).</summary>
internal sealed record ModuleGroup(NamePlacement Place, IReadOnlyList<ProposedAssembly> Members)
{
    /// <summary>Gets why an assembly alone in its group is a context of its own; <see langword="null"/> for a group that is a context by its names.</summary>
    public string? OwnReason { get; init; }

    /// <summary>Gets a value indicating whether the names alone make the group a context: several assemblies, a module of a modular monolith, or a contract assembly whose implementation is elsewhere.</summary>
    public bool IsContextByName =>
        Members.Count > 1 || Place.ModuleMarker is not null
        || (Members[0].Name.Length > Place.Stem.Length && NamingConventions.IsOneOf(Members[0].Segments[^1], NamingConventions.ContractWords));

    public ProposedContext Propose(string name, IReadOnlyList<string> allAssemblies)
    {
        var names = Members.Select(m => m.Name).ToList();
        var others = allAssemblies.Except(names, StringComparer.OrdinalIgnoreCase)
            .Where(a => a.Equals(Place.Stem, StringComparison.OrdinalIgnoreCase) || a.StartsWith(Place.Stem + ".", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var listed = others.Count == 0 ? string.Empty : $"; listed one by one, as {Place.Stem}.** would also claim {Phrases.And(others)}";
        return new ProposedContext
        {
            Name = name,
            Assemblies = names,
            AssemblyPatterns = others.Count > 0 ? names : [Place.Stem + ".**"],
            Reason = (OwnReason ?? NamedReason(names)) + listed,
            Contracts = ContractFinder.Find(Members, Place.Stem),
        };
    }

    private string NamedReason(List<string> names)
    {
        var what = Place.ModuleMarker is not null ? $"module {Place.Key} ({Place.Stem}.*)"
            : Place.IsApplicationLayer ? $"the layers of the application {Place.Key} itself, which compose no two modules"
            : $"named {Place.Stem}.*";
        var deployables = Members.Where(m => m.HasEntryPoint).Select(m => m.Name).ToList();
        var deployable = deployables.Count == 0 ? string.Empty
            : $"; {Phrases.And(deployables)} {(deployables.Count == 1 ? "has an entry point: the deployable" : "have entry points: the deployables")} of {Place.Key}, so {(deployables.Count == 1 ? "it is" : "they are")} part of it, not a host";
        return $"{string.Join(", ", names)}: {what}{deployable}";
    }
}
