using System.Reflection;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Microsoft.Azure.Cosmos;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The Azure Cosmos DB containers the Preferences subject asks for, held to the SDK's own: the subject's store made
/// here with a client that opens no connection until an operation runs, its container asked for its id and its
/// database's.
/// </summary>
public sealed class CosmosContainerTests
{
    private const string Subject = DataSubjects.Prefix + ".Preferences";

    // The emulator's well-known key: a client needs a key of the right shape to be made, and makes no call here.
    private const string Connection = "AccountEndpoint=https://oracle.invalid:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    [Fact]
    public void Maps_each_container_to_the_database_and_id_the_SDK_gives_it()
    {
        var loaded = Assembly.LoadFrom(Repository.Subject(Subject));
        using var client = new CosmosClient(Connection);
        var store = Activator.CreateInstance(loaded.GetType($"{Subject}.PreferenceStore", throwOnError: true)!, client)!;
        var container = (Container)store.GetType().GetField("_container", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(store)!;

        var tables = Read().Mappings.Where(m => m.DbContext.Assembly == Subject).ToList();

        tables.Select(m => $"{m.Table.Database}.{m.Table.Name}").Should().Contain($"{container.Database.Id}.{container.Id}")
            .And.BeEquivalentTo(["preferences.customer_preferences", "preferences.consents"]);
        tables.Single(m => m.Table.Name == "consents").Evidence.Should().Be($"CreateContainerIfNotExistsAsync(\"consents\") in {Subject}.Consents.EnsureAsync: an Azure Cosmos DB container");
        tables.Single(m => m.Table.Name == "customer_preferences").Evidence.Should().Be($"GetContainer(\"preferences\", \"customer_preferences\") in {Subject}.PreferenceStore (constructor): an Azure Cosmos DB container");
    }

    private static TableCatalog Read() =>
        TableCatalog.Build(ContextMap.Define().Context("Preferences", c => c.Assemblies(Subject)).Build().Resolve(CodeBase.Load(AssemblySource.Files(Repository.Subject(Subject)))));
}
