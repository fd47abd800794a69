using System.Globalization;
using System.Text;

namespace FitnessKit.Cli.Proposals;

/// <summary>Writes a <see cref="ContextProposal"/> as a commented fitness.json: each choice with the reason it was made.</summary>
internal static class ProposalWriter
{
    /// <summary>Writes the proposal.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="assemblyGlobs">The <c>assemblies</c> globs, relative to the configuration file.</param>
    /// <param name="source">Where the assemblies were found, for the comment.</param>
    public static string ToJson(ContextProposal proposal, IReadOnlyList<string> assemblyGlobs, string source)
    {
        var json = new StringBuilder();
        json.AppendLine("{");
        json.AppendLine(CultureInfo.InvariantCulture, $"  \"$schema\": {Quote(InitCommand.SchemaUri)},");
        json.AppendLine(CultureInfo.InvariantCulture, $"  // Proposed by 'fitnesskit init' from the assemblies in {source}: their names, entry points, references and namespaces.");
        json.AppendLine("  // Review it: merge or rename contexts, and list as contracts only what other contexts may use.");
        json.AppendLine("  // Reference: docs/configuration.md. Check with: fitnesskit check --config <this file>");
        json.AppendLine(CultureInfo.InvariantCulture, $"  \"assemblies\": [{List(assemblyGlobs)}],");
        if (proposal.SharedKernel.Count > 0 || proposal.SharedKernelNamespaces.Count > 0)
        {
            json.AppendLine("  // Shared kernel: types every context may use. Keep it small, and free of entities and persistence.");
            Reasons(json, "  //   ", proposal.SharedKernel);
            foreach (var ns in proposal.SharedKernelNamespaces)
            {
                json.AppendLine(CultureInfo.InvariantCulture, $"  //   {ns.Pattern}: {ns.Reason}.");
            }

            var parts = new List<string>();
            if (proposal.SharedKernel.Count > 0)
            {
                parts.Add($"\"assemblies\": [{List([.. proposal.SharedKernel.Select(k => k.Assembly)])}]");
            }

            if (proposal.SharedKernelNamespaces.Count > 0)
            {
                parts.Add($"\"namespaces\": [{List([.. proposal.SharedKernelNamespaces.Select(k => k.Pattern)])}]");
            }

            json.AppendLine(CultureInfo.InvariantCulture, $"  \"sharedKernel\": {{ {string.Join(", ", parts)} }},");
        }

        if (proposal.Unowned.Count > 0)
        {
            json.AppendLine("  // In no context (hosts, composition roots and tests may use every context, and are never contracts):");
            Reasons(json, "  //   ", proposal.Unowned);
        }

        json.AppendLine("  \"contexts\": [");
        for (var i = 0; i < proposal.Contexts.Count; i++)
        {
            var context = proposal.Contexts[i];
            json.AppendLine(CultureInfo.InvariantCulture, $"    // {context.Name}: {context.Reason}.");
            var contracts = context.Contracts;
            if (contracts.IsEmpty)
            {
                json.AppendLine(CultureInfo.InvariantCulture, $"    //   No contract found (no {(context.Namespaces.Count > 0 ? "namespace of it" : "assembly or public namespace")} is named {string.Join(", ", NamingConventions.ContractWords[..^1])} or {NamingConventions.ContractWords[^1]}): other contexts may not use it at all until you name one.");
            }

            foreach (var reason in contracts.Reasons)
            {
                json.AppendLine(CultureInfo.InvariantCulture, $"    //   {Capitalized(reason)}.");
            }

            if (context.DatabaseReason is { } databaseReason)
            {
                json.AppendLine(CultureInfo.InvariantCulture, $"    //   Database {context.Database}: {databaseReason}.");
            }

            json.Append(CultureInfo.InvariantCulture, $"    {{ \"name\": {Quote(context.Name)}, ");
            if (context.Namespaces.Count > 0)
            {
                json.Append(CultureInfo.InvariantCulture, $"\"namespaces\": [{List(context.Namespaces)}]");
            }
            else
            {
                json.Append(CultureInfo.InvariantCulture, $"\"assemblies\": [{List(context.AssemblyPatterns)}]");
            }
            if (contracts.Assemblies.Count > 0 || contracts.IsEmpty)
            {
                json.Append(CultureInfo.InvariantCulture, $", \"contracts\": [{List(contracts.Assemblies)}]");
            }

            if (contracts.Namespaces.Count > 0)
            {
                json.Append(CultureInfo.InvariantCulture, $", \"contractNamespaces\": [{List(contracts.Namespaces)}]");
            }

            if (context.Database is { } database)
            {
                json.Append(CultureInfo.InvariantCulture, $", \"database\": {Quote(database)}");
            }

            json.AppendLine(i < proposal.Contexts.Count - 1 ? " }," : " }");
        }

        json.AppendLine("  ]");
        json.AppendLine("}");
        return json.ToString();
    }

    private static void Reasons(StringBuilder json, string indent, IReadOnlyList<Placement> placements)
    {
        foreach (var placement in placements)
        {
            json.AppendLine(CultureInfo.InvariantCulture, $"{indent}{placement.Assembly}: {placement.Reason}.");
        }
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string List(IReadOnlyList<string> items) => string.Join(", ", items.Select(Quote));

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
