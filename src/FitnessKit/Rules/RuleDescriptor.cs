namespace FitnessKit.Rules;

/// <summary>What a rule is: a stable id, a short name, its default severity, why it exists and how to fix a violation.</summary>
/// <param name="Id">The stable id, such as <c>FK001</c>; ids are never reused.</param>
/// <param name="Name">The short name, such as <c>ContractsOnly</c>.</param>
/// <param name="Title">One line that states the rule.</param>
/// <param name="DefaultSeverity">The severity unless configured otherwise.</param>
/// <param name="Rationale">Why the rule exists, in terms of data ownership.</param>
/// <param name="Fix">How to fix a violation, in general.</param>
public sealed record RuleDescriptor(string Id, string Name, string Title, Severity DefaultSeverity, string Rationale, string Fix)
{
    /// <summary>Gets the documentation page of the rule, relative to the repository root.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
