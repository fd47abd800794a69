using FitnessKit.Rules;

namespace FitnessKit.Tests.TestSupport;

/// <summary>A violation as two checks of one code base are compared: the rule, the type (or assembly) at fault, and what it depends on (a type, an assembly or a table; none for a public persistence type).</summary>
internal sealed record PlantedFinding(string Rule, string Source, string? Target)
{
    public static PlantedFinding Of(Violation violation) =>
        new(violation.Rule.Id, violation.SourceType ?? violation.SourceAssembly, violation.TargetType ?? violation.TargetAssembly ?? violation.TargetTable);

    public override string ToString() => Target is null ? $"{Rule} {Source}" : $"{Rule} {Source} -> {Target}";
}
