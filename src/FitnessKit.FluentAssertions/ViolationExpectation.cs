using FitnessKit.Rules;

namespace FitnessKit.FluentAssertions;

/// <summary>The violation a test expects: a rule, and optionally a source and a target matched by exact name.</summary>
internal sealed record ViolationExpectation(RuleDescriptor Rule, string? Source, string? Target)
{
    public bool Matches(Violation violation) =>
        violation.Rule.Id == Rule.Id
        && (Source is null || Source == violation.SourceType || Source == violation.SourceContext || Source == violation.SourceAssembly)
        && (Target is null || Target == violation.TargetType || Target == violation.TargetContext || Target == violation.TargetAssembly);

    public override string ToString() =>
        $"{Rule}{(Source is null ? string.Empty : $" from {Source}")}{(Target is null ? string.Empty : $" to {Target}")}";
}
