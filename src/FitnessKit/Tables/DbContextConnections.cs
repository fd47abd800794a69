using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// Which database each DbContext connects to, as far as the code says it: the connection an Aspire integration
/// registers it with (<c>AddNpgsqlDbContext&lt;OrderingContext&gt;("orderingdb")</c>), the connection string a provider
/// is given by name (<c>UseSqlServer(configuration.GetConnectionString("OrderingDb"))</c>, in a lambda given to
/// <c>AddDbContext&lt;T&gt;</c>, in <c>OnConfiguring</c> or in a design-time factory), or the database a literal
/// connection string names (<c>Database=</c>, <c>Initial Catalog=</c>, SQLite's file). It is evidence, not a verdict:
/// which server a connection string opens is configuration, and two names can open one database. <c>fitnesskit init</c>
/// uses it to propose each context's database; no rule judges by it.
/// </summary>
internal static class DbContextConnections
{
    private static readonly HashSet<string> Providers = new(StringComparer.Ordinal)
    {
        "UseSqlServer", "UseAzureSql", "UseNpgsql", "UseSqlite", "UseMySql", "UseMySQL", "UseOracle",
    };

    private static readonly HashSet<string> Registrations = new(StringComparer.Ordinal)
    {
        "AddDbContext", "AddDbContextPool", "AddDbContextFactory", "AddPooledDbContextFactory",
    };

    /// <summary>The names of the calls an assembly must make for any of its code to say where a DbContext connects.</summary>
    private static readonly HashSet<string> Calls = new(Providers.Concat(Registrations)
        .Concat(["AddNpgsqlDbContext", "AddSqlServerDbContext", "AddMySqlDbContext", "AddOracleDatabaseDbContext", "AddAzureNpgsqlDbContext"]), StringComparer.Ordinal);

    /// <summary>Reads what a code base's assemblies say of the connections of these DbContexts, opening each as needed.</summary>
    /// <param name="codeBase">The code base.</param>
    /// <param name="names">The names of the assemblies to read: those that may register or configure a DbContext.</param>
    /// <param name="dbContexts">The DbContexts to find connections of.</param>
    /// <returns>For each DbContext, each database or connection name the code gives it, with where.</returns>
    public static IReadOnlyDictionary<TypeName, IReadOnlyList<DatabaseEvidence>> Read(Inspection.CodeBase codeBase, IEnumerable<string> names, IReadOnlySet<TypeName> dbContexts)
    {
        using var assemblies = new DataAssemblySet(codeBase.PathOf);
        return Read(assemblies, names, dbContexts);
    }

    /// <summary>Reads what the assemblies say of the connections of these DbContexts; a DbContext they say nothing of is not listed.</summary>
    /// <param name="assemblies">The assemblies to read, by name, opened as needed.</param>
    /// <param name="names">The names of the assemblies to read: those that may register or configure a DbContext.</param>
    /// <param name="dbContexts">The DbContexts to find connections of.</param>
    /// <returns>For each DbContext, each database or connection name the code gives it, with where.</returns>
    private static IReadOnlyDictionary<TypeName, IReadOnlyList<DatabaseEvidence>> Read(DataAssemblySet assemblies, IEnumerable<string> names, IReadOnlySet<TypeName> dbContexts)
    {
        var found = new Dictionary<TypeName, List<DatabaseEvidence>>();
        foreach (var name in names)
        {
            if (assemblies[name] is not { } data || !data.CallsAnyOf(Calls))
            {
                continue;
            }

            foreach (var method in data.Methods())
            {
                foreach (var call in data.Trace(method.Method).Calls)
                {
                    foreach (var (dbContext, evidence) in Evidence(data, method, call, dbContexts))
                    {
                        var list = found.TryGetValue(dbContext, out var known) ? known : found[dbContext] = [];
                        if (!list.Contains(evidence))
                        {
                            list.Add(evidence);
                        }
                    }
                }
            }
        }

        return found.ToDictionary(f => f.Key, f => (IReadOnlyList<DatabaseEvidence>)f.Value);
    }

