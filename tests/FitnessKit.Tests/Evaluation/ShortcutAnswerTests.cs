using System.Runtime.InteropServices;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Evaluation;

/// <summary>
/// The rule catalog gives the same answer with every shortcut the engine takes for speed (reading the type headers of
/// packages and of the runtime only when asked, decoding only what the rules read, judging a target once per context, a PDB looked for only where the debug directory points, parallel decoding,
/// the persistent cache, cold and warm, its files held from loading to decoding or read again) as without any: every violation, word for word, with its location and what it
/// allows instead.
/// </summary>
public sealed class ShortcutAnswerTests
{
    public static TheoryData<string> Maps => new()
    {
        Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json"),
        Path.Combine(Repository.Sample(ShopSample.Good), "fitness.json"),
        LayoutSubjects.HandWrittenMap(LayoutSubjects.ModularMonolith),
        LayoutSubjects.HandWrittenMap(LayoutSubjects.Microservices),
        LayoutSubjects.HandWrittenMap(LayoutSubjects.ProductModules),
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void The_catalog_answers_alike_with_and_without_shortcuts(string configPath) =>
        AssertSameAnswers(FitnessConfig.Load(configPath));

    /// <summary>The shared frameworks with the benchmark's three-context map: thousands of violations, no PDBs, most assemblies owned by no context.</summary>
    [Fact]
    public void The_catalog_answers_alike_with_and_without_shortcuts_on_the_shared_frameworks()
    {
        using var folder = new TemporaryFolder();
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/', '\\');
        var aspNet = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
        var config = Path.Combine(folder.Path, "fitness.json");
        File.WriteAllText(config, $$"""
            {
              "assemblies": [{{string.Join(", ", new[] { runtime, aspNet }.Where(Directory.Exists).Select(f => System.Text.Json.JsonSerializer.Serialize(Path.Combine(f, "*.dll"))))}}],
              "contexts": [
                { "name": "AspNetCore", "assemblies": ["Microsoft.AspNetCore.**"], "contracts": ["Microsoft.AspNetCore.**.Abstractions"] },
                { "name": "Extensions", "assemblies": ["Microsoft.Extensions.**"], "contracts": ["Microsoft.Extensions.**.Abstractions"] },
                { "name": "Json", "assemblies": ["System.Text.Json", "System.Text.Encodings.Web"] }
              ]
            }
            """);

        var answers = AssertSameAnswers(FitnessConfig.Load(config));

        answers.Should().HaveCountGreaterThan(1000, "the map is broken in thousands of places, which is what makes the comparison worth something");
    }

    private static IReadOnlyList<string> AssertSameAnswers(FitnessConfig config)
    {
        IReadOnlyList<string> longWay;
        using (Shortcuts.TurnOff())
        {
            longWay = Answers(config, new LoadOptions { MaxDegreeOfParallelism = 1 });
        }

        using var cache = new TemporaryFolder();
        var cold = Answers(config, LoadOptions.Default);
        var filling = Answers(config, new LoadOptions { CacheDirectory = cache.Path });
        var warm = Answers(config, new LoadOptions { CacheDirectory = cache.Path });
        var warmReadTwice = Answers(config, new LoadOptions { CacheDirectory = cache.Path, CacheBytesHeld = 0 });

        cold.Should().Equal(longWay);
        filling.Should().Equal(longWay);
        warm.Should().Equal(longWay);
        warmReadTwice.Should().Equal(longWay, "a cache file let go after loading is read again when its assembly is decoded");
        return longWay;
    }

    private static IReadOnlyList<string> Answers(FitnessConfig config, LoadOptions options)
    {
        var codeBase = CodeBase.Load(config.Assemblies, options);
        var report = FitnessCheck.Evaluate(codeBase, config.Map, config.Rules, config.Severities);
        return [
            $"{codeBase.Assemblies.Count} assemblies, {codeBase.Types.Count()} types, {codeBase.UnresolvedReferences.Count} unresolved references",
            .. report.Violations.Select(v => string.Join(" | ", v.Key, v.Severity, v.Message, v.Fix, v.Location?.ToString() ?? "-", string.Join(",", v.Allowed))),
            // What the reports draw besides the violations: the context map's edges with their first uses and coupling styles, the persistence types, the nouns shared by contexts.
            .. report.Dependencies.All.Select(d => $"edge {d.From} -> {d.To}: {d.Uses} uses, {d.DataUses} data uses, internals {d.ReachesInternals}, styles {d.Styles}, e.g. {string.Join("; ", d.CodeExample)}"),
            // Every synchronous query the coupling found, FK012's or not (one through another context's internals is FK001's), with where it is.
            .. report.Dependencies.Coupling.Queries.Select(q => $"query {q.From} -> {q.To}: {q.Caller.ReportedName}.{q.Member} {q.Name} at {q.AssemblyPath}:{q.Anchor}"),
            .. (report.Persistence?.Types ?? []).Select(t => $"persistence {t.Type.FullName} {t.Kind}"),
            .. FitnessKit.Tables.NounCatalog.Find(report.Model, report.Tables).Select(n => $"noun {n.Name}: {string.Join("; ", n.Definitions.Select(d => $"{d.Context} {d.Type} [{string.Join(",", d.Properties)}]"))}"),
        ];
    }
}
