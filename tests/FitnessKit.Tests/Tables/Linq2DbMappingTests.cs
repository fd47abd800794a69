using System.Reflection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using LinqToDB.Mapping;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The tables the Invoicing subject maps with linq2db, held to linq2db's own mapping schema: the one its connection
/// uses (<c>InvoicingMappings.Build()</c>, run here in the test process), asked for the table of each class FitnessKit
/// says is mapped (one of them in the context's domain assembly, which knows nothing of linq2db) and of each class with
/// <c>[Table]</c>.
/// </summary>
public sealed class Linq2DbMappingTests
{
    private const string Subject = DataSubjects.Prefix + ".Invoicing";

    [Fact]
    public void Maps_each_class_to_the_table_linq2db_maps_it_to()
    {
        var loaded = Assembly.LoadFrom(Repository.Subject(Subject));
        var domain = Assembly.LoadFrom(Repository.Subject(Subject + ".Domain"));
        var schema = (MappingSchema)loaded.GetType($"{Subject}.Persistence.InvoicingMappings", throwOnError: true)!.GetMethod("Build")!.Invoke(null, null)!;
        var found = DataSubjects.Tables.Mappings
            .Where(m => m.DbContext.Assembly is Subject or Subject + ".Domain")
            .Select(m => (m.Entity.FullName, Schema: m.Table.SchemaIsDefault ? null : m.Table.Schema, m.Table.Name))
            .OrderBy(r => r.FullName, StringComparer.Ordinal)
            .ToList();
        var attributed = loaded.GetTypes().Where(t => t.GetCustomAttribute<TableAttribute>() is not null).Select(t => t.FullName!).ToList();

        var oracle = found.Select(r => loaded.GetType(r.FullName) ?? domain.GetType(r.FullName, throwOnError: true)!)
            .Select(t => schema.GetEntityDescriptor(t))
            .Select(d => (d.ObjectType.FullName!, Schema: string.IsNullOrEmpty(d.Name.Schema) ? null : d.Name.Schema, d.Name.Name))
            .ToList();

        found.Should().HaveCount(6, "Invoicing maps its invoices, open invoices and Sales' invoices by [Table], payments fluently, and reminders and its domain's credit notes by the class's name")
            .And.Equal(oracle);
        found.Select(r => r.FullName).Should().Contain(attributed);
        DataSubjects.Tables.Mappings.Where(m => m.DbContext.Assembly == Subject && m.Kind == TableMappingKind.View).Select(m => m.Entity.FullName)
            .Should().Equal(attributed.Where(a => loaded.GetType(a)!.GetCustomAttribute<TableAttribute>()!.IsView), "linq2db's attribute says which are views");
    }

    [Fact]
    public void Says_where_each_mapping_is_and_how_it_was_read()
    {
        var mappings = DataSubjects.Tables.Mappings.Where(m => m.DbContext.Assembly == Subject).ToDictionary(m => m.Entity.Name);

        mappings["PaymentRow"].Evidence.Should().Be($"Entity<{Subject}.Persistence.PaymentRow>().HasTableName(\"payments\").HasSchemaName(\"invoicing\") in {Subject}.Persistence.InvoicingMappings.Build (linq2db)");
        mappings["PaymentRow"].Location!.ToString().Should().EndWith("InvoicingMappings.cs:11");
        mappings["ReminderLog"].Evidence.Should().StartWith($"GetTable<{Subject}.Persistence.ReminderLog>() in {Subject}.Persistence.InvoicingConnection.Reminders");
        mappings["InvoiceRow"].Evidence.Should().Be($"[Table(\"invoices\", Schema = \"invoicing\")] on {Subject}.Persistence.InvoiceRow (linq2db)");
        DataSubjects.Tables.Find(mappings["InvoiceRow"].Table)!.Owner.Should().Be("Invoicing");
    }
}
