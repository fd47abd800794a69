using FitnessKit.Inspection;
using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// SQL that no rule judges because its assembly is in no context: the first-party assemblies that embed scripts or send
/// SQL over tables are named in a note, so that a map that leaves them out is never a silent pass.
/// </summary>
public sealed partial class TableCatalog
{
    /// <summary>
    /// The assemblies of <paramref name="candidates"/> that embed SQL scripts (DbUp's, queries kept in files), whatever
    /// they reference: each is checked by its headers and resource names, side by side, as most of them are opened for
    /// nothing else.
    /// </summary>
    private static HashSet<InspectedAssembly> Scripted(CodeBase codeBase, List<InspectedAssembly> candidates)
    {
        var found = new bool[candidates.Count];
        SideBySide.For(candidates.Count, codeBase.Parallelism, i => found[i] = DataAssembly.HasSqlScripts(candidates[i].Path));
        return [.. candidates.Where((_, i) => found[i])];
    }

    /// <summary>A note for each first-party assembly of no context that embeds SQL scripts, which are not read.</summary>
    private static IEnumerable<string> ScriptsOfNoContext(CodeBase codeBase, HashSet<InspectedAssembly> ofContexts) =>
        Scripted(codeBase, [.. codeBase.Assemblies.Where(a => a.Origin == AssemblyOrigin.FirstParty && !ofContexts.Contains(a))])
            .Select(a => $"{a.Name} embeds SQL scripts but belongs to no context, so the tables and routines they create and use are not read: add the assembly to the context whose data they define")
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// Reads the SQL of a first-party assembly of no context, not a test project's, to count its statements over tables;
    /// a note saying how many no rule judges, or null when there are none.
    /// </summary>
    private static string? SqlOfNoContext(InspectedAssembly assembly, DataAssembly data, SqlDialect dialect, SqlUseReader outside)
    {
        if (assembly.Origin != AssemblyOrigin.FirstParty || IsTests(assembly))
        {
            return null;
        }

        var before = outside.Statements.Count;
        outside.Read(data, _ => true, dialect);
        var unjudged = outside.Statements.Skip(before).Count(s => s.Tables.Count > 0);
        return unjudged == 0 ? null
            : $"{assembly.Name} sends {Phrases.Count(unjudged, "SQL statement")} over tables but belongs to no context, so no rule judges them: add the assembly to the context whose data they use";
    }

    /// <summary>Whether an assembly is a test project's: its SQL sets up and checks a test database, data of no context.</summary>
    private static bool IsTests(InspectedAssembly assembly) => assembly.References.Any(r =>
        r.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || r.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)
        || r.StartsWith("Microsoft.VisualStudio.TestPlatform", StringComparison.OrdinalIgnoreCase) || r.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase)
        || r.StartsWith("TUnit", StringComparison.OrdinalIgnoreCase));
}
