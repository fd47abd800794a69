using FitnessKit.Inspection;
using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// SQL that no rule judges because its assembly, or its type, is in no context: the first-party assemblies that embed
/// scripts or send SQL over tables, and the types of no context in assemblies contexts hold in part, are named in a note,
/// so that a map that leaves them out is never a silent pass.
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
    /// Reads the SQL of a first-party assembly of no context, not a test project's, to count its statements over tables
    /// (<see cref="SqlOfNoContext(IReadOnlyList{InspectedAssembly}, SqlUseReader)"/>); <see langword="false"/> when it is not read.
    /// </summary>
    private static bool ReadSqlOfNoContext(InspectedAssembly assembly, DataAssembly data, SqlDialect dialect, SqlUseReader outside, Func<TypeName, bool>? inScope = null)
    {
        if (assembly.Origin != AssemblyOrigin.FirstParty || IsTests(assembly))
        {
            return false;
        }

        outside.Read(data, inScope ?? (_ => true), dialect);
        return true;
    }

    /// <summary>
    /// Whether contexts hold only some of an assembly's types (contexts mapped by namespace, as <c>fitnesskit init</c>
    /// maps the modules one assembly holds): its other types are code of no context, whose SQL no rule judges.
    /// </summary>
    private static bool HasTypesOfNoContext(ContextMapping.ContextModel model, InspectedAssembly assembly)
    {
        foreach (var type in assembly.Types)
        {
            if (!type.Name.IsCompilerGenerated && model.ContextOf(type) is null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A note for each assembly whose types of no context send SQL over tables (<see cref="HasTypesOfNoContext"/>),
    /// naming the types, so that a map of some of an assembly's namespaces is never a silent pass for the rest.
    /// </summary>
    private static IEnumerable<string> SqlOfTypesOfNoContext(IReadOnlyList<InspectedAssembly> read, SqlUseReader outside)
    {
        foreach (var assembly in read)
        {
            var statements = outside.Statements.Where(s => s.Tables.Count > 0 && string.Equals(s.SourceType.Assembly, assembly.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (statements.Count > 0)
            {
                var types = statements.Select(s => s.SourceType.FullName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                yield return $"{assembly.Name}: {Phrases.Count(statements.Count, "SQL statement")} over tables sent by its types of no context ({string.Join(", ", types.Take(3))}{(types.Count > 3 ? ", ..." : string.Empty)}), which no rule judges: add their namespaces to the context whose data they use";
            }
        }
    }

    /// <summary>
    /// A note for each assembly read by <see cref="ReadSqlOfNoContext"/> whose types send SQL over tables, saying how many
    /// statements no rule judges: counted by the type that sends them, so that what a generic base of another assembly
    /// builds for a type of this one (<see cref="GenericClosings"/>) is this one's.
    /// </summary>
    private static IEnumerable<string> SqlOfNoContext(IReadOnlyList<InspectedAssembly> read, SqlUseReader outside)
    {
        var counts = outside.Statements.Where(s => s.Tables.Count > 0).GroupBy(s => s.SourceType.Assembly, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in read)
        {
            if (counts.TryGetValue(assembly.Name, out var unjudged))
            {
                yield return $"{assembly.Name} sends {Phrases.Count(unjudged, "SQL statement")} over tables but belongs to no context, so no rule judges them: add the assembly to the context whose data they use";
            }
        }
    }

    /// <summary>Whether an assembly is a test project's: its SQL sets up and checks a test database, data of no context.</summary>
    private static bool IsTests(InspectedAssembly assembly) => assembly.References.Any(r =>
        r.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || r.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)
        || r.StartsWith("Microsoft.VisualStudio.TestPlatform", StringComparison.OrdinalIgnoreCase) || r.StartsWith("MSTest", StringComparison.OrdinalIgnoreCase)
        || r.StartsWith("TUnit", StringComparison.OrdinalIgnoreCase));
}
