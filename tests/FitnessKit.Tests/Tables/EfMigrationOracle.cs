using System.Reflection;
using FitnessKit.Tables;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// EF Core as the oracle of what a migration does to tables: loads a compiled subject into the test process, creates
/// each migration and asks it for the operations of its <c>Up</c> and <c>Down</c> (as <c>dotnet ef</c> does before it
/// writes any SQL; nothing connects to a database), and lists the tables each operation names. Only the tests run
/// subject code this way; FitnessKit itself only reads the files.
/// </summary>
internal static class EfMigrationOracle
{
    /// <summary>Every table each migration's <c>Up</c> and <c>Down</c> names, with what it does to it; its raw SQL left out.</summary>
    public static IReadOnlyList<MigrationTable> Read(string subjectAssemblyPath)
    {
        var tables = new List<MigrationTable>();
        foreach (var type in Assembly.LoadFrom(subjectAssemblyPath).GetTypes().Where(t => typeof(Migration).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var migration = (Migration)Activator.CreateInstance(type, nonPublic: true)!;
            foreach (var (member, operations) in new[] { ("Up", migration.UpOperations), ("Down", migration.DownOperations) })
            {
                tables.AddRange(operations.SelectMany(Tables).Select(t => new MigrationTable(type.FullName!, member, t.Schema, t.Table, t.Access)));
            }
        }

        return tables;
    }

    private static IEnumerable<(string? Schema, string Table, TableAccessKind Access)> Tables(MigrationOperation operation) => operation switch
    {
        SqlOperation => [],
        CreateTableOperation create => [(create.Schema, create.Name, TableAccessKind.Create), .. create.ForeignKeys.Select(k => (k.PrincipalSchema, k.PrincipalTable, TableAccessKind.Read))],
        AddForeignKeyOperation key => [(key.Schema, key.Table, TableAccessKind.Write), (key.PrincipalSchema, key.PrincipalTable, TableAccessKind.Read)],
        DropTableOperation drop => [(drop.Schema, drop.Name, TableAccessKind.Write)],
        RenameTableOperation rename => [(rename.Schema, rename.Name, TableAccessKind.Write)],
        CreateIndexOperation index => [(index.Schema, index.Table, TableAccessKind.Write)],
        AddColumnOperation column => [(column.Schema, column.Table, TableAccessKind.Write)],
        AlterColumnOperation column => [(column.Schema, column.Table, TableAccessKind.Write)],
        DropColumnOperation column => [(column.Schema, column.Table, TableAccessKind.Write)],
        RenameColumnOperation column => [(column.Schema, column.Table, TableAccessKind.Write)],
        DropForeignKeyOperation key => [(key.Schema, key.Table, TableAccessKind.Write)],
        DropIndexOperation index => [(index.Schema, index.Table!, TableAccessKind.Write)],
        AddPrimaryKeyOperation key => [(key.Schema, key.Table, TableAccessKind.Write)],
        AddUniqueConstraintOperation key => [(key.Schema, key.Table, TableAccessKind.Write)],
        AlterTableOperation table => [(table.Schema, table.Name, TableAccessKind.Write)],
        InsertDataOperation insert => [(insert.Schema, insert.Table, TableAccessKind.Write)],
        UpdateDataOperation update => [(update.Schema, update.Table, TableAccessKind.Write)],
        DeleteDataOperation delete => [(delete.Schema, delete.Table, TableAccessKind.Write)],
        _ => throw new InvalidOperationException($"the oracle does not know {operation.GetType().Name}"),
    };
}
