using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.DependencyKinds;

/// <summary>Every kind of dependency is found in compiled code, attributed to the member the user wrote; the compliant twin of each scenario has none.</summary>
public sealed class DependencyKindTests
{
    private const string TargetsNamespace = "FitnessKit.Subjects.Targets";

    public static TheoryData<string, string, DependencyKind, string, string?> ExpectedDependencies()
    {
        var data = new TheoryData<string, string, DependencyKind, string, string?>();
        foreach (var row in DependencyScenarios.All)
        {
            data.Add(row.Scenario, row.SourceType, row.Kind, row.TargetType, row.Member);
        }

        return data;
    }

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in DependencyScenarios.All.Select(r => r.Scenario).Distinct())
        {
            data.Add(scenario);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedDependencies))]
    public void Finds_the_dependency_of_each_scenario(string scenario, string sourceType, DependencyKind kind, string targetType, string? member)
    {
        // Given the compiled scenario
        var source = Subjects.DependencyKinds.FindTypes(sourceType).Should().ContainSingle($"scenario {scenario} compiles {sourceType}").Subject;

        // When its dependencies are read, then the expected one is among them
        source.Dependencies.Should().Contain(
            d => d.Kind == kind && d.Target.FullName == targetType && d.Member == member,
            $"scenario {scenario} has a {kind} dependency on {targetType} from {member ?? "the type itself"}; found: {Describe(source)}");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void The_independent_twin_has_no_dependency_on_any_target(string scenario)
    {
        var twins = Subjects.DependencyKinds.Types
            .Where(t => t.Name.Namespace == $"FitnessKit.Subjects.DependencyKinds.{scenario}" && t.Name.Name.StartsWith("Independent", StringComparison.Ordinal))
            .ToList();

        twins.Should().NotBeEmpty($"scenario {scenario} has an Independent twin");
        foreach (var twin in twins)
        {
            twin.Dependencies.Where(d => d.Target.Namespace == TargetsNamespace).Should().BeEmpty($"{twin.FullName} is the compliant twin");
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void No_compiler_generated_type_or_member_name_leaks_into_the_results(string scenario)
    {
        var types = Subjects.DependencyKinds.Types.Where(t => t.Name.Namespace == $"FitnessKit.Subjects.DependencyKinds.{scenario}").ToList();

        // A file-local type keeps its compiled name (<File>F…__Hidden) as its identity; the name it is reported by is the one the user wrote.
        types.Should().NotContain(t => t.Name.IsCompilerGenerated || t.Name.WrittenName.Contains('<', StringComparison.Ordinal));
        types.SelectMany(t => t.Dependencies).Should().NotContain(d => d.Member != null && d.Member.Contains('<', StringComparison.Ordinal));
    }

    private static string Describe(InspectedType type) =>
        string.Join("; ", type.Dependencies.Where(d => d.Target.Namespace == TargetsNamespace).Select(d => $"{d.Kind} {d.Target.Name} via {d.Member ?? "(type)"}"));
}
