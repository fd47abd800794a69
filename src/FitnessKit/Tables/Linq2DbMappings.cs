using System.Reflection.Metadata.Ecma335;
using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// The tables an assembly maps with linq2db, as linq2db's mapping schema would: a class with <c>[Table]</c>
/// (<c>LinqToDB.Mapping.TableAttribute</c>: the name it gives, else the class's; its <c>Schema</c>; a view with
/// <c>IsView = true</c>), a class named by
/// the fluent mapping (<c>Entity&lt;T&gt;().HasTableName("..").HasSchemaName("..")</c>), and a class (of the assembly, or
/// of another, such as a context's domain assembly) that <c>GetTable&lt;T&gt;()</c> reads with neither, in a table named
/// after it; the catalog keeps those of the code base. Each is a mapping of the class itself,
/// located at its declaration or at the call that names its table.
/// </summary>
internal static class Linq2DbMappings
{
    private const string TableAttribute = "LinqToDB.Mapping.TableAttribute";
    private const string EntityBuilder = "LinqToDB.Mapping.EntityMappingBuilder`1";

    private static readonly HashSet<string> PostgreSql = new(StringComparer.Ordinal) { "UsePostgreSQL" };
    private static readonly HashSet<string> SqlServer = new(StringComparer.Ordinal) { "UseSqlServer" };
    private static readonly HashSet<string> Sqlite = new(StringComparer.Ordinal) { "UseSQLite" };
    private static readonly HashSet<string> MySql = new(StringComparer.Ordinal) { "UseMySql", "UseMySqlConnector", "UseMySqlData" };

    /// <summary>
    /// The dialect of the provider an assembly's code chooses for linq2db (<c>new DataOptions().UsePostgreSQL(..)</c>):
    /// every provider lives in linq2db's own assembly, so references do not tell it. <see cref="SqlDialect.Unknown"/>
    /// when it chooses none, or several.
    /// </summary>
    public static SqlDialect ProviderOf(DataAssembly assembly)
    {
        var found = SqlDialect.Unknown;
        foreach (var (names, dialect) in new[] { (PostgreSql, SqlDialect.PostgreSql), (SqlServer, SqlDialect.SqlServer), (Sqlite, SqlDialect.Sqlite), (MySql, SqlDialect.MySql) })
        {
            if (assembly.CallsAnyOf(names))
            {
                if (found != SqlDialect.Unknown)
                {
                    return SqlDialect.Unknown;
                }

                found = dialect;
            }
        }

        return found;
    }

    /// <summary>Whether an assembly references linq2db, whose mappings are then read.</summary>
    public static bool Uses(InspectedAssembly assembly) => assembly.References.Any(r => r.Equals("linq2db", StringComparison.OrdinalIgnoreCase));

