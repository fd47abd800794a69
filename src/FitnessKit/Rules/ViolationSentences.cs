namespace FitnessKit.Rules;

/// <summary>
/// The message and fix of a violation, composed each time they are read rather than once when the violation is found.
/// A rule that may find thousands of violations on a large system (FK001) hands these to <see cref="Violation"/>: a
/// check prints a few of them, a report writes each into every format as it goes, and none is held for the life of the
/// report. What they are made of is decided when the violation is found, so the words are the same at every reading.
/// </summary>
internal abstract class ViolationSentences
{
    /// <summary>The sentence that states the violation.</summary>
    public abstract string Message();

    /// <summary>What to change.</summary>
    public abstract string Fix();
}
