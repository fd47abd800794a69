namespace FitnessKit.Rules;

/// <summary>How much a violation matters. Errors fail a check; warnings and notes are reported only.</summary>
public enum Severity
{
    /// <summary>Reported for information.</summary>
    Note,

    /// <summary>Reported, but does not fail a check.</summary>
    Warning,

    /// <summary>Fails a check.</summary>
    Error,
}