    private static IEnumerable<(TypeName DbContext, DatabaseEvidence Evidence)> Evidence(DataAssembly data, MethodOwner method, CallSite call, IReadOnlySet<TypeName> dbContexts)
    {
        var called = call.Method;
        var where = $"{method.Type.DisplayName}.{method.Member}";
        // Aspire's integrations: AddNpgsqlDbContext<TContext>(builder, "connectionName", ...).
        if (called.Name.StartsWith("Add", StringComparison.Ordinal) && called.Name.EndsWith("DbContext", StringComparison.Ordinal) && !Registrations.Contains(called.Name)
            && called.MethodArguments is [{ } aspireContext] && dbContexts.Contains(aspireContext.Type) && call.Arguments.Count >= 2 && call.Arguments[1] is TextValue { Constant: { } connection })
        {
            yield return (aspireContext.Type, new DatabaseEvidence(connection, $"{called.Name}<{aspireContext.Type.DisplayName}>(\"{connection}\") in {where}"));
            yield break;
        }

        // AddDbContext<TContext>(services, options => options.UseSqlServer(...)): the lambda says where TContext connects.
        if (Registrations.Contains(called.Name) && called.MethodArguments.Count > 0)
        {
            var registered = (called.Name == "AddDbContextFactory" ? called.MethodArguments[0] : called.MethodArguments[^1]).Type;
            if (!dbContexts.Contains(registered))
            {
                yield break;
            }

            foreach (var argument in call.Arguments)
            {
                if (MethodPointerValue.TargetOf(argument) is { Definition.IsNil: false } lambda)
                {
                    foreach (var use in data.Trace(lambda.Definition).Calls)
                    {
                        if (Named(use) is { } named)
                        {
                            yield return (registered, named with { Where = $"{named.Where} in {called.Name}<{registered.DisplayName}> in {where}" });
                        }
                    }
                }
            }

            yield break;
        }

        if (Named(call) is not { } found)
        {
            yield break;
        }

        // In the DbContext's OnConfiguring, in a design-time factory of it, or on a DbContextOptionsBuilder<TContext>.
        var context = method.Member == "OnConfiguring" && dbContexts.Contains(method.Type) ? method.Type
            : method.Member == "CreateDbContext" ? FactoryProduct(data, method)
            : call.Arguments[0] switch
            {
                NewObjectValue { Type.Arguments: [{ } built] } => built.Type,
                TypedValue { Type.Arguments: [{ } typed] } => typed.Type,
                _ => null,
            };
        if (context is not null && dbContexts.Contains(context))
        {
            yield return (context, found with { Where = $"{found.Where} in {where}" });
        }
    }

    /// <summary>The DbContext a design-time factory makes: the argument of its <c>IDesignTimeDbContextFactory&lt;T&gt;</c>.</summary>
    private static TypeName? FactoryProduct(DataAssembly data, MethodOwner method) =>
        data.InterfacesOf((TypeDefinitionHandle)MetadataTokens.EntityHandle(method.TypeToken))
            .FirstOrDefault(i => i.Type.Namespace == "Microsoft.EntityFrameworkCore.Design" && i.Type.Name == "IDesignTimeDbContextFactory`1")?.Arguments[0].Type;

    /// <summary>The database or connection name a provider's <c>UseSqlServer</c>, <c>UseNpgsql</c>, ... call is given, without where.</summary>
    private static DatabaseEvidence? Named(CallSite call) =>
        Providers.Contains(call.Method.Name) && call.Arguments.Count >= 2 ? ConnectionOf(call.Arguments[1], call.Method.Name, call.Method.Name == "UseSqlite") : null;

    /// <summary>
    /// The database or connection name a connection string says, as code gives it to <paramref name="api"/>: a literal
    /// one's <c>Database=</c> (or SQLite's file), <c>GetConnectionString("name")</c>, or <c>configuration["ConnectionStrings:name"]</c>.
    /// </summary>
    internal static DatabaseEvidence? ConnectionOf(IlValue value, string api, bool sqlite) => value switch
    {
        TextValue { Constant: { } text } when ConnectionStrings.DatabaseOf(text, sqlite) is var (database, pair) => new DatabaseEvidence(database, $"{api}(\"...{pair}...\")"),
        CallResultValue { Method.Name: "GetConnectionString", Arguments: [_, TextValue { Constant: { } name }] } => new DatabaseEvidence(name, $"{api}(GetConnectionString(\"{name}\"))"),
        CallResultValue { Method.Name: "get_Item", Arguments: [_, TextValue { Constant: { } key }] } when key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase)
            => new DatabaseEvidence(key["ConnectionStrings:".Length..], $"{api}(configuration[\"{key}\"])"),
        _ => null,
    };
}

/// <summary>What the code says of a DbContext's database: a database or connection name, and where it says so.</summary>
/// <param name="Database">The database a literal connection string names, or the name of the connection.</param>
/// <param name="Where">The call that says it and the member that makes it.</param>
internal sealed record DatabaseEvidence(string Database, string Where);
