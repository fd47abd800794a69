// Scenario: a dependency of the type itself (its base type) points at the declaration line (line 9), below the
// attribute, not at the type's first member.
using FitnessKit.Subjects.Output.Catalog.Storage;

namespace FitnessKit.Subjects.Output.Catalog.Scenarios;

/// <summary>Products on a shelf, kept in Catalog's repository.</summary>
[System.ComponentModel.Description("products")]
public sealed class ProductShelf
    : Repository<ProductRecord, int>
{
    public int Count()
    {
        return 0;
    }
}
