using System.Text.Json.Nodes;
using System.Xml.Linq;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Docs;

/// <summary>
/// Tiered PGO where the docs say it is off: the CLI as built runs with it off (its runtime configuration, which the
/// runtime reads), and the sample's test project, which references the test packages' projects and so does not get the
/// settings their packages bring, sets what they set. What the getting-started block does in a project that references
/// a package is <see cref="EndToEnd.PackageTests"/>' to show.
/// </summary>
public sealed class ProjectSettingSnippetTests
{
    [Fact]
    public void The_sample_test_project_sets_what_the_test_packages_set_in_the_project_that_references_them()
    {
        var packaged = Properties(XDocument.Load(Path.Combine(Repository.Root, "build", "FitnessKit.TestProject.props")).Root!);
        var sample = Properties(XDocument.Load(Path.Combine(Repository.Root, "samples", "Shop.ArchitectureTests", "Shop.ArchitectureTests.csproj")).Root!);

        packaged.Should().ContainKey("TieredPGO").WhoseValue.Should().Be("false");
        sample.Should().Contain(packaged);
    }

    [Fact]
    public void The_command_runs_with_tiered_PGO_off()
    {
        var configuration = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "FitnessKit.Cli.runtimeconfig.json")))!;

        configuration["runtimeOptions"]!["configProperties"]!["System.Runtime.TieredPGO"]!.GetValue<bool>().Should().BeFalse();
    }

    /// <summary>The properties a project element (or a bare property group) sets, by name.</summary>
    internal static Dictionary<string, string> Properties(XElement root) =>
        (root.Name.LocalName == "PropertyGroup" ? [root] : root.Elements("PropertyGroup"))
            .SelectMany(group => group.Elements())
            .ToDictionary(property => property.Name.LocalName, property => property.Value.Trim(), StringComparer.Ordinal);
}
