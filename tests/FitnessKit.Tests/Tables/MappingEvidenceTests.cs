using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// A mapping read from a model keeps what its evidence names and writes the phrase when read: it must read as the
/// phrase did, and a mapping given the same phrase whole must be equal to it.
/// </summary>
public sealed class MappingEvidenceTests
{
    private const string Sales = DataSubjects.Prefix + ".Sales";

    [Fact]
    public void A_table_named_by_a_DbSet_reads_the_property_the_entity_and_the_DbContext()
    {
        var customers = DataSubjects.Tables.Mappings.Single(m => m.DbContext.FullName == $"{Sales}.SalesDbContext" && m.Entity.FullName == $"{Sales}.Customer");

        customers.Evidence.Should().Be($"DbSet<{Sales}.Customer> Customers of {Sales}.SalesDbContext");
    }

    [Fact]
    public void A_table_named_after_its_type_reads_how_the_entity_was_mapped_and_so()
    {
        const string Catalog = DataSubjects.Prefix + ".Catalog";
        var brand = DataSubjects.Tables.Mappings.Single(m => m.Entity.FullName == $"{Catalog}.Brand");

        brand.Evidence.Should().Be($"ModelBuilder.Entity<{Catalog}.Brand>() in {Catalog}.CatalogDbContext.OnModelCreating; table named after the type");
    }

    [Fact]
    public void Every_mapping_read_equals_the_same_mapping_given_its_evidence_as_a_phrase()
    {
        var mappings = DataSubjects.Tables.Mappings.ToList();
        mappings.Should().Contain(m => m.Evidence.StartsWith("DbSet<", StringComparison.Ordinal))
            .And.Contain(m => m.Evidence.EndsWith("; table named after the type", StringComparison.Ordinal));

        foreach (var mapping in mappings)
        {
            var written = mapping with { Evidence = mapping.Evidence };

            written.Should().Be(mapping);
            written.GetHashCode().Should().Be(mapping.GetHashCode());
            (mapping with { Evidence = mapping.Evidence + "." }).Should().NotBe(mapping);
        }
    }
}
