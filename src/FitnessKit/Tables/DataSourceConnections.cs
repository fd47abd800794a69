using FitnessKit.Loading.Il;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// Which database the SQL of an assembly with no DbContext connects to, as far as its code says: the data source or
/// client an Aspire integration registers (<c>AddNpgsqlDataSource("ordersdb")</c>, <c>AddMySqlDataSource</c>,
/// <c>AddSqlServerClient</c>), a data source registered with a connection string
/// (<c>services.AddNpgsqlDataSource(configuration.GetConnectionString("OrdersDb"))</c>), or an ADO.NET connection opened
/// with one (<c>new MySqlConnection(configuration.GetConnectionString("orders_db"))</c>, a literal's <c>Database=</c>).
/// Evidence, as <see cref="DbContextConnections"/> is; <c>fitnesskit init</c> uses it for contexts that send SQL without
/// EF Core.
/// </summary>
internal static class DataSourceConnections
{
    /// <summary>The registrations of a data source or client by Aspire's integrations and the providers' DI packages.</summary>
    private static readonly HashSet<string> Registrations = new(StringComparer.Ordinal)
    {
        "AddNpgsqlDataSource", "AddAzureNpgsqlDataSource", "AddMySqlDataSource", "AddSqlServerClient",
    };

    /// <summary>Reads what each of these assemblies says of the databases its SQL connects to; an assembly that says nothing is not listed.</summary>
    /// <param name="codeBase">The code base.</param>
    /// <param name="read">The assemblies to read.</param>
    /// <returns>Each database or connection name an assembly's code gives, with where, by assembly name.</returns>
    public static IReadOnlyDictionary<string, IReadOnlyList<DatabaseEvidence>> Read(Inspection.CodeBase codeBase, IEnumerable<Model.InspectedAssembly> read)
    {
        using var assemblies = new DataAssemblySet(codeBase.PathOf);
        var found = new Dictionary<string, IReadOnlyList<DatabaseEvidence>>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in read)
        {
            // Only an assembly that references a provider or an Aspire integration can say where its SQL connects.
            var name = assembly.Name;
            if (!assembly.References.Any(r => SqlSink.DialectOf(r) is { } dialect && dialect != SqlDialect.Unknown || r.StartsWith("Aspire.", StringComparison.Ordinal) || r == "MySql.Data")
                || assemblies[name] is not { } data)
            {
                continue;
            }

            var evidence = new List<DatabaseEvidence>();
            foreach (var method in data.Methods())
            {
                foreach (var call in data.Trace(method.Method).Calls)
                {
                    if (Evidence(call) is { } said && !evidence.Any(e => e.Database == said.Database))
                    {
                        evidence.Add(said with { Where = $"{said.Where} in {method.Type.DisplayName}.{method.Member}" });
                    }
                }
            }

            if (evidence.Count > 0)
            {
                found[name] = evidence;
            }
        }

        return found;
    }

    private static DatabaseEvidence? Evidence(CallSite call)
    {
        var called = call.Method;
        if (Registrations.Contains(called.Name) && call.Arguments.Count >= 2)
        {
            // Aspire's AddNpgsqlDataSource(builder, "ordersdb") names the connection; a DI package's takes a connection string.
            return call.Arguments[1] is TextValue { Constant: { } connection } && !connection.Contains('=', StringComparison.Ordinal)
                ? new DatabaseEvidence(connection, $"{called.Name}(\"{connection}\")")
                : DbContextConnections.ConnectionOf(call.Arguments[1], called.Name, sqlite: false);
        }

        var type = called.DeclaringType.Type;
        return call.IsConstruction && type.Name.EndsWith("Connection", StringComparison.Ordinal) && call.Arguments.Count >= 1
            && SqlSink.DialectOf(type.Namespace) is { } dialect and not SqlDialect.Unknown
            ? DbContextConnections.ConnectionOf(call.Arguments[0], $"new {type.DisplayName}", dialect == SqlDialect.Sqlite)
            : null;
    }
}
