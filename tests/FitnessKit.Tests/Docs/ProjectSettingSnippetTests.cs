using System.Text.Json.Nodes;
using System.Xml.Linq;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Docs;

/// <summary>
/// The project-file block of docs/getting-started.md that turns tiered PGO off: what it sets is what the sample's test
/// project and the CLI set, and the CLI as built runs with it (its runtime configuration, which the runtime reads).
/// </summary>
public sealed class ProjectSettingSnippetTests
{
    private static readonly string[] Projects = ["samples/Shop.ArchitectureTests/Shop.ArchitectureTests.csproj", "src/FitnessKit.Cli/FitnessKit.Cli.csproj"];

    [Fact]
    public void Sets_what_the_sample_test_project_and_the_command_set()
    {
        var block = Documentation.Blocks.Single(b => b.Page == "docs/getting-started.md" && b.Language == "xml" && b.Code.Contains("<TieredPGO>", StringComparison.Ordinal));
        var documented = Properties(XElement.Parse(block.Code));

        documented.Should().ContainKey("TieredPGO");
        foreach (var project in Projects)
        {
            var set = Properties(XDocument.Load(Path.Combine(Repository.Root, project)).Root!);
            set.Should().Contain(documented, $"{project} is where {block} says the setting is used");
        }
    }

    [Fact]
    public void The_command_runs_with_tiered_PGO_off()
    {
        var configuration = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FitnessKit.Cli.runtimeconfig.json")))!;

        configuration["runtimeOptions"]!["configProperties"]!["System.Runtime.TieredPGO"]!.GetValue<bool>().Should().BeFalse();
    }

    /// <summary>The properties a project element (or a bare property group) sets, by name.</summary>
    private static Dictionary<string, string> Properties(XElement root) =>
        (root.Name.LocalName == "PropertyGroup" ? [root] : root.Elements("PropertyGroup"))
            .SelectMany(group => group.Elements())
            .ToDictionary(property => property.Name.LocalName, property => property.Value.Trim(), StringComparer.Ordinal);
}
