namespace FitnessKit.Cli.Proposals;

/// <summary>
/// Reads assembly names as a solution's layout: the product prefix every name shares (<c>Acme.Shop</c>), then the
/// module or service a name belongs to (<c>Acme.Shop.Modules.Orders.Domain</c> and <c>Ordering.API</c> give Orders
/// and Ordering), or a shared library's word (<c>Acme.Shop.BuildingBlocks.Domain</c>, <c>EventBusRabbitMQ</c>).
/// </summary>
internal sealed class ProductNames
{
    private readonly string[] _prefix;

    private ProductNames(string[] prefix) => _prefix = prefix;

    /// <summary>Gets the product prefix, such as <c>Acme.Shop</c>, or an empty string when the names share none.</summary>
    public string Prefix => string.Join('.', _prefix);

    /// <summary>The longest run of leading segments all names share, short of the whole of any name and of a module marker.</summary>
    public static ProductNames Of(IReadOnlyList<ProposedAssembly> assemblies)
    {
        if (assemblies.Count == 0)
        {
            return new ProductNames([]);
        }

        var length = assemblies.Min(a => a.Segments.Length) - 1;
        var prefix = new List<string>();
        for (var i = 0; i < length; i++)
        {
            var segment = assemblies[0].Segments[i];
            if (NamingConventions.IsOneOf(segment, NamingConventions.ModuleMarkers)
                || !assemblies.All(a => string.Equals(a.Segments[i], segment, StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            prefix.Add(segment);
        }

        return new ProductNames([.. prefix]);
    }

    /// <summary>The module or service an assembly's name places it in, or the application's own layers.</summary>
    public NamePlacement Place(ProposedAssembly assembly) => Place(assembly, layers: true);

    /// <summary>The module or service an assembly's name places it in, a layer word taken as a module's name when <paramref name="layers"/> is <see langword="false"/>.</summary>
    public NamePlacement Place(ProposedAssembly assembly, bool layers)
    {
        var rest = assembly.Segments[_prefix.Length..];
        if (rest.Length >= 2 && NamingConventions.IsOneOf(rest[0], NamingConventions.ModuleMarkers))
        {
            return new NamePlacement(rest[1], string.Join('.', assembly.Segments[..(_prefix.Length + 2)]), rest[0]);
        }

        if (layers && _prefix.Length > 0 && NamingConventions.IsOneOf(rest[0], NamingConventions.LayerWords))
        {
            return new NamePlacement(_prefix[^1], Prefix, ModuleMarker: null, IsApplicationLayer: true);
        }

        return new NamePlacement(rest[0], string.Join('.', assembly.Segments[..(_prefix.Length + 1)]), ModuleMarker: null);
    }

    /// <summary>The layer word an application layer's name holds after the prefix, such as <c>EntityFrameworkCore</c>.</summary>
    public string LayerOf(ProposedAssembly assembly) => assembly.Segments[_prefix.Length];

    /// <summary>Why an assembly's name makes it part of the shared kernel, or <see langword="null"/> when it does not.</summary>
    public string? KernelReason(ProposedAssembly assembly)
    {
        var first = assembly.Segments[_prefix.Length];
        if (NamingConventions.IsOneOf(first, NamingConventions.KernelWords))
        {
            return $"named {first}: a library the contexts share";
        }

        if (NamingConventions.StartOf(first, NamingConventions.SharedInfrastructureStarts) is { } start)
        {
            return $"named {start}*: messaging infrastructure the contexts share";
        }

        return string.Equals(assembly.Segments[^1], NamingConventions.ServiceDefaults, StringComparison.OrdinalIgnoreCase)
            ? $"named *.{NamingConventions.ServiceDefaults}: hosting defaults the services share"
            : null;
    }

    /// <summary>A word of the name that marks a host or composition root, if any.</summary>
    public string? HostWord(ProposedAssembly assembly) =>
        assembly.Segments[_prefix.Length..].FirstOrDefault(s => NamingConventions.IsOneOf(s, NamingConventions.HostWords));
}
