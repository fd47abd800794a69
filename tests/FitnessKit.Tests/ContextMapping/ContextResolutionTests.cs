using FitnessKit.ContextMapping;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.ContextMapping;

/// <summary>A context map is matched against real compiled code: every pattern must match, nothing may be claimed twice.</summary>
public sealed class ContextResolutionTests
{
    private const string Kinds = "FitnessKit.Subjects.DependencyKinds";
    private const string Targets = "FitnessKit.Subjects.Targets";

    [Fact]
    public void Assigns_each_type_to_the_context_of_its_assembly()
    {
        var map = ContextMap.Define()
            .Context("Scenarios", c => c.Assemblies(Kinds))
            .Context("Targets", c => c.Assemblies(Targets).Contracts(Targets))
            .Build();

        var model = map.Resolve(Subjects.DependencyKinds);

        model["Scenarios"].Types.Should().OnlyContain(t => t.Assembly.Name == Kinds).And.NotBeEmpty();
        model["Targets"].ContractTypes.Should().NotBeEmpty().And.OnlyContain(t => t.IsVisibleOutsideAssembly);
        model.UnownedTypes.Should().BeEmpty();
    }

    [Fact]
    public void Lists_the_types_that_belong_to_no_context()
    {
        var map = ContextMap.Define().Context("Targets", c => c.Assemblies(Targets)).Build();

        var model = map.Resolve(Subjects.DependencyKinds);

        model.UnownedAssemblies.Should().Equal(Kinds);
        model.UnownedTypes.Should().NotBeEmpty().And.OnlyContain(t => t.Assembly.Name == Kinds);
    }

    [Fact]
    public void Assigns_types_by_namespace_for_contexts_inside_one_assembly()
    {
        var map = ContextMap.Define()
            .Context("Lambdas", c => c.Namespaces($"{Kinds}.Lambda.**", $"{Kinds}.AsyncLambda.**"))
            .Context("Rest", c => c.Namespaces($"{Kinds}.FieldType.**"))
            .SharedKernel(Targets)
            .Build();

        var model = map.Resolve(Subjects.DependencyKinds);

        model["Lambdas"].Types.Select(t => t.Name.Namespace).Distinct().Should().BeEquivalentTo($"{Kinds}.Lambda", $"{Kinds}.AsyncLambda");
        model.ContextOf(model["Rest"].Types[0].Name).Should().BeSameAs(model["Rest"]);
    }

    [Fact]
    public void Reports_every_problem_of_a_map_that_does_not_fit_the_code_at_once()
    {
        var map = ContextMap.Define()
            .Context("Scenarios", c => c.Assemblies("FitnessKit.Subjects.*").Contracts("FitnessKit.Subjects.DependencyKind"))
            .Context("Targets", c => c.Assemblies(Targets).Contracts(Kinds))
            .Context("Ghost", c => c.Assemblies("FitnessKit.Subjects.Ghost"))
            .Build();

        var problems = FluentActions.Invoking(() => map.Resolve(Subjects.DependencyKinds)).Should().Throw<FitnessKitException>().Which.Problems;

        Approvals.Verify(string.Join(Environment.NewLine, problems), "context-map-problems");
    }

    [Fact]
    public void Rejects_a_map_whose_contexts_repeat_a_name_or_own_nothing() =>
        FluentActions.Invoking(() => ContextMap.Define()
                .Context("Orders", c => c.Assemblies("Shop.Orders"))
                .Context("Orders", c => c.Assemblies("Shop.Orders2"))
                .Context("Empty", _ => { })
                .Context("Picky", c => c.Assemblies("Shop.Picky").MayUse("Ordrs"))
                .Build())
            .Should().Throw<FitnessKitException>()
            .Which.Problems.Should().BeEquivalentTo(
                "Context 'Orders' is defined 2 times; give each context one definition.",
                "Context 'Empty' owns no assemblies and no namespaces; give it assembly or namespace patterns.",
                "Context 'Picky' may use 'Ordrs', but no context has that name (did you mean \"Orders\"?). Known contexts: Empty, Orders, Picky.");
}
