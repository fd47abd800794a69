using FitnessKit.Evaluation;
using Xunit.Sdk;

namespace FitnessKit.Xunit;

/// <summary>Thrown by <see cref="FitnessAssert"/> when a report holds an error; its message describes the report.</summary>
public sealed class FitnessAssertException : XunitException
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="report">The report that failed.</param>
    /// <param name="description">The description of the report, as given by <see cref="FitnessReport.Describe"/>.</param>
    public FitnessAssertException(FitnessReport report, string description)
        : base($"FitnessAssert.NoViolations() Failure{Environment.NewLine}{description}") => Report = report;

    /// <summary>Gets the report that failed.</summary>
    public FitnessReport Report { get; }
}
