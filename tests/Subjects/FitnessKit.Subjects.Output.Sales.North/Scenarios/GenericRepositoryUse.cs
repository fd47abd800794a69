// Scenario: Sales uses Catalog's open generic repository: the message names it Repository<TEntity, TKey>.
using FitnessKit.Subjects.Output.Catalog.Scenarios;
using FitnessKit.Subjects.Output.Catalog.Storage;

namespace FitnessKit.Subjects.Output.Sales.Scenarios;

public sealed class StockReader
{
    public ProductRecord? Read(Repository<ProductRecord, int> products) => products.Find(1);
}
