namespace FitnessKit.Persistence;

/// <summary>What a persistence type must stay inside of, for FK003.</summary>
public enum PersistenceBoundary
{
    /// <summary>
    /// Its context: a public persistence type is fine while only its context's own assemblies (and code in no context,
    /// such as hosts and tests) use it, as a layered context's Application uses its Domain aggregates. It is a violation
    /// when another context uses it, when a contract exposes it, or when nothing outside its own assembly uses it.
    /// </summary>
    Context,

    /// <summary>Its assembly: every public persistence type is a violation, whoever uses it.</summary>
    Assembly,
}
