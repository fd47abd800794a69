using FitnessKit.Evaluation;
using FitnessKit.Rules;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace FitnessKit.FluentAssertions;

/// <summary>
/// FluentAssertions for a <see cref="FitnessReport"/>. Failure messages quote the violations as
/// <see cref="FitnessReport.Describe"/> writes them: each sentence with its file:line and fix, grouped by rule and context.
/// </summary>
public sealed class FitnessReportAssertions : ReferenceTypeAssertions<FitnessReport, FitnessReportAssertions>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="report">The report under assertion.</param>
    public FitnessReportAssertions(FitnessReport report)
        : base(report)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "report";

    /// <summary>Asserts that the report holds no violation with <see cref="Severity.Error"/>.</summary>
    /// <param name="because">Why the assertion is needed; may hold placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values of the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<FitnessReportAssertions> HaveNoViolations(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:report} to have no violations{reason}, but it is <null>.")
            .Then
            .ForCondition(!Subject!.HasErrors)
            .FailWith("Expected {context:report} to have no violations{reason}, but found {0}:{1}", Found(Subject), Quote(Subject));
        return new AndConstraint<FitnessReportAssertions>(this);
    }

    /// <summary>Asserts that the report holds no violation of one rule with <see cref="Severity.Error"/>.</summary>
    /// <param name="rule">The rule, such as <see cref="RuleCatalog.ContractsOnly"/>.</param>
    /// <param name="because">Why the assertion is needed; may hold placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values of the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<FitnessReportAssertions> HaveNoViolationsOf(RuleDescriptor rule, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:report} to have no violations of {0}{reason}, but it is <null>.", new Description(rule.ToString()))
            .Then
            .ForCondition(!Subject!.Of(rule).HasErrors)
            .FailWith("Expected {context:report} to have no violations of {0}{reason}, but found {1}:{2}", new Description(rule.ToString()), Found(Subject.Of(rule)), Quote(Subject.Of(rule)));
        return new AndConstraint<FitnessReportAssertions>(this);
    }

    /// <summary>
    /// Asserts that the report holds a violation of a rule from a source to a target, for a test that pins an expected
    /// violation. A source matches the violation's type, context or assembly by exact name; so does a target.
    /// </summary>
    /// <param name="rule">The rule, such as <see cref="RuleCatalog.ContractsOnly"/>.</param>
    /// <param name="source">The full name of the type, or the name of the context or assembly, that breaks the rule; <see langword="null"/> for any.</param>
    /// <param name="target">The full name of the type, or the name of the context or assembly, it depends on; <see langword="null"/> for any.</param>
    /// <param name="because">Why the assertion is needed; may hold placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values of the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint whose <c>Which</c> is the first matching violation.</returns>
    public AndWhichConstraint<FitnessReportAssertions, Violation> ContainViolation(RuleDescriptor rule, string? source = null, string? target = null, string because = "", params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var expectation = new ViolationExpectation(rule, source, target);
        var match = Subject?.Violations.FirstOrDefault(expectation.Matches);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:report} to contain a violation of {0}{reason}, but it is <null>.", new Description(expectation.ToString()))
            .Then
            .ForCondition(match is not null)
            .FailWith("Expected {context:report} to contain a violation of {0}{reason}, but found none in:{1}", new Description(expectation.ToString()), Quote(Subject!));
        return new AndWhichConstraint<FitnessReportAssertions, Violation>(this, match!);
    }

    /// <summary>
    /// Asserts that the report compared the contracts with their approved snapshots (FK013, ContractCompatibility: its
    /// map approves contracts) and found no breaking change and no contract without a snapshot. Additive changes pass. A
    /// report that compared no contracts fails: it cannot show them compatible.
    /// </summary>
    /// <param name="because">Why the assertion is needed; may hold placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values of the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<FitnessReportAssertions> HaveCompatibleContracts(string because = "", params object[] becauseArgs)
    {
        ContractCompatibilityReport? contracts = null;
        string? notCompared = null;
        try
        {
            contracts = Subject is null ? null : ContractCompatibilityReport.Of(Subject);
        }
        catch (FitnessKitException exception)
        {
            notCompared = char.ToLowerInvariant(exception.Message[0]) + exception.Message[1..];
        }

        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:report} to have compatible contracts{reason}, but it is <null>.")
            .Then
            .ForCondition(notCompared is null)
            .FailWith("Expected {context:report} to have compatible contracts{reason}, but {0}", new Description(notCompared ?? string.Empty))
            .Then
            .ForCondition(contracts?.IsCompatible != false)
            .FailWith("Expected {context:report} to have compatible contracts{reason}, but found {0}:{1}", ContractFailure.Found(contracts), ContractFailure.Quote(contracts));
        return new AndConstraint<FitnessReportAssertions>(this);
    }

    private static Description Found(FitnessReport report)
    {
        var errors = report.Violations.Count(v => v.Severity == Severity.Error);
        return new Description(errors == 1 ? "1 violation" : $"{errors} violations");
    }

    private static Description Quote(FitnessReport report) => new(Environment.NewLine + report.Describe().TrimEnd());
}
