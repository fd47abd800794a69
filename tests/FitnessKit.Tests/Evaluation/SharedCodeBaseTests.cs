using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Evaluation;

/// <summary>
/// Test projects load a code base once and share it (a static <c>Lazy&lt;CodeBase&gt;</c>), and xUnit runs test classes
/// at the same time: checks that run at once on one code base, with one map or with maps of their own, must each give
/// the answer that a check alone gives.
/// </summary>
public sealed class SharedCodeBaseTests
{
    [Fact]
    public void Checks_at_the_same_time_on_one_code_base_each_give_the_answer_of_a_check_alone()
    {
        var configPath = Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json");
        var config = FitnessConfig.Load(configPath);
        var alone = Answers(FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map));

        alone.Should().HaveCountGreaterThan(10);
        for (var round = 0; round < 3; round++)
        {
            var shared = CodeBase.Load(config.Assemblies);
            // Two checks with the same map share what it kept; the others each bring a map, and so a view, of their own.
            var maps = new[] { config.Map, config.Map, FitnessConfig.Load(configPath).Map, FitnessConfig.Load(configPath).Map };
            var answers = new IReadOnlyList<string>[maps.Length];

            Parallel.For(0, maps.Length, new ParallelOptions { MaxDegreeOfParallelism = maps.Length }, i => answers[i] = Answers(FitnessCheck.Evaluate(shared, maps[i])));

            answers.Should().AllSatisfy(a => a.Should().Equal(alone));
        }
    }

    private static IReadOnlyList<string> Answers(FitnessReport report) =>
        [.. report.Violations.Select(v => string.Join(" | ", v.Key, v.Severity, v.Message, v.Location?.ToString() ?? "-"))];
}
