using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>
/// The context map the benchmark checks the shared frameworks against (benchmarks/FitnessKit.Benchmarks/
/// framework.fitness.json) names no assembly, because the frameworks' folder differs per machine; the benchmark puts
/// the installed frameworks' files in a copy. Given them, the map must resolve as the benchmark needs it: three
/// contexts, each with types, the *.Abstractions assemblies as contracts.
/// </summary>
public sealed class BenchmarkMapTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-benchmark-map-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Resolves_three_contexts_of_the_installed_shared_frameworks_with_their_abstractions_as_contracts()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/', '\\');
        var aspNetCore = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
        Directory.Exists(aspNetCore).Should().BeTrue($"the benchmark's framework corpus includes ASP.NET Core, expected at {aspNetCore}");
        var committed = Path.Combine(Repository.Root, "benchmarks", "FitnessKit.Benchmarks", "framework.fitness.json");
        var map = JsonNode.Parse(File.ReadAllText(committed), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        map["assemblies"] = new JsonArray(Path.Combine(runtime, "*.dll"), Path.Combine(aspNetCore, "*.dll"));
        var copy = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(copy, map.ToJsonString());

        var config = FitnessConfig.Load(copy);
        var model = config.Map.Resolve(CodeBase.Load(config.Assemblies));

        model.Contexts.Select(c => c.Name).Should().Equal("AspNetCore", "Extensions", "Json");
        model.Contexts.Should().OnlyContain(c => c.Types.Count > 0);
        model["AspNetCore"].ContractTypes.Select(t => t.Assembly.Name).Distinct().Should().Contain("Microsoft.AspNetCore.Http.Abstractions")
            .And.OnlyContain(a => a.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && a.EndsWith(".Abstractions", StringComparison.Ordinal));
        model["Extensions"].ContractTypes.Select(t => t.Assembly.Name).Distinct().Should().Contain("Microsoft.Extensions.Diagnostics.HealthChecks.Abstractions")
            .And.OnlyContain(a => a.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && a.EndsWith(".Abstractions", StringComparison.Ordinal));
        model["Json"].Types.Select(t => t.Assembly.Name).Distinct().Should().BeEquivalentTo("System.Text.Json", "System.Text.Encodings.Web");
    }
}
