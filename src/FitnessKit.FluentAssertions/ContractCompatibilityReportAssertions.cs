using FitnessKit.Evaluation;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace FitnessKit.FluentAssertions;

/// <summary>
/// FluentAssertions for a <see cref="ContractCompatibilityReport"/>, what <see cref="ContractSnapshots.Compare(Inspection.CodeBase, ContextMapping.ContextMap, string?)"/>
/// returns. A failure quotes the comparison as <see cref="ContractCompatibilityReport.Describe"/> writes it: each
/// breaking change with the contexts that use the changed type, its file:line and fix.
/// </summary>
public sealed class ContractCompatibilityReportAssertions : ReferenceTypeAssertions<ContractCompatibilityReport, ContractCompatibilityReportAssertions>
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="contracts">The comparison under assertion.</param>
    public ContractCompatibilityReportAssertions(ContractCompatibilityReport contracts)
        : base(contracts)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "contracts";

    /// <summary>Asserts that no contract has a breaking change and every contract has an approved snapshot. Additive changes pass.</summary>
    /// <param name="because">Why the assertion is needed; may hold placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values of the placeholders in <paramref name="because"/>.</param>
    /// <returns>A constraint to chain further assertions.</returns>
    public AndConstraint<ContractCompatibilityReportAssertions> BeCompatible(string because = "", params object[] becauseArgs)
    {
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:contracts} to be compatible{reason}, but it is <null>.")
            .Then
            .ForCondition(Subject?.IsCompatible != false)
            .FailWith("Expected {context:contracts} to be compatible{reason}, but found {0}:{1}", ContractFailure.Found(Subject), ContractFailure.Quote(Subject));
        return new AndConstraint<ContractCompatibilityReportAssertions>(this);
    }
}
