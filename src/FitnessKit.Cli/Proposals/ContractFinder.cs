namespace FitnessKit.Cli.Proposals;

/// <summary>
/// Finds a context's contracts: its assemblies named as contracts (<c>Acme.Shop.Modules.Orders.IntegrationEvents</c>),
/// or, when it has none, the namespaces of its public types named so (<c>Ordering.API.IntegrationEvents.Events</c>).
/// </summary>
internal static class ContractFinder
{
    public static ProposedContracts Find(IReadOnlyList<ProposedAssembly> members, string stem)
    {
        var stemLength = stem.Split('.').Length;
        var named = members.Where(m => m.Segments.Length > stemLength && NamingConventions.IsOneOf(m.Segments[^1], NamingConventions.ContractWords)).ToList();
        if (named.Count > 0)
        {
            var namedReasons = named.Select(m => $"contract {m.Name}: an assembly named {m.Segments[^1]}").ToList();

            // ABP's Domain.Shared: the enums and constants a module's contract assembly carries in its DTOs, and its clients use.
            foreach (var shared in members.Where(m => m.Segments.Length > stemLength + 1 && string.Equals(m.Segments[^1], NamingConventions.Shared, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                if (named.FirstOrDefault(c => c.References.Contains(shared)) is { } carrier)
                {
                    named.Add(shared);
                    namedReasons.Add($"contract {shared.Name}: named {NamingConventions.Shared}, and the contract {carrier.Name} references it, so its types reach other contexts through that contract");
                }
                else if (string.Equals(shared.Segments[^2], NamingConventions.Domain, StringComparison.OrdinalIgnoreCase))
                {
                    named.Add(shared);
                    namedReasons.Add($"contract {shared.Name}: named Domain.{NamingConventions.Shared}, the constants and enums a module shares with its contracts and clients");
                }
            }

            // ABP's HttpApi.Client: the proxies other services call the module's application services through.
            foreach (var client in members.Where(m => m.Segments.Length > stemLength + 1 && string.Equals(m.Segments[^1], NamingConventions.Client, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                if (named.FirstOrDefault(c => client.References.Contains(c)) is { } served)
                {
                    named.Add(client);
                    namedReasons.Add($"contract {client.Name}: named {NamingConventions.Client}, and it references the contract {served.Name}: the client other contexts call it through");
                }
            }

            return new ProposedContracts([.. named.Select(m => m.Name)], [], namedReasons);
        }

        return FromNamespaces(members.SelectMany(m => m.PublicNamespaces.Select(ns => (ns, $"the public types of {m.Name} in a namespace named {ns.Split('.')[^1]}"))));
    }

    /// <summary>
    /// The contracts of a module one assembly holds as namespaces (<see cref="NamespaceModules"/>): its namespaces named
    /// as contracts, internal types included, as in one assembly every module sees the others' internal types.
    /// </summary>
    public static ProposedContracts InNamespaces(string module, IEnumerable<string> namespaces) =>
        FromNamespaces(namespaces.Select(ns => (ns, $"the namespace of module {module} named {ns.Split('.')[^1]}")));

    /// <summary>The namespaces named as contracts, but for domain events and the code around contract types one level down.</summary>
    private static ProposedContracts FromNamespaces(IEnumerable<(string Namespace, string Reason)> namespaces)
    {
        var rejected = new List<string>();
        var candidates = new List<(string Namespace, string Reason)>();
        foreach (var (ns, reason) in namespaces)
        {
            var segments = ns.Split('.');
            if (!NamingConventions.IsOneOf(segments[^1], NamingConventions.ContractWords))
            {
                continue;
            }

            if (segments.Contains(NamingConventions.Domain, StringComparer.OrdinalIgnoreCase))
            {
                rejected.Add($"{ns} is no contract: it is in the domain model, so its {segments[^1]} are domain events, raised and handled inside the context");
                continue;
            }

            candidates.Add((ns, reason));
        }

        var contracts = new List<string>();
        var reasons = new List<string>();
        foreach (var (ns, reason) in candidates)
        {
            if (candidates.FirstOrDefault(c => c.Namespace.StartsWith(ns + ".", StringComparison.Ordinal)) is { Namespace: not null } deeper)
            {
                rejected.Add($"{ns} is no contract: it holds the code around the contract types, which are one level down in {deeper.Namespace}");
                continue;
            }

            contracts.Add(ns);
            reasons.Add($"contract namespace {ns}: {reason}");
        }

        return new ProposedContracts([], contracts, [.. reasons, .. rejected]);
    }
}
