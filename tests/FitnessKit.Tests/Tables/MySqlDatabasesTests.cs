using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// MySQL, whose schema is a database: Orders and Shipping each in a database of their own on one server
/// (FitnessKit.Subjects.MySql.*), where <c>orders_db.Orders</c> reads Orders' database. In a map that names the
/// databases, the first part of such a name is the database; in a map that names none, a schema, as before.
/// </summary>
public sealed class MySqlDatabasesTests
{
    private const string Shipping = "FitnessKit.Subjects.MySql.Shipping.Scenarios.";

    private static readonly Lazy<CodeBase> Code = new(() => CodeBase.Load(AssemblySource.Files(
        Repository.Subject("FitnessKit.Subjects.MySql.Orders"), Repository.Subject("FitnessKit.Subjects.MySql.Shipping"))));

    [Fact]
    public void A_table_named_after_another_contexts_database_is_that_contexts_table()
    {
        var report = Evaluate(databases: true);

        report.Violations.Where(v => v.SourceType == Shipping + "JoinsTheOrdersDatabase").Select(v => (v.Rule.Id, v.TargetTable, v.TargetContext))
            .Should().BeEquivalentTo([("FK004", "orders_db..Orders", "Orders"), ("FK005", "orders_db..Orders, shipping_db..Shipments", "Orders")]);
        report.Tables!.Tables.Select(t => (t.Table.ToString(), t.Owner)).Should().BeEquivalentTo([("orders_db..Orders", "Orders"), ("shipping_db..Shipments", "Shipping")]);
    }

    [Fact]
    public void A_table_named_after_its_own_contexts_database_is_its_own()
    {
        var report = Evaluate(databases: true);

        report.Violations.Should().NotContain(v => v.SourceType == Shipping + "CountsShipmentsInItsOwnDatabase" || v.SourceType == Shipping + "ReadsItsOwnShipments");
        report.Violations.Should().NotContain(v => v.Rule.Id == "FK007");
    }

    [Fact]
    public void In_a_map_that_names_no_database_the_first_part_is_a_schema()
    {
        var report = Evaluate(databases: false);

        report.Tables!.Tables.Single(t => t.Table.ToString() == "orders_db.Orders").Owner.Should().BeNull("no context owns a schema orders_db");
        report.Violations.Where(v => v.SourceType == Shipping + "JoinsTheOrdersDatabase").Select(v => v.Rule.Id).Should().Equal("FK007");
    }

    private static FitnessReport Evaluate(bool databases)
    {
        var map = ContextMap.Define()
            .Context("Orders", c => Placed(c.Assemblies("FitnessKit.Subjects.MySql.Orders"), databases ? "orders_db" : null))
            .Context("Shipping", c => Placed(c.Assemblies("FitnessKit.Subjects.MySql.Shipping"), databases ? "shipping_db" : null))
            .Build();
        return FitnessCheck.Evaluate(Code.Value, map);
    }

    private static BoundedContextBuilder Placed(BoundedContextBuilder context, string? database) => database is null ? context : context.Database(database);
}
