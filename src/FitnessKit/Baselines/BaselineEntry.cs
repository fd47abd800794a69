using FitnessKit.Rules;

namespace FitnessKit.Baselines;

/// <summary>
/// One recorded edge of a <see cref="Baseline"/>: a rule, the type (or assembly) and member that break it, the target,
/// and how many violations with exactly that edge were known when it was recorded. Lines are not part of it, so an
/// entry survives rebuilds and edits that move code.
/// </summary>
/// <param name="Rule">The rule id, such as <c>FK001</c>.</param>
/// <param name="Source">The full name of the breaking type, or the assembly for an assembly-level violation.</param>
/// <param name="Member">The member that holds the dependency, or <see langword="null"/> for a type-level violation.</param>
/// <param name="Target">The target type, table or assembly, or <see langword="null"/> when the violation has none.</param>
/// <param name="Count">How many violations share this edge.</param>
public sealed record BaselineEntry(string Rule, string Source, string? Member, string? Target, int Count)
{
    /// <summary>Gets the edge this entry records, in the form of <see cref="Violation.Key"/>.</summary>
    public string Key => string.Join("|", Rule, Source, Member ?? string.Empty, Target ?? string.Empty);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Rule} {Source}{(Member is null ? string.Empty : "." + Member)}{(Target is null ? string.Empty : " -> " + Target)}{(Count == 1 ? string.Empty : $" (x{Count})")}";

    /// <summary>Writes the entry as the JSON object the baseline file and the JSON report hold.</summary>
    internal void WriteTo(System.Text.Json.Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("rule", Rule);
        json.WriteString("source", Source);
        JsonOutput.StringIfAny(json, "member", Member);
        JsonOutput.StringIfAny(json, "target", Target);
        json.WriteNumber("count", Count);
        json.WriteEndObject();
    }

    internal static BaselineEntry For(Violation violation, int count) =>
        new(violation.Rule.Id, violation.SourceType ?? violation.SourceAssembly, violation.SourceMember, violation.TargetType ?? violation.TargetTable ?? violation.TargetAssembly, count);
}
