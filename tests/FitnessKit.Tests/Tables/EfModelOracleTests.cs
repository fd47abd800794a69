using System.Collections.Concurrent;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>The EF Core oracle on each Data subject: the tables EF Core itself maps, which the static extraction must agree with.</summary>
public sealed class EfModelOracleTests
{
    private const string SalesContext = "FitnessKit.Subjects.Data.Sales.SalesDbContext";
    private const string SupportContext = "FitnessKit.Subjects.Data.Support.SupportDbContext";
    private const string LegacyContext = "FitnessKit.Subjects.Data.Legacy.LegacyDbContext";
    private const string IdentityContext = "FitnessKit.Subjects.Data.Identity.AppDbContext";
    private const string CatalogContext = "FitnessKit.Subjects.Data.Catalog.CatalogDbContext";
    private const string AuditEntry = "FitnessKit.Subjects.Data.Outbox.AuditEntry";
    private const string OutboxRecord = "FitnessKit.Subjects.Data.Outbox.OutboxRecord";

    private const string InboxRecord = "FitnessKit.Subjects.Data.Outbox.InboxRecord";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<OracleTable>> Cache = new(StringComparer.Ordinal);

    /// <summary>Building a model takes a while: each subject is read once per test run.</summary>
    private static IReadOnlyList<OracleTable> Tables(string subject) =>
        Cache.GetOrAdd("FitnessKit.Subjects.Data." + subject, name => EfModelOracle.Read(EfModelOracle.SubjectPath(name)));

    private static OracleTable Table(string context, string entity, string? schema, string name) =>
        new(context, entity, schema, name, IsView: false, IsOwned: false, IsJoin: false);

    public sealed class Sales
    {
        private const string Entities = "FitnessKit.Subjects.Data.Sales.";

        [Fact]
        public void Maps_every_shape_into_the_default_schema_unless_the_mapping_names_another()
        {
            Tables("Sales").Should().Equal(
                Table(SalesContext, Entities + "Invoice", "billing", "Invoices"),
                Table(SalesContext, AuditEntry, "ops", "AuditLog"),
                Table(SalesContext, Entities + "Quote", "quotes", "Quotes"),
                Table(SalesContext, Entities + "CustomerNote", "sales", "CustomerNotes"),
                Table(SalesContext, Entities + "Customer", "sales", "Customers"),
                Table(SalesContext, Entities + "Address", "sales", "OrderAddresses") with { IsOwned = true },
                Table(SalesContext, Entities + "OrderLine", "sales", "OrderLines") with { IsOwned = true },
                Table(SalesContext, Entities + "Order", "sales", "Orders"),
                Table(SalesContext, OutboxRecord, "sales", "OutboxMessages"),
                Table(SalesContext, "ProductTag", "sales", "ProductTag") with { IsJoin = true },
                Table(SalesContext, Entities + "Product", "sales", "Products"),
                Table(SalesContext, Entities + "SalesSummary", "sales", "SalesSummaryView") with { IsView = true },
                Table(SalesContext, Entities + "Tag", "sales", "Tags"),
                Table(SalesContext, InboxRecord, "sales_inbox", "InboxMessages"));
        }

        [Fact]
        public void Names_the_join_table_of_a_convention_many_to_many_after_both_entities_in_the_default_schema()
        {
            Tables("Sales").Where(t => t.IsJoin).Should().ContainSingle()
                .Which.Should().Be(new OracleTable(SalesContext, "ProductTag", "sales", "ProductTag", IsView: false, IsOwned: false, IsJoin: true));
        }

        [Fact]
        public void Puts_owned_types_with_a_table_of_their_own_in_the_default_schema_not_the_owners_table()
        {
            Tables("Sales").Where(t => t.IsOwned).Select(t => t.QualifiedName).Should().Equal("sales.OrderAddresses", "sales.OrderLines");
        }
    }

    public sealed class Support
    {
        [Fact]
        public void Maps_its_own_tables_in_the_support_schema_and_the_audit_log_in_ops()
        {
            Tables("Support").Should().Equal(
                Table(SupportContext, AuditEntry, "ops", "AuditLog"),
                Table(SupportContext, "FitnessKit.Subjects.Data.Support.Customer", "support", "Customers"),
                Table(SupportContext, OutboxRecord, "support", "OutboxMessages"),
                Table(SupportContext, "FitnessKit.Subjects.Data.Support.Ticket", "support", "Tickets"),
                Table(SupportContext, InboxRecord, "support_inbox", "InboxMessages"));
        }

