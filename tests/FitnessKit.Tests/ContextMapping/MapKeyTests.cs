using System.Reflection;
using FitnessKit.Configuration;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.ContextMapping;

/// <summary>
/// Maps built alike are one map to a code base, which keeps what it decoded and resolved under their key: the same
/// key exactly when every context, pattern, permission, table, kernel and persistence setting is the same, and written
/// at the same place.
/// </summary>
public sealed class MapKeyTests : IDisposable
{
    // One path for every configuration file written here, so that two files differ only in where their map is written.
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), $"fitnesskit-mapkey-{Environment.ProcessId}");

    /// <summary>Every part of a map, changed one at a time from <see cref="Built"/>'s defaults.</summary>
    public static TheoryData<string> Changes => [.. Variations.Keys];

    private static readonly Dictionary<string, Func<ContextMap>> Variations = new()
    {
        ["a context's name"] = () => Built(name: "Sales"),
        ["a context's assemblies"] = () => Built(assemblies: "Shop.Orders"),
        ["a context's namespaces"] = () => Built(namespaces: ["Shop.Orders.**"]),
        ["a context's contract assemblies"] = () => Built(contracts: "Shop.Orders.Api"),
        ["a context's contract namespaces"] = () => Built(contractNamespaces: ["Shop.Orders.Contracts"]),
        ["a context's tables"] = () => Built(tables: ["orders.*"]),
        ["a context's database"] = () => Built(database: "OrdersDb"),
        ["a context's permissions"] = () => Built(mayUse: "Orders.Internal"),
        ["the contexts' order"] = () => ContextMap.Define()
            .Context("Shipping", c => c.Assemblies("Shop.Shipping.**").Contracts("Shop.Shipping.Contracts"))
            .Context("Orders", c => c.Assemblies("Shop.Orders.**").Contracts("Shop.Orders.Contracts"))
            .Build(),
        ["the shared kernel's assemblies"] = () => Built(kernel: "Shop.Kernel"),
        ["the shared kernel's namespaces"] = () => Built(kernelNamespaces: ["Shop.Kernel.**"]),
        ["the DbContext base types"] = () => Built(persistence: new PersistenceDetection { DbContextBaseTypes = ["Acme.Data.Context"] }),
        ["the migration base types"] = () => Built(persistence: new PersistenceDetection { MigrationBaseTypes = ["Acme.Data.Migration"] }),
        ["the model snapshot base types"] = () => Built(persistence: new PersistenceDetection { ModelSnapshotBaseTypes = ["Acme.Data.Snapshot"] }),
        ["the entity configuration interfaces"] = () => Built(persistence: new PersistenceDetection { EntityConfigurationInterfaces = ["Acme.Data.IMap`1"] }),
        ["the entity set types"] = () => Built(persistence: new PersistenceDetection { EntitySetTypes = ["Acme.Data.Set`1"] }),
        ["the entity mapping methods"] = () => Built(persistence: new PersistenceDetection { EntityMappingMethods = ["Acme.Data.Builder.Map"] }),
        ["the entity attributes"] = () => Built(persistence: new PersistenceDetection { EntityAttributes = ["Acme.Data.RowAttribute"] }),
        ["the repository suffixes"] = () => Built(persistence: new PersistenceDetection { RepositorySuffixes = ["Store"] }),
        ["the persistence namespaces"] = () => Built(persistence: new PersistenceDetection { Namespaces = ["*.Persistence.**"] }),
        ["the other persistence base types"] = () => Built(persistence: new PersistenceDetection { OtherBaseTypes = ["Acme.Data.Unit"] }),
        ["what persistence types stay internal to"] = () => Built(persistence: new PersistenceDetection { InternalTo = PersistenceBoundary.Assembly }),
        ["where the map is written"] = () => FitnessConfig.Load(WrittenAt(indent: 4)).Map,
    };

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    [Fact]
    public void Maps_built_alike_have_one_key_and_so_do_maps_loaded_from_one_text()
    {
        Built().Key.Should().BeSameAs(Built().Key);
        Built().CheckedKey.Should().BeSameAs(Built().Key, "with no approved contracts, the resolution is kept under the same key");
        FitnessConfig.Load(WrittenAt(indent: 2)).Map.Key.Should().BeSameAs(FitnessConfig.Load(WrittenAt(indent: 2)).Map.Key);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_map_changed_in_any_part_has_another_key(string change)
    {
        var changed = Variations[change]();

        changed.Key.Should().NotBeSameAs(FitnessConfig.Load(WrittenAt(indent: 2)).Map.Key, change);
        changed.Key.Should().NotBeSameAs(Built().Key, change);
    }

    [Fact]
    public void A_list_changed_after_a_detection_was_made_with_it_changes_neither_the_detection_nor_its_maps_key()
    {
        // Given a detection made with a list of the caller's, and a map built with it
        List<string> suffixes = ["Store"];
        var persistence = new PersistenceDetection { RepositorySuffixes = suffixes };
        var map = Built(persistence: persistence);

        // When the caller changes the list
        suffixes.Add("Gateway");

        // Then the detection says what it said when made, and the map is one map with another built alike
        persistence.RepositorySuffixes.Should().Equal("Store");
        (persistence with { }).RepositorySuffixes.Should().Equal("Store");
        map.Key.Should().BeSameAs(Built(persistence: new PersistenceDetection { RepositorySuffixes = ["Store"] }).Key);
        map.Key.Should().NotBeSameAs(Built(persistence: new PersistenceDetection { RepositorySuffixes = ["Store", "Gateway"] }).Key);
        FluentActions.Invoking(() => new PersistenceDetection { Namespaces = null! }).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Maps_that_approve_other_contracts_decode_under_one_key_and_resolve_under_their_own()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fitnesskit-snapshots");
        var approved = Built().WithApprovedContracts(ApprovedContracts.Snapshots(folder));

        approved.Key.Should().BeSameAs(Built().Key, "only FK013 reads the approved contracts, after decoding");
        approved.CheckedKey.Should().NotBeSameAs(Built().CheckedKey, "the resolved model names them to FK013");
        approved.CheckedKey.Should().BeSameAs(Built().WithApprovedContracts(ApprovedContracts.Snapshots(folder)).CheckedKey);
        approved.CheckedKey.Should().NotBeSameAs(Built().WithApprovedContracts(ApprovedContracts.Snapshots(folder + "-older")).CheckedKey);
    }

    /// <summary>
    /// What <see cref="MapText"/> writes: every property of a map and its parts. A property added to one of them fails
    /// this test until the text writes it (and a change above varies it), so that two maps that differ in it are never
    /// one map to a code base.
    /// </summary>
    [Fact]
    public void The_key_is_written_from_every_property_of_a_map_and_its_parts()
    {
        Properties(typeof(ContextMap)).Should().BeEquivalentTo("Contexts", "SharedKernelAssemblies", "SharedKernelNamespaces", "Persistence", "ApprovedContracts", "Key", "CheckedKey");
        Properties(typeof(BoundedContextDefinition)).Should().BeEquivalentTo("Name", "Position", "Assemblies", "Namespaces", "ContractAssemblies", "ContractNamespaces", "Tables", "Database", "MayUse");
        Properties(typeof(AllowedDependency)).Should().BeEquivalentTo("Context", "Contracts", "Position", "EqualityContract");
        Properties(typeof(NamePattern)).Should().BeEquivalentTo("Text", "Position", "IsExact", "SubtreeRoot");
        Properties(typeof(SourcePosition)).Should().BeEquivalentTo("File", "Line", "Column", "EqualityContract");
        Properties(typeof(ApprovedContracts)).Should().BeEquivalentTo("Description", "SnapshotDirectory", "Files");
        Properties(typeof(PersistenceDetection)).Should().BeEquivalentTo(
            "DbContextBaseTypes", "MigrationBaseTypes", "ModelSnapshotBaseTypes", "EntityConfigurationInterfaces", "EntitySetTypes",
            "EntityMappingMethods", "EntityAttributes", "RepositorySuffixes", "Namespaces", "InternalTo", "OtherBaseTypes", "EqualityContract");
    }

    private static IEnumerable<string> Properties(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(p => p.Name);

    private static ContextMap Built(
        string name = "Orders",
        string assemblies = "Shop.Orders.**",
        string[]? namespaces = null,
        string contracts = "Shop.Orders.Contracts",
        string[]? contractNamespaces = null,
        string[]? tables = null,
        string? database = null,
        string? mayUse = null,
        string? kernel = null,
        string[]? kernelNamespaces = null,
        PersistenceDetection? persistence = null)
    {
        var map = ContextMap.Define()
            .Context(name, c =>
            {
                c.Assemblies(assemblies).Contracts(contracts);
                if (namespaces is not null)
                {
                    c.Namespaces(namespaces);
                }

                if (contractNamespaces is not null)
                {
                    c.ContractNamespaces(contractNamespaces);
                }

                if (tables is not null)
                {
                    c.Tables(tables);
                }

                if (database is not null)
                {
                    c.Database(database);
                }

                if (mayUse is not null)
                {
                    c.MayUse("Shipping", mayUse);
                }
            })
            .Context("Shipping", c => c.Assemblies("Shop.Shipping.**").Contracts("Shop.Shipping.Contracts"));
        if (kernel is not null)
        {
            map.SharedKernel(kernel);
        }

        if (kernelNamespaces is not null)
        {
            map.SharedKernelNamespaces(kernelNamespaces);
        }

        if (persistence is not null)
        {
            map.Persistence(persistence);
        }

        return map.Build();
    }

    /// <summary>Writes a configuration file of the same map as <see cref="Built"/>'s defaults, indented by as many spaces, always at one path.</summary>
    private static string WrittenAt(int indent)
    {
        var pad = new string(' ', indent);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, "fitness.json");
        File.WriteAllText(path, $$"""
            {
            {{pad}}"assemblies": ["*.dll"],
            {{pad}}"contexts": [
            {{pad}}{{pad}}{ "name": "Orders", "assemblies": ["Shop.Orders.**"], "contracts": ["Shop.Orders.Contracts"] },
            {{pad}}{{pad}}{ "name": "Shipping", "assemblies": ["Shop.Shipping.**"], "contracts": ["Shop.Shipping.Contracts"] }
            {{pad}}]
            }
            """);
        return path;
    }
}
