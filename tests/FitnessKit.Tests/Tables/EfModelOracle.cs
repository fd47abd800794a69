using System.Reflection;
using FitnessKit.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// EF Core as the oracle of the table model: loads a compiled subject into the test process, builds the model of every
/// concrete DbContext in it (each configures its provider in OnConfiguring and opens no connection) and lists the tables
/// and views that model maps. Only the tests run subject code this way; FitnessKit itself only reads the files.
/// </summary>
internal static class EfModelOracle
{
    /// <summary>Gets the path of a compiled subject, such as <c>FitnessKit.Subjects.Data.Sales</c>.</summary>
    public static string SubjectPath(string assemblyName) => Repository.Subject(assemblyName);

    /// <summary>Reads every table and view mapped by the concrete DbContexts of the assembly at <paramref name="subjectAssemblyPath"/>.</summary>
    public static IReadOnlyList<OracleTable> Read(string subjectAssemblyPath)
    {
        // The test project references the same EF Core, Npgsql and Identity packages, so the subject's types unify with ours.
        var assembly = Assembly.LoadFrom(subjectAssemblyPath);
        return
        [
            .. DbContextTypes(assembly)
                .SelectMany(Tables)
                .OrderBy(t => t.DbContext, StringComparer.Ordinal)
                .ThenBy(t => t.Schema, StringComparer.Ordinal)
                .ThenBy(t => t.Name, StringComparer.Ordinal)
                .ThenBy(t => t.Entity, StringComparer.Ordinal),
        ];
    }

    /// <summary>Reads every database function the concrete DbContexts of the assembly at <paramref name="subjectAssemblyPath"/> map.</summary>
    public static IReadOnlyList<(string DbContext, string? Schema, string Name)> Functions(string subjectAssemblyPath) =>
    [
        .. DbContextTypes(Assembly.LoadFrom(subjectAssemblyPath))
            .SelectMany(contextType =>
            {
                using var context = (DbContext)Activator.CreateInstance(contextType, nonPublic: true)!;
                return context.GetService<IDesignTimeModel>().Model.GetDbFunctions().Select(f => (contextType.FullName!, f.Schema, f.Name)).ToList();
            })
            .Order(),
    ];

    private static IEnumerable<Type> DbContextTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters);

    private static List<OracleTable> Tables(Type contextType)
    {
        using var context = Create(contextType);
        // The design-time model: the read-optimized one drops what only migrations need, a temporal table's history table among it.
        var model = context.GetService<IDesignTimeModel>().Model;
        var joins = model.GetEntityTypes().SelectMany(e => e.GetSkipNavigations()).Select(s => s.JoinEntityType).ToHashSet();
        var tables = new List<OracleTable>();
        foreach (var entity in model.GetEntityTypes())
        {
            // A join's property bag is named by its entity type; a type owned through several navigations, one entity type
            // for each (Dock.Gates#PostalAddress), by its class, as FitnessKit names the entity of each of its mappings.
            var name = entity.HasSharedClrType && !entity.IsOwned() ? entity.Name : ClrName(entity.ClrType);
            if (entity.GetTableName() is { } table)
            {
                tables.Add(new OracleTable(contextType.FullName!, name, entity.GetSchema(), table, IsView: false, entity.IsOwned(), joins.Contains(entity)));
            }

            // A temporal table's history table, which SQL Server fills and SQL reads like any other table.
            if (entity.IsTemporal() && entity.GetHistoryTableName() is { } history)
            {
                tables.Add(new OracleTable(contextType.FullName!, name, entity.GetHistoryTableSchema(), history, IsView: false, entity.IsOwned(), joins.Contains(entity)));
            }

            if (entity.GetViewName() is { } view)
            {
                tables.Add(new OracleTable(contextType.FullName!, name, entity.GetViewSchema(), view, IsView: true, entity.IsOwned(), joins.Contains(entity)));
            }

            // Entity splitting: the tables and views SplitToTable and SplitToView put some of the entity's columns in.
            foreach (var fragment in entity.GetMappingFragments(StoreObjectType.Table).Concat(entity.GetMappingFragments(StoreObjectType.View)))
            {
                var store = fragment.StoreObject;
                tables.Add(new OracleTable(contextType.FullName!, name, store.Schema, store.Name, store.StoreObjectType == StoreObjectType.View, entity.IsOwned(), joins.Contains(entity)));
            }
        }

        return tables;
    }

    /// <summary>
    /// Creates a DbContext as its application would: one that configures itself in OnConfiguring with its parameterless
    /// constructor, one that takes <c>DbContextOptions&lt;T&gt;</c> (a layout's, registered by its host) with SQL Server
    /// options, as its host gives them. Building the model opens no connection.
    /// </summary>
    private static DbContext Create(Type contextType)
    {
        if (contextType.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not null)
        {
            return (DbContext)Activator.CreateInstance(contextType, nonPublic: true)!;
        }

        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseSqlServer("Server=oracle;Database=oracle");
        return (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }

    /// <summary>The full name, with generic arguments written as Mono.Cecil writes them: <c>IdentityUserClaim`1&lt;System.String&gt;</c>.</summary>
    private static string ClrName(Type type) =>
        type.IsConstructedGenericType
            ? $"{type.GetGenericTypeDefinition().FullName}<{string.Join(",", type.GenericTypeArguments.Select(ClrName))}>"
            : type.FullName!;
}
