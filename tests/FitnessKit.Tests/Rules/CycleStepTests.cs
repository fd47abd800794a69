using FitnessKit.Model;
using FitnessKit.Rules.ContextCycles;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>Where FK009 places a step of a cycle among the dependencies of its example.</summary>
public sealed class CycleStepTests
{
    private static readonly TypeName Source = new("Shipping", "Shop.Shipping", "Dispatch");
    private static readonly TypeName Target = new("Orders", "Shop.Orders", "Order");

    [Fact]
    public void A_step_is_placed_at_the_instruction_with_the_lowest_offset_and_the_first_of_equals_before_any_signature()
    {
        // Given an example with a signature (no instruction) first, then calls at offsets 12, 4 and 4 in three methods
        TypeDependency[] example = [Signature(typeToken: 1), Call(method: 7, offset: 12), Call(method: 8, offset: 4), Call(method: 9, offset: 4)];

        // Then the step is at the first call at offset 4
        CycleStep.Located(example).Anchor.MethodToken.Should().Be(8);
    }

    [Fact]
    public void An_example_of_signatures_only_is_placed_at_its_first()
    {
        TypeDependency[] example = [Signature(typeToken: 3), Signature(typeToken: 2)];

        CycleStep.Located(example).Anchor.TypeToken.Should().Be(3);
    }

    private static TypeDependency Call(int method, int offset) =>
        new(Source, "Run", DependencyKind.MethodCall, Target, isPublicSurface: false, CodeAnchor.ForMethod(0x02000002, method, offset));

    private static TypeDependency Signature(int typeToken) =>
        new(Source, null, DependencyKind.BaseType, Target, isPublicSurface: true, CodeAnchor.ForType(typeToken));
}
