using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The SQL dialect of a DbContext's mappings comes from the provider its own assembly references, else from those of
/// its context's assemblies, else from the one provider the whole code base references. The Crowd subject's six
/// DbContexts reference no provider; Catalog references SQLite, Sales PostgreSQL.
/// </summary>
public sealed class ProviderDialectTests
{
    private const string Crowd = "FitnessKit.Subjects.Data.Crowd";
    private const string Catalog = "FitnessKit.Subjects.Data.Catalog";
    private const string Sales = "FitnessKit.Subjects.Data.Sales";

    [Fact]
    public void A_context_without_a_provider_of_its_own_takes_the_one_the_code_base_references()
    {
        var tables = Read([Crowd, Catalog], map => map.Context("Crowd", c => c.Assemblies(Crowd)).Context("Catalog", c => c.Assemblies(Catalog)));

        DialectsOf(tables, Crowd).Should().Equal(SqlDialectName.Sqlite);
        DialectsOf(tables, Catalog).Should().Equal(SqlDialectName.Sqlite);
    }

    [Fact]
    public void A_code_base_with_two_providers_tells_no_dialect_to_a_context_without_one()
    {
        var tables = Read([Crowd, Catalog, Sales], map => map
            .Context("Crowd", c => c.Assemblies(Crowd)).Context("Catalog", c => c.Assemblies(Catalog)).Context("Sales", c => c.Assemblies(Sales)));

        DialectsOf(tables, Crowd).Should().Equal(SqlDialectName.Unknown);
        DialectsOf(tables, Catalog).Should().Equal(SqlDialectName.Sqlite);
        DialectsOf(tables, Sales).Should().Equal(SqlDialectName.PostgreSql);
    }

    [Fact]
    public void A_provider_referenced_by_another_assembly_of_the_same_context_tells_its_dialect()
    {
        var tables = Read([Crowd, Catalog, Sales], map => map
            .Context("Sales", c => c.Assemblies(Crowd, Sales)).Context("Catalog", c => c.Assemblies(Catalog)));

        DialectsOf(tables, Crowd).Should().Equal(SqlDialectName.PostgreSql);
        DialectsOf(tables, Catalog).Should().Equal(SqlDialectName.Sqlite);
    }

    private static TableCatalog Read(string[] subjects, Func<ContextMapBuilder, ContextMapBuilder> define)
    {
        var codeBase = CodeBase.Load(AssemblySource.Files([.. subjects.Select(Repository.Subject)]));
        return TableCatalog.Build(define(ContextMap.Define()).Build().Resolve(codeBase));
    }

    /// <summary>The distinct dialects of the mappings of the DbContexts in one assembly; the assembly maps tables, so there is at least one.</summary>
    private static IReadOnlyList<SqlDialectName> DialectsOf(TableCatalog tables, string assembly)
    {
        var mappings = tables.Mappings.Where(m => m.DbContext.Assembly == assembly).ToList();
        mappings.Should().NotBeEmpty($"{assembly} maps tables");
        return [.. mappings.Select(m => m.Dialect).Distinct()];
    }
}
