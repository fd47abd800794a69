using System.Globalization;
using System.Text;

namespace FitnessKit.Cli;

/// <summary>
/// Proposes a context map from assembly names, by the conventions most .NET solutions follow:
/// <c>Shop.Orders</c>, <c>Shop.Orders.Infrastructure</c> and <c>Shop.Orders.Contracts</c> form context Orders whose
/// contract is <c>Shop.Orders.Contracts</c>; <c>Shop.SharedKernel</c> is the shared kernel; hosts and tests belong to no context.
/// </summary>
internal sealed class ContextProposal
{
    private static readonly string[] ContractSuffixes = ["Contracts", "Contract", "IntegrationEvents", "Events", "Messages", "Api", "PublicApi", "Abstractions", "Dtos", "Client"];
    private static readonly string[] KernelNames = ["SharedKernel", "Shared", "Common", "BuildingBlocks", "Kernel"];
    private static readonly string[] HostNames = ["Host", "Web", "WebApi", "App", "Server", "Worker", "Gateway", "Cli", "Console", "Bootstrapper", "AppHost", "ServiceDefaults"];
    private static readonly string[] TestSuffixes = ["Tests", "Test", "UnitTests", "IntegrationTests", "ArchitectureTests", "Specs", "Benchmarks"];

    private ContextProposal(string prefix, IReadOnlyList<(string Name, List<string> Assemblies, List<string> Contracts)> contexts, IReadOnlyList<string> kernel, IReadOnlyList<string> unowned)
    {
        Prefix = prefix;
        Contexts = contexts;
        SharedKernel = kernel;
        Unowned = unowned;
    }

    public string Prefix { get; }

    public IReadOnlyList<(string Name, List<string> Assemblies, List<string> Contracts)> Contexts { get; }

    public IReadOnlyList<string> SharedKernel { get; }

    public IReadOnlyList<string> Unowned { get; }

    /// <summary>Proposes contexts for the first-party assemblies among <paramref name="assemblyNames"/>.</summary>
    public static ContextProposal From(IEnumerable<string> assemblyNames)
    {
        var names = assemblyNames.Where(n => !IsThirdParty(n)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var firstSegments = names.Select(n => n.Split('.')[0]).Distinct(StringComparer.Ordinal).ToList();
        var prefix = firstSegments.Count == 1 && names.Any(n => n.Contains('.', StringComparison.Ordinal)) ? firstSegments[0] + "." : string.Empty;
        var contexts = new Dictionary<string, (List<string> Assemblies, List<string> Contracts)>(StringComparer.Ordinal);
        var kernel = new List<string>();
        var unowned = new List<string>();
        foreach (var name in names)
        {
            var rest = name.Length > prefix.Length ? name[prefix.Length..].Split('.') : [name];
            var key = rest[0];
            if (TestSuffixes.Contains(name.Split('.')[^1], StringComparer.OrdinalIgnoreCase))
            {
                unowned.Add(name);
            }
            else if (KernelNames.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                kernel.Add(name);
            }
            else if (HostNames.Contains(key, StringComparer.OrdinalIgnoreCase) || name.Length <= prefix.Length)
            {
                unowned.Add(name);
            }
            else
            {
                if (!contexts.TryGetValue(key, out var context))
                {
                    contexts[key] = context = (new List<string>(), new List<string>());
                }

                (rest.Length > 1 && ContractSuffixes.Contains(rest[^1], StringComparer.OrdinalIgnoreCase) ? context.Contracts : context.Assemblies).Add(name);
            }
        }

        return new ContextProposal(prefix, [.. contexts.Select(c => (c.Key, c.Value.Assemblies, c.Value.Contracts))], kernel, unowned);
    }

    /// <summary>Writes the proposal as a commented fitness.json.</summary>
    /// <param name="assemblyGlobs">The <c>assemblies</c> globs, relative to the configuration file.</param>
    /// <param name="source">Where the assemblies were found, for the comment.</param>
    public string ToJson(IReadOnlyList<string> assemblyGlobs, string source)
    {
        var json = new StringBuilder();
        json.AppendLine("{");
        json.AppendLine(CultureInfo.InvariantCulture, $"  \"$schema\": {Quote(InitCommand.SchemaUri)},");
        json.AppendLine(CultureInfo.InvariantCulture, $"  // Proposed by 'fitnesskit init' from the assembly names in {source}.");
        json.AppendLine("  // Review it: merge or rename contexts, and list as contracts only what other contexts may use.");
        json.AppendLine("  // Reference: docs/configuration.md. Check with: fitnesskit check --config <this file>");
        json.AppendLine(CultureInfo.InvariantCulture, $"  \"assemblies\": [{string.Join(", ", assemblyGlobs.Select(Quote))}],");
        if (SharedKernel.Count > 0)
        {
            json.AppendLine("  // Shared kernel: types every context may use. Keep it small, and free of entities and persistence.");
            json.AppendLine(CultureInfo.InvariantCulture, $"  \"sharedKernel\": {{ \"assemblies\": [{string.Join(", ", SharedKernel.Select(Quote))}] }},");
        }

        if (Unowned.Count > 0)
        {
            json.AppendLine(CultureInfo.InvariantCulture, $"  // Left out of every context (hosts, composition roots and tests may use any context): {string.Join(", ", Unowned)}.");
        }

        json.AppendLine("  \"contexts\": [");
        for (var i = 0; i < Contexts.Count; i++)
        {
            var (name, assemblies, contracts) = Contexts[i];
            var ownedBy = contracts.Count == 0
                ? "no contract assembly was found: other contexts may not use it at all until you add one"
                : $"contracts: {string.Join(", ", contracts)}";
            json.AppendLine(CultureInfo.InvariantCulture, $"    // {name}: {string.Join(", ", assemblies.Concat(contracts))}; {ownedBy}.");
            json.Append(CultureInfo.InvariantCulture, $"    {{ \"name\": {Quote(name)}, \"assemblies\": [{Quote(Prefix + name + ".**")}]");
            json.Append(CultureInfo.InvariantCulture, $", \"contracts\": [{string.Join(", ", contracts.Select(Quote))}] }}");
            json.AppendLine(i < Contexts.Count - 1 ? "," : string.Empty);
        }

        json.AppendLine("  ]");
        json.AppendLine("}");
        return json.ToString();
    }

    private static bool IsThirdParty(string name) =>
        name is "mscorlib" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SQLitePCLRaw", StringComparison.Ordinal) || name.StartsWith("Mono.", StringComparison.Ordinal)
        || name is "System" or "Newtonsoft.Json" or "FluentAssertions" or "Castle.Core" or "Moq" or "NSubstitute";

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
