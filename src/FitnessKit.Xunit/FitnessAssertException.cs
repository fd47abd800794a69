using FitnessKit.Evaluation;
using Xunit.Sdk;

namespace FitnessKit.Xunit;

/// <summary>Thrown by <see cref="FitnessAssert"/> when a report holds an error, or contracts are not compatible; its message describes what was found.</summary>
public sealed class FitnessAssertException : XunitException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="report">The report that failed.</param>
    /// <param name="description">The description of the report, as given by <see cref="FitnessReport.Describe"/>.</param>
    public FitnessAssertException(FitnessReport report, string description)
        : this(report, description, nameof(FitnessAssert.NoViolations))
    {
    }

    /// <summary>Initializes a new instance for one of the assertions.</summary>
    /// <param name="report">The report that failed.</param>
    /// <param name="description">What the assertion found.</param>
    /// <param name="assertion">The name of the assertion, which heads the message as xUnit's own do.</param>
    internal FitnessAssertException(FitnessReport report, string description, string assertion)
        : base($"FitnessAssert.{assertion}() Failure{Environment.NewLine}{description}") => Report = report;

    /// <summary>Gets the report that failed.</summary>
    public FitnessReport Report { get; }
}
