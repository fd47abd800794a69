using FitnessKit.Cli.Proposals;
using FitnessKit.Model;
using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary>When <c>fitnesskit init</c> names a context's database: only where contexts connect to databases that differ, and each context's DbContexts agree.</summary>
public sealed class ProposedDatabasesTests
{
    private static readonly TypeName Orders = new("Shop.Orders", "Shop.Orders", "OrdersDbContext");
    private static readonly TypeName OrdersArchive = new("Shop.Orders", "Shop.Orders", "ArchiveDbContext");
    private static readonly TypeName Billing = new("Shop.Billing", "Shop.Billing", "BillingDbContext");

    [Fact]
    public void Names_the_database_of_each_context_when_they_differ()
    {
        var databases = ProposedDatabases.Decide(
            Contexts(("Orders", [Orders, OrdersArchive]), ("Billing", [Billing])),
            Evidence((Orders, "ordersdb"), (OrdersArchive, "OrdersDB"), (Billing, "billingdb")));

        databases.Keys.Should().BeEquivalentTo("Orders", "Billing");
        databases["Orders"].Database.Should().Be("ordersdb");
        databases["Orders"].Reason.Should().Be("Shop.Orders.OrdersDbContext connects by where ordersdb; Shop.Orders.ArchiveDbContext connects by where OrdersDB");
    }

    [Fact]
    public void Names_none_when_every_context_connects_to_one_database()
    {
        ProposedDatabases.Decide(Contexts(("Orders", [Orders]), ("Billing", [Billing])), Evidence((Orders, "shop"), (Billing, "Shop")))
            .Should().BeEmpty();
    }

    [Fact]
    public void Names_none_for_a_context_whose_DbContexts_disagree_or_say_nothing()
    {
        ProposedDatabases.Decide(Contexts(("Orders", [Orders, OrdersArchive]), ("Billing", [Billing])), Evidence((Orders, "ordersdb"), (OrdersArchive, "archivedb"), (Billing, "billingdb")))
            .Should().BeEmpty("Orders connects to two databases, so only Billing is left, and one context alone names none");
        ProposedDatabases.Decide(Contexts(("Orders", [Orders, OrdersArchive]), ("Billing", [Billing])), Evidence((Orders, "ordersdb"), (Billing, "billingdb")))
            .Should().BeEmpty("the archive's DbContext says nothing of where it connects");
    }

    [Fact]
    public void Names_the_database_a_context_without_DbContexts_connects_its_SQL_to_when_its_assemblies_agree()
    {
        var dataSources = new Dictionary<string, IReadOnlyList<DatabaseEvidence>>
        {
            ["Shipping"] = [new DatabaseEvidence("shipping_db", "new MySqlConnection(GetConnectionString(\"shipping_db\"))")],
            ["Reporting"] = [new DatabaseEvidence("reports", "a"), new DatabaseEvidence("warehouse", "b")],
        };

        var databases = ProposedDatabases.Decide(Contexts(("Orders", [Orders]), ("Shipping", []), ("Reporting", [])), Evidence((Orders, "orders_db")), dataSources);

        databases.Keys.Should().BeEquivalentTo(["Orders", "Shipping"], "Reporting's SQL connects to two databases");
        databases["Shipping"].Should().Be(("shipping_db", "its SQL connects by new MySqlConnection(GetConnectionString(\"shipping_db\"))"));
    }

    private static Dictionary<string, IReadOnlyList<TypeName>> Contexts(params (string Name, TypeName[] DbContexts)[] contexts) =>
        contexts.ToDictionary(c => c.Name, c => (IReadOnlyList<TypeName>)c.DbContexts);

    private static Dictionary<TypeName, IReadOnlyList<DatabaseEvidence>> Evidence(params (TypeName DbContext, string Database)[] evidence) =>
        evidence.ToDictionary(e => e.DbContext, e => (IReadOnlyList<DatabaseEvidence>)[new DatabaseEvidence(e.Database, "where " + e.Database)]);
}
