using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>Where the code says each DbContext connects: in its OnConfiguring, in the lambda AddDbContext is given, and by an Aspire integration.</summary>
public sealed class DbContextConnectionsTests
{
    [Fact]
    public void Reads_the_database_of_a_literal_connection_string_in_OnConfiguring_and_nothing_of_an_in_memory_one()
    {
        var connections = Read(DataSubjects.Report.Model.CodeBase);

        connections[Name("FitnessKit.Subjects.Data.Sales", "FitnessKit.Subjects.Data.Sales", "SalesDbContext")].Should().Equal(
            new DatabaseEvidence("subjects", "UseNpgsql(\"...Database=subjects...\") in FitnessKit.Subjects.Data.Sales.SalesDbContext.OnConfiguring"));
        connections[Name("FitnessKit.Subjects.Data.Dispatch", "FitnessKit.Subjects.Data.Dispatch.Persistence", "DispatchDbContext")].Single().Database.Should().Be("subjects");
        connections.Should().NotContainKey(Name("FitnessKit.Subjects.Data.Catalog", "FitnessKit.Subjects.Data.Catalog", "CatalogDbContext"), "Data Source=:memory: names no file");
    }

    [Fact]
    public void Reads_the_connection_a_registration_names_in_its_lambda_and_the_one_an_Aspire_integration_registers()
    {
        var connections = Read(CodeBase.Load(AssemblySource.Folder(LayoutSubjects.Output(LayoutSubjects.Microservices))));

        connections[Name("Ordering.Infrastructure", "Ordering.Infrastructure", "OrderingContext")].Should().Equal(new DatabaseEvidence(
            "OrderingDb", "UseSqlServer(GetConnectionString(\"OrderingDb\")) in AddDbContext<Ordering.Infrastructure.OrderingContext> in Ordering.API.Registration.AddOrderingData"));
        connections[Name("Catalog.API", "Catalog.API.Infrastructure", "CatalogContext")].Should().Equal(new DatabaseEvidence(
            "catalogdb", "AddNpgsqlDbContext<Catalog.API.Infrastructure.CatalogContext>(\"catalogdb\") in Catalog.API.Program.Main"));
    }

    [Theory]
    [InlineData("Server=.;Database=OrderingDb;User Id=sa;Password=secret", false, "OrderingDb", "Database=OrderingDb")]
    [InlineData("Data Source=db.local;Initial Catalog=Billing;Integrated Security=true", false, "Billing", "Initial Catalog=Billing")]
    [InlineData("Host=localhost; database = \"catalog\" ;Pwd=x", false, "catalog", "database=catalog")]
    [InlineData("Name=ConnectionStrings:Shipping", false, "Shipping", "Name=ConnectionStrings:Shipping")]
    [InlineData("Data Source=data/orders.db", true, "orders", "Data Source=data/orders.db")]
    [InlineData("Data Source=db.local;User Id=sa;Password=secret", false, null, null)]
    [InlineData("Data Source=:memory:", true, null, null)]
    [InlineData("not a connection string", false, null, null)]
    public void Reads_the_database_a_connection_string_names_and_shows_no_other_pair(string text, bool sqlite, string? database, string? pair)
    {
        var found = ConnectionStrings.DatabaseOf(text, sqlite);

        found.Should().Be(database is null ? null : (database, pair!));
    }

    private static IReadOnlyDictionary<TypeName, IReadOnlyList<DatabaseEvidence>> Read(CodeBase codeBase)
    {
        var dbContexts = PersistenceCatalog.Build(codeBase).Types.Where(t => t.Kind == PersistenceKind.DbContext).Select(t => t.Type).ToHashSet();
        return DbContextConnections.Read(codeBase, codeBase.Assemblies.Where(a => a.IsFirstParty).Select(a => a.Name), dbContexts);
    }

    private static TypeName Name(string assembly, string @namespace, string name) => new(assembly, @namespace, name);
}
