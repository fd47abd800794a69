using FitnessKit.Baselines;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FitnessKit.Xunit;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace FitnessKit.Tests.Docs;

/// <summary>The baseline block of docs/getting-started.md, run on the broken Shop with its own baseline and with an empty one.</summary>
public sealed class BaselineSnippetTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Passes_when_the_baseline_holds_every_violation()
    {
        var baselineFile = Save(Baseline.Of(ShopSample.Report(ShopSample.Broken).Violations));

        var act = () => AgainstBaseline(ShopSample.Bin(ShopSample.Broken), ShopSample.MapOf(ShopSample.Broken), baselineFile);

        act.Should().NotThrow();
    }

    [Fact]
    public void Fails_on_the_violations_the_baseline_does_not_hold()
    {
        var baselineFile = Save(Baseline.Empty);

        var act = () => AgainstBaseline(ShopSample.Bin(ShopSample.Broken), ShopSample.MapOf(ShopSample.Broken), baselineFile);

        act.Should().Throw<XunitException>().WithMessage("*Shop.Orders.Infrastructure.OrdersDbContext*");
    }

    public void Dispose() => _folder.Dispose();

    private static void AgainstBaseline(string bin, ContextMap map, string baselineFile)
    {
        #region getting-started-baseline
        var report = FitnessCheck.Evaluate(AssemblySource.Folder(bin, "Shop.*.dll"), map)
            .Against(Baseline.Load(baselineFile));
        FitnessAssert.NoViolations(report);                    // fails on new violations only, and says how many are known
        #endregion
    }

    private string Save(Baseline baseline)
    {
        var file = Path.Combine(_folder.Path, "fitness.baseline.json");
        baseline.Save(file);
        return file;
    }
}