    /// <summary>The mappings of an assembly's classes, each once, in the order found.</summary>
    public static IReadOnlyList<TableMapping> Read(DataAssembly assembly, SqlDialectName dialect)
    {
        var tables = new Dictionary<TypeName, (string Name, string? Schema, MappingEvidence Evidence, MappingSite Site)>();
        var views = new HashSet<TypeName>();
        var types = assembly.Guard(() => assembly.Metadata.TypeDefinitions.ToList());
        foreach (var type in types)
        {
            if (assembly.AttributeArguments(type, TableAttribute) is not { } arguments)
            {
                continue;
            }

            var entity = assembly.Names.Of(type);
            var name = arguments.FirstOrDefault(a => a.Name is null).Value ?? arguments.FirstOrDefault(a => a.Name == "Name").Value ?? entity.OwnName;
            var schema = arguments.FirstOrDefault(a => a.Name == "Schema").Value;
            var isView = arguments.Any(a => a.Name == "IsView" && a.Value == "true");
            if (isView)
            {
                views.Add(entity);
            }

            var written = $"[Table(\"{name}\"{(schema is null ? string.Empty : $", Schema = \"{schema}\"")}{(isView ? ", IsView = true" : string.Empty)})]";
            tables[entity] = (name, schema, MappingEvidence.Of($"{written} on {entity.DisplayName} (linq2db)"), new MappingSite(assembly.Path, CodeAnchor.ForType(MetadataTokens.GetToken(type))));
        }

        var tokens = types.Select(t => MetadataTokens.GetToken(t)).ToHashSet();
        var calls = assembly.CallsOf(tokens, t => t.FullName is EntityBuilder or "LinqToDB.DataExtensions");
        foreach (var owner in calls.Where(c => c.Method.Name is "HasTableName" or "HasSchemaName").Select(c => c.Owner).Distinct())
        {
            Fluent(assembly, owner, tables);
        }

        foreach (var call in calls.Where(c => c.Method.Name == "GetTable" && c.Method.MethodArguments.Count == 1))
        {
            var entity = call.Method.MethodArguments[0].Type;
            if (!tables.ContainsKey(entity) && !IsFramework(entity))
            {
                var site = new MappingSite(assembly.Path, CodeAnchor.ForMethod(call.Owner.TypeToken, call.Owner.MethodToken, call.Offset));
                tables[entity] = (entity.OwnName, null, MappingEvidence.Of($"GetTable<{entity.DisplayName}>() in {call.Owner.Type.DisplayName}.{call.Owner.Member}, with no [Table]: named after the class (linq2db)"), site);
            }
        }

        return [.. tables.Select(t => new TableMapping(TableNames.Create(t.Value.Schema, t.Value.Name, dialect, quoted: true), views.Contains(t.Key) ? TableMappingKind.View : TableMappingKind.Table, t.Key, t.Key, t.Value.Evidence)
        {
            Dialect = dialect,
            Site = t.Value.Site,
        })];
    }

    /// <summary>The fluent mapping's names in a method: <c>HasTableName</c> and <c>HasSchemaName</c> on the builder of a class.</summary>
    private static void Fluent(DataAssembly assembly, MethodOwner owner, Dictionary<TypeName, (string Name, string? Schema, MappingEvidence Evidence, MappingSite Site)> tables)
    {
        var named = new Dictionary<TypeName, (string? Name, string? Schema, int Offset)>();
        foreach (var call in assembly.Trace(owner.Method).Calls)
        {
            if (call.Method.TypeFullName != EntityBuilder || call.Method.DeclaringType.Arguments is not [var entityUse] || call.Arguments is not [_, TextValue { Constant: { } text }, ..])
            {
                continue;
            }

            var entity = entityUse.Type;
            var (name, schema, offset) = named.GetValueOrDefault(entity);
            named[entity] = call.Method.Name switch
            {
                "HasTableName" => (text, schema, call.Offset),
                "HasSchemaName" => (name, text, name is null ? call.Offset : offset),
                _ => (name, schema, offset),
            };
        }

        foreach (var (entity, (name, schema, offset)) in named)
        {
            var previous = tables.GetValueOrDefault(entity);
            var table = name ?? previous.Name ?? entity.OwnName;
            var written = schema is null ? $"HasTableName(\"{table}\")" : $"HasTableName(\"{table}\").HasSchemaName(\"{schema}\")";
            tables[entity] = (table, schema ?? previous.Schema, MappingEvidence.Of($"Entity<{entity.DisplayName}>().{written} in {owner.Type.DisplayName}.{owner.Member} (linq2db)"),
                new MappingSite(assembly.Path, CodeAnchor.ForMethod(owner.TypeToken, owner.MethodToken, offset)));
        }
    }

    /// <summary>Whether a type is the framework's or a package's rather than the code base's: none of those is read as a row.</summary>
    private static bool IsFramework(TypeName type) =>
        type.Namespace == "System" || type.Namespace.StartsWith("System.", StringComparison.Ordinal) || type.Namespace.StartsWith("Microsoft.", StringComparison.Ordinal)
        || type.Namespace.StartsWith("LinqToDB", StringComparison.Ordinal);
}
