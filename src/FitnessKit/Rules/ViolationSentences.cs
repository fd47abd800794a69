namespace FitnessKit.Rules;

/// <summary>
/// The message and fix of a violation, composed when first read rather than when the violation is found. A rule that
/// may find thousands of violations on a large system (FK001) hands these to <see cref="Violation"/>: a check prints a
/// few of them and a report writes them all, and only the sentences that are read are made. What they are made of is
/// decided when the violation is found, so that the words do not depend on when they are read.
/// </summary>
internal abstract class ViolationSentences
{
    /// <summary>The sentence that states the violation.</summary>
    public abstract string Message();

    /// <summary>What to change.</summary>
    public abstract string Fix();
}
