namespace FitnessKit.Rules;

/// <summary>
/// A rule that inspects a resolved context model and returns its violations. Rules detect; they never throw for a violation.
/// The rules of one check are evaluated side by side on the same <see cref="RuleContext"/>: a rule keeps what it
/// works out to itself, or shares it only through thread-safe state.
/// </summary>
public interface IFitnessRule
{
    /// <summary>Gets what the rule is.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>Finds the violations of the rule.</summary>
    /// <param name="context">The code, the contexts and the persistence types.</param>
    /// <returns>The violations, in a stable order.</returns>
    IEnumerable<Violation> Evaluate(RuleContext context);
}
