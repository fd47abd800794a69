using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using Xunit.Abstractions;

namespace FitnessKit.Xunit;

/// <summary>
/// One-line xUnit assertions over a <see cref="FitnessReport"/>. A failure's message says what was checked, how many
/// violations were found, and each violation grouped by rule and context with its sentence, file:line and fix: the
/// same text as <see cref="FitnessReport.Describe"/>. A passing check writes what it checked to the test output, so
/// a green run is visibly not an empty one.
/// </summary>
public static class FitnessAssert
{
    /// <summary>Fails the test when the report holds a violation with <see cref="Severity.Error"/>.</summary>
    /// <param name="report">The evaluated report.</param>
    /// <param name="output">The test output, which receives the description of the report whether it passes or not; <see langword="null"/> for none.</param>
    /// <exception cref="FitnessAssertException">Some violation has <see cref="Severity.Error"/>.</exception>
    public static void NoViolations(FitnessReport report, ITestOutputHelper? output = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ReportGate.Enforce(report, output);
    }

    /// <summary>Loads the assemblies, evaluates every rule of the catalog, and fails the test on any error.</summary>
    /// <param name="source">The assemblies to inspect.</param>
    /// <param name="map">The context map.</param>
    /// <param name="output">The test output, which receives the description of the report; <see langword="null"/> for none.</param>
    /// <exception cref="FitnessAssertException">Some violation has <see cref="Severity.Error"/>.</exception>
    /// <exception cref="FitnessKitException">The assemblies cannot be read, or the map does not fit the code.</exception>
    public static void NoViolations(AssemblySource source, ContextMap map, ITestOutputHelper? output = null) =>
        NoViolations(FitnessCheck.Evaluate(source, map), output);

    /// <summary>Evaluates one rule of the catalog against a loaded code base and fails the test on any error of that rule.</summary>
    /// <param name="codeBase">The inspected code, loaded once for every rule.</param>
    /// <param name="map">The context map.</param>
    /// <param name="rule">The rule, as given by <see cref="CatalogRulesAttribute"/>.</param>
    /// <param name="output">The test output, which receives the description of the report; <see langword="null"/> for none.</param>
    /// <exception cref="FitnessAssertException">The rule has a violation with <see cref="Severity.Error"/>.</exception>
    /// <exception cref="FitnessKitException">The map does not fit the code.</exception>
    public static void NoViolations(CodeBase codeBase, ContextMap map, CatalogRule rule, ITestOutputHelper? output = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        NoViolations(FitnessCheck.Evaluate(codeBase, map, [rule.Rule]), output);
    }
}
