using System.Text.Json.Nodes;
using FitnessKit.ArchUnitNET;
using FitnessKit.Cli;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.FluentAssertions;
using FitnessKit.Inspection;
using FitnessKit.NetArchTest;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FitnessKit.Xunit;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Architecture;

/// <summary>
/// The kit checked with itself, by the layer map in the repository's <c>fitness.json</c>: each layer of the engine (one
/// namespace each), the CLI, the four packages and Mono.Cecil are contexts, each listing the layers it may use. Here the
/// map runs on the assemblies this test project was built with; CI runs the same file with the CLI on the Debug build.
/// </summary>
public sealed class KitArchitectureTests
{
    private static readonly string MapFile = Path.Combine(Repository.Root, "fitness.json");

    /// <summary>The engine, the CLI, the four packages and Mono.Cecil, as this test project's output folder holds them.</summary>
    private static readonly Lazy<CodeBase> Kit = new(() =>
    {
        var kit = new[] { typeof(CodeBase), typeof(CheckCommand), typeof(FitnessAssert), typeof(FitnessReportAssertions), typeof(FitnessRules), typeof(FitnessTypes) }
            .Select(t => t.Assembly.Location);
        var cecil = Directory.GetFiles(Path.GetDirectoryName(typeof(CodeBase).Assembly.Location)!, "Mono.Cecil*.dll");
        return CodeBase.Load(AssemblySource.Files([.. kit, .. cecil]));
    });

    private static FitnessReport Check(JsonNode map)
    {
        var config = FitnessConfig.Parse(map.ToJsonString(), MapFile);
        return FitnessCheck.Evaluate(Kit.Value, config.Map, config.Rules, config.Severities);
    }

    private static JsonNode Map() => JsonNode.Parse(File.ReadAllText(MapFile))!;

    /// <summary>The map with one layer no longer allowed to use another.</summary>
    private static JsonNode Without(string context, string mayNoLongerUse)
    {
        var map = Map();
        var mayUse = map["contexts"]!.AsArray().Single(c => (string?)c!["name"] == context)!["mayUse"]!.AsArray();
        mayUse.Remove(mayUse.Single(n => (string?)n == mayNoLongerUse)).Should().BeTrue();
        return map;
    }

    [Fact]
    public void The_kit_keeps_to_its_layer_map()
    {
        var report = Check(Map());

        report.Violations.Should().BeEmpty(report.Describe());
    }

    [Fact]
    public void Every_layer_of_the_map_holds_types_of_the_kit()
    {
        var report = Check(Map());

        report.Model.Contexts.Should().HaveCount(Map()["contexts"]!.AsArray().Count)
            .And.OnlyContain(c => c.Types.Count > 0, "a layer that holds nothing checks nothing");
    }

    [Theory]
    [InlineData("Evaluation", "Rules")]
    [InlineData("Rules", "Tables")]
    [InlineData("Loading", "MonoCecil")]
    [InlineData("Cli", "Configuration")]
    public void A_use_the_map_does_not_allow_fails_the_check(string layer, string used)
    {
        var report = Check(Without(layer, used));

        report.Violations.Should().NotBeEmpty()
            .And.OnlyContain(v => v.Rule == RuleCatalog.ContractsOnly && v.SourceContext == layer && v.TargetContext == used);
    }

    [Fact]
    public void The_layer_table_in_the_engine_docs_is_the_map()
    {
        var rows = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(Repository.Root, "docs", "engine.md")), @"^\| `(FitnessKit(?:\.\w+)?)` \| .*? \| (.*?) \|$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value == "FitnessKit" ? "Kernel" : m.Groups[1].Value["FitnessKit.".Length..], m => m.Groups[2].Value == "nothing" ? string.Empty : m.Groups[2].Value);
        var layers = Map()["contexts"]!.AsArray()
            .Where(c => c!["namespaces"] is not null)
            .ToDictionary(c => (string)c!["name"]!, c => string.Join(", ", c!["mayUse"]!.AsArray().Select(n => (string?)n)));

        rows.Should().Equal(layers);
    }

    [Theory]
    [InlineData("FitnessKit.Loading")]
    [InlineData("FitnessKit.Loading.Il")]
    public void The_loading_layer_exposes_nothing_publicly(string loadingNamespace) =>
        Kit.Value.Types.Where(t => t.Name.Namespace == loadingNamespace && t.IsVisibleOutsideAssembly)
            .Should().BeEmpty("callers reach the loader through CodeBase and AssemblySource");

    [Fact]
    public void No_public_signature_of_the_kit_mentions_a_Mono_Cecil_type()
    {
        var cecil = Kit.Value.Assemblies.Where(a => a.Name is "Mono.Cecil" or "Mono.Cecil.Pdb" or "Mono.Cecil.Mdb" or "Mono.Cecil.Rocks").Select(a => a.Name).ToHashSet(StringComparer.Ordinal);

        cecil.Should().Contain("Mono.Cecil");
        Kit.Value.Types
            .Where(t => !cecil.Contains(t.Name.Assembly))
            .SelectMany(t => t.Dependencies)
            .Where(d => d.IsPublicSurface && cecil.Contains(d.Target.Assembly))
            .Should().BeEmpty();
    }
}
