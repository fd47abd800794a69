using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// An attribute's value blob names a <c>typeof</c> argument's type, and a boxed enum's, by its serialized name, with
/// no assembly when the type is the attribute user's own (or the core library's): such a type is found among its own
/// assembly's type definitions, nested ones included. The scenario is AttributeLocalArguments.cs of the DependencyKinds
/// subject, whose one-byte enum argument before the target shows the enum was found there too (
/// <c>DependencyKindTests</c>).
/// </summary>
public sealed class AttributeArgumentTests
{
    private const string Namespace = "FitnessKit.Subjects.DependencyKinds.AttributeLocalArguments";

    [Fact]
    public void A_type_of_its_own_assembly_named_without_an_assembly_is_that_assemblys()
    {
        var dependent = Subjects.DependencyKinds.FindTypes($"{Namespace}.Dependent").Should().ContainSingle().Subject;

        dependent.Dependencies.Where(d => d.Kind == DependencyKind.AttributeArgument).Select(d => $"{d.Target.Assembly} {d.Target.FullName}")
            .Should().Contain($"{dependent.Assembly.Name} {Namespace}.Holder+Nested");
    }
}
