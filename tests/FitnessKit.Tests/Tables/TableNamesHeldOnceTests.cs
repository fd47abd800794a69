using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// A catalog holds each table's name once for all the mappings of that table, whichever context's model named it, and
/// lets go of the compiled site each mapping was located from: over a thousand contexts that map the same tables, the
/// names and sites were held once per mapping.
/// </summary>
public sealed class TableNamesHeldOnceTests
{
    [Fact]
    public void Mappings_of_one_table_by_several_models_share_its_name()
    {
        var shared = DataSubjects.Tables.Mappings
            .GroupBy(m => m.Table)
            .Where(g => g.Select(m => m.DbContext).Distinct().Count() > 1)
            .ToList();

        shared.Should().NotBeEmpty("the data subjects map some tables from two DbContexts");
        foreach (var mappings in shared)
        {
            mappings.Select(m => m.Table).Distinct(ReferenceEqualityComparer.Instance).Should().ContainSingle($"every mapping of {mappings.Key} names it with the one name the catalog holds");
        }
    }

    [Fact]
    public void A_mapping_in_the_catalog_keeps_its_location_not_the_site_it_was_read_from()
    {
        var mappings = DataSubjects.Tables.Mappings.ToList();

        mappings.Should().Contain(m => m.Location != null);
        mappings.Should().OnlyContain(m => m.Site == null);
    }
}