        [Fact]
        public void Maps_the_same_table_names_as_Sales_in_another_schema_as_different_tables()
        {
            var twins = Tables("Sales").Concat(Tables("Support")).Where(t => t.Name is "Customers" or "OutboxMessages");

            twins.Select(t => (t.DbContext, t.QualifiedName)).Should().BeEquivalentTo(
            [
                (SalesContext, "sales.Customers"), (SupportContext, "support.Customers"),
                (SalesContext, "sales.OutboxMessages"), (SupportContext, "support.OutboxMessages"),
            ]);
        }

        [Fact]
        public void Maps_the_same_ops_AuditLog_table_as_Sales()
        {
            var auditLog = Tables("Sales").Concat(Tables("Support")).Where(t => t.QualifiedName == "ops.AuditLog");

            auditLog.Select(t => (t.DbContext, t.Entity)).Should().BeEquivalentTo([(SalesContext, AuditEntry), (SupportContext, AuditEntry)]);
        }
    }

    public sealed class Legacy
    {
        [Fact]
        public void Reports_no_schema_where_neither_the_mapping_nor_the_model_names_one()
        {
            Tables("Legacy").Should().Equal(
                Table(LegacyContext, "FitnessKit.Subjects.Data.Legacy.Setting", null, "Settings"),
                Table(LegacyContext, "FitnessKit.Subjects.Data.Legacy.LegacyOrder", "sales", "Orders"));
        }

        [Fact]
        public void Maps_the_same_sales_Orders_table_as_Sales_with_a_class_of_its_own()
        {
            var orders = Tables("Sales").Concat(Tables("Legacy")).Where(t => t.QualifiedName == "sales.Orders");

            orders.Select(t => (t.DbContext, t.Entity)).Should().BeEquivalentTo(
                [(SalesContext, "FitnessKit.Subjects.Data.Sales.Order"), (LegacyContext, "FitnessKit.Subjects.Data.Legacy.LegacyOrder")]);
        }
    }

    public sealed class Identity
    {
        private const string Package = "Microsoft.AspNetCore.Identity.";
        private const string OpenIddict = "OpenIddict.EntityFrameworkCore.Models.";

        [Fact]
        public void Attributes_the_tables_the_generic_base_context_maps_to_the_derived_context()
        {
            Tables("Identity").Should().Equal(
                Table(IdentityContext, Package + "IdentityRoleClaim`1<System.String>", null, "AspNetRoleClaims"),
                Table(IdentityContext, Package + "IdentityRole", null, "AspNetRoles"),
                Table(IdentityContext, Package + "IdentityUserClaim`1<System.String>", null, "AspNetUserClaims"),
                Table(IdentityContext, Package + "IdentityUserLogin`1<System.String>", null, "AspNetUserLogins"),
                Table(IdentityContext, Package + "IdentityUserRole`1<System.String>", null, "AspNetUserRoles"),
                Table(IdentityContext, Package + "IdentityUserToken`1<System.String>", null, "AspNetUserTokens"),
                Table(IdentityContext, "FitnessKit.Subjects.Data.Identity.AppUser", null, "AspNetUsers"),
                Table(IdentityContext, OpenIddict + "OpenIddictEntityFrameworkCoreApplication", null, "OpenIddictApplications"),
                Table(IdentityContext, OpenIddict + "OpenIddictEntityFrameworkCoreAuthorization", null, "OpenIddictAuthorizations"),
                Table(IdentityContext, OpenIddict + "OpenIddictEntityFrameworkCoreScope", null, "OpenIddictScopes"),
                Table(IdentityContext, OpenIddict + "OpenIddictEntityFrameworkCoreToken", null, "OpenIddictTokens"),
                Table(IdentityContext, "FitnessKit.Subjects.Data.Identity.Session", null, "Sessions"));
        }

        [Fact]
        public void Maps_the_application_user_to_AspNetUsers_a_name_its_assembly_never_writes()
        {
            Tables("Identity").Should().ContainSingle(t => t.Name == "AspNetUsers")
                .Which.Entity.Should().Be("FitnessKit.Subjects.Data.Identity.AppUser");
        }
    }

    public sealed class Catalog
    {
        [Fact]
        public void Attributes_ModuleSettings_from_its_generic_base_context_to_the_concrete_context()
        {
            Tables("Catalog").Should().Equal(
                Table(CatalogContext, "FitnessKit.Subjects.Data.Catalog.Brand", null, "Brand"),
                Table(CatalogContext, "FitnessKit.Subjects.Data.Catalog.ModuleSetting", null, "ModuleSettings"),
                Table(CatalogContext, "FitnessKit.Subjects.Data.Catalog.Product", null, "Products"),
                Table(CatalogContext, "FitnessKit.Subjects.Data.Catalog.Category", null, "categories"));
        }
    }

    public sealed class Outbox
    {
        [Fact]
        public void Finds_no_tables_in_a_library_that_maps_tables_only_into_other_assemblies_contexts()
        {
            Tables("Outbox").Should().BeEmpty();
        }
    }
}
