using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The tables FitnessKit reads from compiled code, without running it, against EF Core's own model of the same
/// DbContexts (<see cref="EfModelOracle"/>): the same entity mapped to the same table in the same schema, for every
/// mapping shape of the Data subjects (DbSet names, ToTable, ToView, [Table], default schemas, owned types, configurations
/// applied one by one and from an assembly, mappings in extension methods and private helpers, generic base contexts in
/// a package, convention join tables; and in Fulfilment, join tables configured with UsingEntity, entity types reached
/// only through navigations, the three ways of mapping an inheritance hierarchy, and entity splitting; and in Returns,
/// an entity split into a table of another context; and in Dispatch, schemas a shared base DbContext takes from its
/// derived contexts' constructor arguments and overridden properties).
/// </summary>
public sealed class StaticModelAgreesWithEfCoreTests
{
    public static TheoryData<string> Subjects() => new("Sales", "Support", "Legacy", "Identity", "Catalog", "Reporting", "Fulfilment", "Returns", "Ledger", "Dispatch");

    [Theory]
    [MemberData(nameof(Subjects))]
    public void Maps_every_entity_to_the_table_EF_Core_maps_it_to(string subject)
    {
        var assembly = $"{DataSubjects.Prefix}.{subject}";
        var oracle = EfModelOracle.Read(EfModelOracle.SubjectPath(assembly))
            .Select(t => new Row(t.DbContext, WithoutTypeArguments(t.Entity), t.Schema, t.Name, t.IsView))
            .ToList();
        var found = DataSubjects.Tables.Mappings
            .Where(m => m.DbContext.Assembly == assembly)
            .Select(m => new Row(m.DbContext.FullName, m.Entity.FullName, m.Table.SchemaIsDefault ? null : m.Table.Schema, m.Table.Name, m.Kind == TableMappingKind.View))
            .ToList();

        oracle.Should().NotBeEmpty("EF Core maps tables for every subject");
        found.Where(r => !ReadOnEveryBranch.Contains(r.Table)).Should().BeEquivalentTo(oracle);
        oracle.Should().NotContain(r => ReadOnEveryBranch.Contains(r.Table), "those tables are left out of the comparison only because EF Core's run-time branch did not map them");
    }

    [Fact]
    public void Calls_every_database_function_EF_Core_maps()
    {
        // HasDbFunction with HasName and HasSchema, [DbFunction] on a method of the context, and ToFunction (Reporting's).
        var assemblies = new[] { "Sales", "Support", "Legacy", "Identity", "Catalog", "Reporting", "Fulfilment", "Returns", "Ledger", "Dispatch" }.Select(s => $"{DataSubjects.Prefix}.{s}").ToList();
        var oracle = assemblies.SelectMany(a => EfModelOracle.Functions(EfModelOracle.SubjectPath(a))).Order().ToList();
        var found = DataSubjects.Tables.Statements
            .Where(s => assemblies.Contains(s.SourceType.Assembly) && IsFunctionMapping(s.Api))
            .Select(s => (s.SourceType.FullName, s.Tables.Single().Table.SchemaIsDefault ? null : s.Tables.Single().Table.Schema, s.Tables.Single().Table.Name))
            .Order()
            .ToList();

        oracle.Should().HaveCountGreaterThanOrEqualTo(3, "Reporting maps three functions");
        found.Should().Equal(oracle);
    }

    private static bool IsFunctionMapping(string api) =>
        api.EndsWith(".HasDbFunction", StringComparison.Ordinal) || api.EndsWith(".ToFunction", StringComparison.Ordinal) || api.StartsWith("[DbFunction]", StringComparison.Ordinal);

    /// <summary>
    /// Tables that EF Core maps only on a branch chosen at run time, which a reading without running takes as mapped:
    /// Identity maps AspNetUserPasskeys only when its schema version option is 3, and the oracle's context is built
    /// without Identity's options.
    /// </summary>
    private static readonly HashSet<string> ReadOnEveryBranch = new(StringComparer.Ordinal) { "AspNetUserPasskeys" };

    private static string WithoutTypeArguments(string entity) => entity.IndexOf('<', StringComparison.Ordinal) is var at and >= 0 ? entity[..at] : entity;

    private sealed record Row(string DbContext, string Entity, string? Schema, string Table, bool IsView);
}
