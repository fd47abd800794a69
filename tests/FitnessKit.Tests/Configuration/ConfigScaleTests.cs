using System.Text;
using FitnessKit.Configuration;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>
/// A configuration with tens of thousands of contexts (a generated map, one context per module of a large estate) is
/// read, built and matched against code in work that grows with its size, not with its square: patterns are looked up
/// by name, not tried context by context. The figures measured are in docs/performance.md; these tests assert what is
/// done, not how long it takes.
/// </summary>
public sealed class ConfigScaleTests : IDisposable
{
    private const int Contexts = 40_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-config-scale-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reads_a_configuration_of_40000_contexts_and_gives_each_its_own_types_and_contracts()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        HostileAssemblies.WriteNamespaces(bin, "Estate", Enumerable.Range(0, Contexts).SelectMany(i => new[] { $"Estate.M{i}", $"Estate.M{i}.Contracts" }));
        var path = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(path, Map(Contexts));

        var model = InputOutcome.Bounded(() =>
        {
            var config = FitnessConfig.Load(path);
            return config.Map.Resolve(CodeBase.Load(config.Assemblies));
        });

        model.Contexts.Should().HaveCount(Contexts);
        model.Contexts.Should().OnlyContain(c => c.Types.Count == 2 && c.ContractTypes.Count == 1 && c.Types.All(t => t.Name.Namespace.StartsWith("Estate." + c.Name, StringComparison.Ordinal)));
        model.CodeBase.Types.Should().OnlyContain(t => model.ContextOf(t.Name)!.Name == t.Name.Namespace.Split('.')[1]);
        model["M39999"].Definition.MayUse.Should().ContainSingle().Which.Context.Should().Be("M0");
    }

    [Fact]
    public void Reports_every_pattern_of_40000_contexts_that_matches_nothing_with_its_position_and_a_short_list_of_names()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        File.Copy(Repository.Subject("FitnessKit.Subjects.Targets"), Path.Combine(bin, "FitnessKit.Subjects.Targets.dll"));
        var path = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(path, Map(Contexts).Replace("\"mayUse\": [\"M", "\"mayUse\": [\"X", StringComparison.Ordinal));

        var problems = InputOutcome.Bounded(() => FluentActions.Invoking(() => FitnessConfig.Load(path)).Should().Throw<FitnessKitException>().Which.Problems);

        problems.Should().HaveCount(Contexts).And.OnlyContain(p => p.StartsWith(path + "(", StringComparison.Ordinal) && p.Length < 500);
        problems[1].Should().Be($"{path}(5,111): Context 'M1' may use 'X2', but no context has that name (did you mean \"M2\"?). Known contexts: M0, M1, M10, M100, M1000, M10000, M10001, M10002, M10003, M10004, M10005, M10006, M10007, M10008, M10009, M1001, M10010, M10011, M10012, M10013 and 39,980 more.");
    }

    [Fact]
    public void Tries_only_the_glob_patterns_one_by_one_whatever_the_number_of_exact_and_subtree_patterns()
    {
        var index = new PatternIndex<int>(ignoreCase: false);
        for (var i = 0; i < Contexts; i++)
        {
            index.Add(NamePattern.Parse($"Estate.M{i}.**"), i);
            index.Add(NamePattern.Parse($"Estate.Exact{i}"), i);
        }

        index.Add(NamePattern.Parse("Estate.*.Legacy"), -1);

        index.ValuesOf("Estate.M123.Contracts.Legacy").Should().Equal(123, -1);
        index.ValuesOf("Estate.Exact7").Should().Equal(7);
        index.PatternsTried.Should().Be(2, "only the one glob is tried, once per look-up");
    }

    private static string Map(int contexts)
    {
        var json = new StringBuilder("{\n  \"assemblies\": [\"bin/*.dll\"],\n  \"contexts\": [\n");
        for (var i = 0; i < contexts; i++)
        {
            json.Append(System.Globalization.CultureInfo.InvariantCulture, $"    {{ \"name\": \"M{i}\", \"namespaces\": [\"Estate.M{i}.**\"], \"contractNamespaces\": [\"Estate.M{i}.Contracts\"], \"mayUse\": [\"M{(i + 1) % contexts}\"] }}");
            json.Append(i + 1 < contexts ? ",\n" : "\n");
        }

        return json.Append("  ]\n}\n").ToString();
    }
}
