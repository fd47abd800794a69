using FitnessKit.Evaluation;
using FitnessKit.FluentAssertions;
using FitnessKit.Rules;
using FluentAssertions;
using Xunit;

namespace Shop.ArchitectureTests;

/// <summary>FitnessKit.FluentAssertions: the report is a value; assert on it like on any other.</summary>
public sealed class FluentAssertionsTests
{
    private static readonly Lazy<FitnessReport> Report = new(() => FitnessCheck.Evaluate(Shop.Assemblies, Shop.Map));

    [Fact]
    public void Contexts_own_their_data() => Report.Value.Should().HaveNoViolations("each context owns its data");

    [Fact]
    public void Persistence_stays_internal() => Report.Value.Should().HaveNoViolationsOf(RuleCatalog.PersistenceInternal);

    [Fact]
    public void Contracts_stay_compatible() =>
        ContractSnapshots.Compare(Shop.Assemblies, Shop.Map, Shop.ContractSnapshotFolder).Should().BeCompatible("Shipping and Billing rely on them");

    [Fact]
    public void Every_context_was_checked() =>
        Report.Value.Model.Contexts.Should().OnlyContain(c => c.Types.Count > 0, "a green run must not be an empty one");
}
