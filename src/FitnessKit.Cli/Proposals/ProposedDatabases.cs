using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Tables;

namespace FitnessKit.Cli.Proposals;

/// <summary>
/// A database for each proposed context whose DbContexts the code connects to one database of their own: the
/// connection an Aspire integration registers them with, the connection string a provider is given by name, or the
/// database a literal connection string names (<see cref="DbContextConnections"/>); for a context with no DbContext,
/// the data source or connection its own assemblies' SQL opens (<see cref="DataSourceConnections"/>). Proposed only where two or more
/// contexts connect to databases that differ, a system of a database per service: contexts that share one database,
/// or whose DbContexts say nothing or connect to several, are left to share one, as contexts that name none do.
/// </summary>
internal static class ProposedDatabases
{
    /// <summary>The proposal with the databases its contexts' DbContexts connect to, when they are databases of their own.</summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="map">The proposal read as a context map.</param>
    /// <param name="codeBase">The code base it was proposed from.</param>
    /// <param name="dbContexts">Its concrete DbContexts (<see cref="ConcreteDbContexts"/>), as the proposal found them: it writes no persistence settings, so the map recognises the same.</param>
    public static ContextProposal Add(ContextProposal proposal, FitnessConfig map, CodeBase codeBase, IReadOnlySet<TypeName> dbContexts)
    {
        var model = map.Map.Resolve(codeBase);
        var connections = dbContexts.Count == 0 ? new Dictionary<TypeName, IReadOnlyList<DatabaseEvidence>>() : DbContextConnections.Read(codeBase, proposal.Assemblies, dbContexts);
        var byContext = model.Contexts.ToDictionary(
            c => c.Name,
            c => (IReadOnlyList<TypeName>)[.. dbContexts.Where(d => model.ContextOf(d)?.Name == c.Name).OrderBy(d => d.FullName, StringComparer.Ordinal)],
            StringComparer.Ordinal);

        // A context with no DbContext is known by where its own assemblies' SQL connects (an assembly no other context shares).
        var withoutDbContexts = model.Contexts.Where(c => byContext[c.Name].Count == 0).ToList();
        var own = withoutDbContexts.SelectMany(c => c.Assemblies.Where(a => model.Contexts.Count(o => o.Assemblies.Contains(a)) == 1).Select(a => (Context: c.Name, Assembly: a))).ToList();
        var sources = own.Count == 0 ? new Dictionary<string, IReadOnlyList<DatabaseEvidence>>() : DataSourceConnections.Read(codeBase, own.Select(o => o.Assembly));
        var dataSources = own.GroupBy(o => o.Context, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => (IReadOnlyList<DatabaseEvidence>)[.. g.SelectMany(o => sources.GetValueOrDefault(o.Assembly.Name) ?? [])], StringComparer.Ordinal);
        var databases = Decide(byContext, connections, dataSources);
        return databases.Count == 0 ? proposal : proposal.With([.. proposal.Contexts.Select(c => databases.TryGetValue(c.Name, out var database)
            ? c with { Database = database.Database, DatabaseReason = $"{database.Reason}; in a database of its own, a table of the same name as another context's is not the other's" }
            : c)]);
    }

    /// <summary>The DbContexts of a code base that an application can create: those that are not abstract.</summary>
    /// <param name="codeBase">The code base.</param>
    /// <param name="detection">How to recognise them; the default when <see langword="null"/>.</param>
    public static HashSet<TypeName> ConcreteDbContexts(CodeBase codeBase, PersistenceDetection? detection) =>
        PersistenceCatalog.Build(codeBase, detection).Types
            .Where(t => t.Kind == PersistenceKind.DbContext)
            .Select(t => t.Type)
            .Where(t => codeBase.FindType(t) is { IsAbstract: false })
            .ToHashSet();

    /// <summary>
    /// The database of each context whose DbContexts all say where they connect, and say one database; none unless
    /// two or more contexts connect to databases that differ.
    /// </summary>
    /// <param name="dbContexts">Each context's DbContexts.</param>
    /// <param name="connections">What the code says of each DbContext's connection.</param>
    /// <param name="dataSources">For contexts with no DbContext, what their own assemblies say of their SQL's connections.</param>
    /// <returns>The database and the reason, by context.</returns>
    internal static Dictionary<string, (string Database, string Reason)> Decide(
        IReadOnlyDictionary<string, IReadOnlyList<TypeName>> dbContexts,
        IReadOnlyDictionary<TypeName, IReadOnlyList<DatabaseEvidence>> connections,
        IReadOnlyDictionary<string, IReadOnlyList<DatabaseEvidence>>? dataSources = null)
    {
        var databases = new Dictionary<string, (string Database, string Reason)>(StringComparer.Ordinal);
        foreach (var (context, own) in dbContexts)
        {
            var names = own.SelectMany(d => connections.GetValueOrDefault(d) ?? []).Select(e => e.Database).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (own.Count > 0 && names.Count == 1 && own.All(connections.ContainsKey))
            {
                databases[context] = (names[0], string.Join("; ", own.Select(d => $"{d.DisplayName} connects by {connections[d][0].Where}")));
            }
            else if (own.Count == 0 && dataSources?.GetValueOrDefault(context) is { Count: > 0 } sources
                && sources.Select(e => e.Database).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            {
                databases[context] = (sources[0].Database, $"its SQL connects by {sources[0].Where}");
            }
        }

        return databases.Count >= 2 && databases.Values.Select(d => d.Database).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2 ? databases : [];
    }
}
