using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>fitness.json: a well-formed file becomes a map and a source; every problem names the file, line and column. The corpus of mistakes is <see cref="ConfigurationCorpusTests"/>.</summary>
public sealed class FitnessConfigTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_the_contexts_the_shared_kernel_and_rule_settings()
    {
        var config = Load("""
            {
              // comments and trailing commas are fine
              "assemblies": ["SUBJECTS/FitnessKit.Subjects.DependencyKinds/*.dll"],
              "sharedKernel": { "assemblies": ["FitnessKit.Subjects.Targets"] },
              "contexts": [
                { "name": "Scenarios", "assemblies": ["FitnessKit.Subjects.DependencyKinds"], "contracts": [], "mayUse": ["Scenarios"] },
              ],
              "persistence": { "namespaces": ["*.Persistence.**"], "detectRepositories": false },
              "rules": { "FK002": "warning", "PersistenceInternal": "off" }
            }
            """);

        config.Map.Contexts.Should().ContainSingle().Which.Name.Should().Be("Scenarios");
        config.Map.SharedKernelAssemblies.Select(p => p.Text).Should().Equal("FitnessKit.Subjects.Targets");
        config.Map.Persistence.RepositorySuffixes.Should().BeEmpty();
        config.Map.Persistence.Namespaces.Should().Equal("*.Persistence.**");
        config.Rules.Select(r => r.Descriptor.Id).Should().Equal("FK001", "FK002", "FK004", "FK005", "FK006", "FK007", "FK008", "FK009", "FK010", "FK011", "FK012", "FK013");
        config.Severities.Should().Contain("FK002", Severity.Warning);
        CodeBase.Load(config.Assemblies).Assemblies.Select(a => a.Name).Should().BeEquivalentTo("FitnessKit.Subjects.DependencyKinds", "FitnessKit.Subjects.Targets");
    }

    [Fact]
    public void Reports_unknown_settings_and_rules_with_a_suggestion_and_wrong_value_types()
    {
        var error = FluentActions.Invoking(() => Load("""
            {
              "assemblies": "bin/*.dll",
              "contxts": [],
              "sharedKernel": ["Shop.Kernel"],
              "rules": { "FK01": "error", "FK002": "loud" }
            }
            """)).Should().Throw<FitnessKitException>().Which;

        Approvals.Verify(Relative(error.Message), "config-unknown-settings");
    }

    [Fact]
    public void Reports_a_key_given_twice_at_both_places_instead_of_reading_one_of_them()
    {
        var error = FluentActions.Invoking(() => FitnessConfig.Parse("""
            {
              "assemblies": ["a/*.dll"],
              "contexts": [{ "name": "Orders", "assemblies": ["Shop.Orders"] }],
              "contexts": [{ "name": "Billing", "assemblies": ["Shop.Billing"], "name": "Invoicing" }],
              "rules": { "FK002": "warning", "fk002": "off" }
            }
            """, Path.Combine(_folder, "fitness.json"))).Should().Throw<FitnessKitException>().Which;

        error.Problems.Should().BeEquivalentTo(
            $"{Path.Combine(_folder, "fitness.json")}(4,3): \"contexts\" is given twice in the configuration, here and at line 3, column 3; only one would be read, so merge them into one.",
            $"{Path.Combine(_folder, "fitness.json")}(4,69): \"name\" is given twice in a context, here and at line 4, column 18; only one would be read, so merge them into one.",
            $"{Path.Combine(_folder, "fitness.json")}(5,34): \"fk002\" is given twice in \"rules\", here and at line 5, column 14; only one would be read, so merge them into one.");
    }

    [Fact]
    public void Reads_the_database_a_context_keeps_its_tables_in_and_names_the_place_of_an_empty_one()
    {
        var path = Path.Combine(_folder, "fitness.json");
        var config = FitnessConfig.Parse("""
            {
              "assemblies": ["a/*.dll"],
              "contexts": [{ "name": "Orders", "assemblies": ["Shop.Orders"], "database": "OrdersDb" }, { "name": "Billing", "assemblies": ["Shop.Billing"] }]
            }
            """, path);

        config.Map.Contexts.Select(c => (c.Name, c.Database)).Should().Equal(("Orders", "OrdersDb"), ("Billing", (string?)null));
        FluentActions.Invoking(() => FitnessConfig.Parse("""
            {
              "assemblies": ["a/*.dll"],
              "contexts": [{ "name": "Orders", "assemblies": ["Shop.Orders"], "database": " " }]
            }
            """, path)).Should().Throw<FitnessKitException>().Which.Problems.Should().Equal(
            $"{path}(3,79): The database of context 'Orders' is empty: name the database its tables live in, as its SQL names it.");
    }

    [Fact]
    public void Reports_a_missing_file()
    {
        var path = Path.Combine(_folder, "missing.json");

        FluentActions.Invoking(() => FitnessConfig.Load(path)).Should().Throw<FitnessKitException>()
            .WithMessage($"{path}: the configuration file does not exist.");
    }

    [Fact]
    public void Reports_an_assembly_pattern_that_matches_no_file()
    {
        var config = Load("""{ "assemblies": ["bin/Shop.*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""");

        var error = FluentActions.Invoking(() => CodeBase.Load(config.Assemblies)).Should().Throw<FitnessKitException>().Which;

        Relative(error.Message).Should().Be("<dir>/fitness.json(1,18): the pattern 'bin/Shop.*.dll' matches no .dll or .exe file in <dir>/bin. That folder does not exist: build the code first, or correct the pattern.");
    }

    private FitnessConfig Load(string json)
    {
        var path = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(path, json.Replace("SUBJECTS", Path.Combine(Repository.Root, "artifacts", "subjects").Replace('\\', '/'), StringComparison.Ordinal));
        return FitnessConfig.Load(path);
    }

    private string Relative(string message) => message.Replace(_folder, "<dir>", StringComparison.Ordinal).Replace('\\', '/');
}
