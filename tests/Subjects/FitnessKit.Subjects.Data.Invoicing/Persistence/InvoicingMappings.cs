using LinqToDB.Mapping;

namespace FitnessKit.Subjects.Data.Invoicing.Persistence;

/// <summary>linq2db's fluent mapping: a table and its schema named for a class with no attribute.</summary>
internal static class InvoicingMappings
{
    public static MappingSchema Build()
    {
        var schema = new MappingSchema();
        new FluentMappingBuilder(schema)
            .Entity<PaymentRow>().HasTableName("payments").HasSchemaName("invoicing")
            .Build();
        return schema;
    }
}
