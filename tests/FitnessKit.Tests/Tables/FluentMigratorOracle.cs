using System.Reflection;
using FitnessKit.Tables;
using FluentMigrator;
using FluentMigrator.Expressions;
using FluentMigrator.Infrastructure;
using FluentMigrator.Model;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// FluentMigrator as the oracle of what a migration does to tables: loads a compiled subject into the test process,
/// creates each migration and asks it for the expressions of its <c>Up</c> and <c>Down</c> (as FluentMigrator's
/// runner does before it writes any SQL; nothing connects to a database), and lists the tables each expression names.
/// Only the tests run subject code this way; FitnessKit itself only reads the files.
/// </summary>
internal static class FluentMigratorOracle
{
    /// <summary>Every table each migration's <c>Up</c> and <c>Down</c> names, with what it does to it.</summary>
    public static IReadOnlyList<MigrationTable> Read(string subjectAssemblyPath)
    {
        var tables = new List<MigrationTable>();
        foreach (var type in Assembly.LoadFrom(subjectAssemblyPath).GetTypes().Where(t => typeof(IMigration).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var migration = (IMigration)Activator.CreateInstance(type)!;
            foreach (var (member, expressions) in new[] { ("Up", Expressions(migration.GetUpExpressions)), ("Down", Expressions(migration.GetDownExpressions)) })
            {
                tables.AddRange(expressions.SelectMany(Tables).Select(t => new MigrationTable(type.FullName!, member, t.Schema, t.Table, t.Access)));
            }
        }

        return tables;
    }

    private static List<IMigrationExpression> Expressions(Action<IMigrationContext> collect)
    {
        var context = new CollectingContext();
        collect(context);
        return [.. context.Expressions];
    }

    private static IEnumerable<(string? Schema, string Table, TableAccessKind Access)> Tables(IMigrationExpression expression) => expression switch
    {
        ExecuteSqlStatementExpression or CreateSchemaExpression or DeleteSchemaExpression => [],
        IForeignKeyExpression { ForeignKey: var key } => Named(key.ForeignTableSchema, key.ForeignTable, TableAccessKind.Write).Concat(Named(key.PrimaryTableSchema, key.PrimaryTable, TableAccessKind.Read)),
        IIndexExpression { Index: IndexDefinition index } => Named(index.SchemaName, index.TableName, TableAccessKind.Write),
        CreateTableExpression create => Named(create.SchemaName, create.TableName, TableAccessKind.Create),
        RenameTableExpression rename => Named(rename.SchemaName, rename.OldName, TableAccessKind.Write),
        ISchemaExpression { SchemaName: var schema } and IColumnsExpression { TableName: var table } => Named(schema, table, TableAccessKind.Write),
        _ when expression.GetType().GetProperty("TableName")?.GetValue(expression) is string table =>
            Named(expression.GetType().GetProperty("SchemaName")?.GetValue(expression) as string, table, TableAccessKind.Write),
        _ => throw new InvalidOperationException($"the oracle does not know {expression.GetType().Name}"),
    };

    private static IEnumerable<(string?, string, TableAccessKind)> Named(string? schema, string? table, TableAccessKind access) =>
        table is null ? [] : [(string.IsNullOrEmpty(schema) ? null : schema, table, access)];

    /// <summary>A migration context that only keeps the expressions a migration adds.</summary>
    private sealed class CollectingContext : IMigrationContext
    {
        public ICollection<IMigrationExpression> Expressions { get; set; } = new List<IMigrationExpression>();

        public IQuerySchema QuerySchema => throw new NotSupportedException("the oracle's migrations do not query the schema");

        public IServiceProvider ServiceProvider => throw new NotSupportedException("the oracle's migrations need no services");

        public string Connection { get; set; } = string.Empty;
    }
}
