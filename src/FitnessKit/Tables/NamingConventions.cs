using FitnessKit.ContextMapping;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The naming convention each DbContext's names are written in, told as its provider is (<see cref="ProviderDialects"/>):
/// the one EFCore.NamingConventions method that its assembly calls (in <c>OnConfiguring</c>), else the one its context's
/// assemblies call (an <c>AddDbContext</c> in its service), else the one the assemblies of no context call (a host that
/// registers the DbContexts of several contexts). Not the whole code base's, unlike the provider: one context's
/// convention says nothing of another's. Only assemblies that reference EFCore.NamingConventions are opened to look;
/// two conventions where one is looked for leave names as EF Core gives them, with a note.
/// </summary>
internal sealed class NamingConventions(ContextModel model, DataAssemblySet assemblies)
{
    private const string Package = "EFCore.NamingConventions";
    private const string ExtensionsType = "NamingConventionsExtensions";

    private readonly Dictionary<string, IReadOnlyList<string>> _calledBy = new(StringComparer.OrdinalIgnoreCase);
    private bool? _referenced;
    private List<InspectedAssembly>? _hosts;

    /// <summary>Gets what could not be decided, each a sentence.</summary>
    public List<string> Notes { get; } = new();

    /// <summary>The convention of a DbContext, or <see langword="null"/> for EF Core's own names.</summary>
    public NamingConvention? OfDbContext(InspectedType dbContext)
    {
        // Asked once for the code base, not for each of a thousand DbContexts.
        if (!(_referenced ??= model.CodeBase.Assemblies.Any(a => a.References.Contains(Package, StringComparer.OrdinalIgnoreCase))))
        {
            return null;
        }

        return Of([dbContext.Assembly], dbContext) ?? (model.ContextOf(dbContext) is { } context ? Of(context.Assemblies, dbContext) : null)
            ?? Of(Hosts(), dbContext);
    }

    /// <summary>The assemblies of no context, where a host registers the DbContexts (<c>AddDbContext</c>) of several contexts.</summary>
    private List<InspectedAssembly> Hosts()
    {
        if (_hosts is null)
        {
            var ofContexts = model.Contexts.SelectMany(c => c.Assemblies).ToHashSet();
            _hosts = [.. model.CodeBase.Assemblies.Where(a => !ofContexts.Contains(a))];
        }

        return _hosts;
    }

    private NamingConvention? Of(IEnumerable<InspectedAssembly> scope, InspectedType dbContext)
    {
        var called = scope.Where(a => a.References.Contains(Package, StringComparer.OrdinalIgnoreCase)).SelectMany(Called).Distinct(StringComparer.Ordinal).ToList();
        if (called.Count > 1)
        {
            Notes.Add($"{dbContext.Name.DisplayName}: its assemblies call {string.Join(" and ", called.Order(StringComparer.Ordinal))}, so which naming convention its tables follow is not known; they are listed as EF Core names them.");
        }

        return called.Count == 1 ? NamingConvention.Of(called[0]) : null;
    }

    private IReadOnlyList<string> Called(InspectedAssembly assembly)
    {
        if (!_calledBy.TryGetValue(assembly.Name, out var called))
        {
            called = [];
            assemblies.ReadOnce(assembly.Name, data => called = data.MethodsCalledOn(ExtensionsType, name => NamingConvention.Of(name) is not null));
            _calledBy[assembly.Name] = called;
        }

        return called;
    }
}
