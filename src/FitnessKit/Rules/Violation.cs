using System.Diagnostics.CodeAnalysis;
using FitnessKit.Model;
using FitnessKit.Rules.ContractCompatibility;

namespace FitnessKit.Rules;

/// <summary>
/// One breach of a rule, as data and as a sentence. The data names the rule, the contexts, the type and member that
/// hold the dependency, the kinds of dependency, the target and the source location; <see cref="Message"/> says the
/// same in words, and <see cref="Fix"/> says what to change.
/// </summary>
public sealed record Violation
{
    private readonly ViolationSentences? _sentences;
    private readonly string? _message;
    private readonly string? _fix;

    /// <summary>Initializes a new instance; every required property is set by the initializer.</summary>
    public Violation()
    {
    }

    /// <summary>Initializes a violation whose <see cref="Message"/> and <see cref="Fix"/> are composed each time they are read.</summary>
    /// <param name="rule">The rule that was broken.</param>
    /// <param name="sourceAssembly">The assembly that holds the breaking code.</param>
    /// <param name="sentences">What composes the message and the fix.</param>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // Message and Fix have no value of their own until read: their getters compose them.
    internal Violation(RuleDescriptor rule, string sourceAssembly, ViolationSentences sentences)
#pragma warning restore CS8618
    {
        Rule = rule;
        SourceAssembly = sourceAssembly;
        _sentences = sentences;
    }

    /// <summary>Gets the rule that was broken.</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>Gets the sentence that states the violation, without location or fix.</summary>
    public required string Message
    {
        get => _message ?? _sentences?.Message() ?? throw new InvalidOperationException("A violation was made without a message.");
        init => _message = value;
    }

    /// <summary>Gets what to change, specific to this violation.</summary>
    public required string Fix
    {
        get => _fix ?? _sentences?.Fix() ?? throw new InvalidOperationException("A violation was made without a fix.");
        init => _fix = value;
    }

    /// <summary>Gets the context of the code that breaks the rule, if any.</summary>
    public string? SourceContext { get; init; }

    /// <summary>Gets the assembly that holds the breaking code.</summary>
    public required string SourceAssembly { get; init; }

    /// <summary>Gets the full name of the type that breaks the rule (<see cref="TypeName.ReportedName"/>: a file-local type is <c>Shop.Orders.Hidden@Foo</c>, its name and its file), or <see langword="null"/> for an assembly-level violation.</summary>
    public string? SourceType { get; init; }

    /// <summary>Gets the member that holds the dependency, or <see langword="null"/> for a type-level violation.</summary>
    public string? SourceMember { get; init; }

    /// <summary>Gets the kinds of dependency found, most telling first; empty when the violation is not about a dependency.</summary>
    public IReadOnlyList<DependencyKind> Kinds { get; init; } = [];

    /// <summary>Gets the context of the target, if any.</summary>
    public string? TargetContext { get; init; }

    /// <summary>Gets the assembly of the target, if any.</summary>
    public string? TargetAssembly { get; init; }

    /// <summary>Gets the full name of the target type (<see cref="TypeName.ReportedName"/>), if any.</summary>
    public string? TargetType { get; init; }

    /// <summary>Gets the table the violation is about (<c>sales.Orders</c>), for the data-ownership rules; several joined by <c>, </c> for a cross-context join.</summary>
    public string? TargetTable { get; init; }

    /// <summary>Gets where the breaking code is, from the PDB; <see langword="null"/> when there is no PDB.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets what would have been allowed instead (contract types, for example).</summary>
    public IReadOnlyList<string> Allowed { get; init; } = [];

    /// <summary>Gets related names that support the finding (the persistence types in a shared package, the contexts sharing it).</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>Gets what an FK013 (ContractCompatibility) finding says of a contract: breaking, additive or not approved, the kinds of change, and the consumers it can break; <see langword="null"/> for the other rules.</summary>
    public ContractFinding? Contract { get; init; }

    /// <summary>Gets a value indicating whether a <see cref="Baselines.Baseline"/> accepts this violation, so that it does not fail the check.</summary>
    public bool Baselined { get; init; }

    /// <summary>Gets a key that identifies the violation across rebuilds and line shifts: rule, source (type and member, or assembly) and target.</summary>
    public string Key => string.Join("|", Rule.Id, SourceType ?? SourceAssembly, SourceMember ?? string.Empty, TargetType ?? TargetTable ?? TargetAssembly ?? string.Empty);

    /// <summary>Formats the violation for a person: id, message, location and fix.</summary>
    /// <param name="baseDirectory">A directory to show source paths relative to, or <see langword="null"/>.</param>
    /// <returns>Several lines of text.</returns>
    public string Describe(string? baseDirectory = null)
    {
        var location = Location is null ? string.Empty : $"{Environment.NewLine}    at {Location.ToString(baseDirectory)}";
        return $"{Rule.Id} {Message}{location}{Environment.NewLine}    Fix: {Fix}";
    }

    /// <summary>Whether two violations say the same: every property, the message and fix as read (composed if need be), not how they are held.</summary>
    /// <param name="other">The other violation.</param>
    /// <returns><see langword="true"/> when every property is equal; lists compare as the same instance.</returns>
    public bool Equals(Violation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Rule == other.Rule && Severity == other.Severity && Message == other.Message && Fix == other.Fix
            && SourceContext == other.SourceContext && SourceAssembly == other.SourceAssembly && SourceType == other.SourceType
            && SourceMember == other.SourceMember && Kinds == other.Kinds && TargetContext == other.TargetContext
            && TargetAssembly == other.TargetAssembly && TargetType == other.TargetType && TargetTable == other.TargetTable
            && Location == other.Location && Allowed == other.Allowed && Related == other.Related && Contract == other.Contract
            && Baselined == other.Baselined);

    /// <summary>A hash of what identifies the violation (<see cref="Key"/>'s parts and the severity), which never composes its sentences.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Rule, Severity, SourceAssembly, SourceType, SourceMember, TargetType, TargetTable, Baselined);

    /// <inheritdoc />
    public override string ToString() => Describe();
}
