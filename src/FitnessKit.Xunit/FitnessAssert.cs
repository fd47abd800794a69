using System.Runtime.CompilerServices;
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

    /// <summary>
    /// Evaluates every rule of the catalog against a loaded code base and fails the test on any error. Checks of one
    /// code base with one map object share what was decoded, the map's resolution and the catalogs the rules read, so a
    /// test class that loads its code base once (a <c>static Lazy&lt;CodeBase&gt;</c>) reads the code once for this check
    /// and its one-rule cases.
    /// </summary>
    /// <param name="codeBase">The inspected code.</param>
    /// <param name="map">The context map.</param>
    /// <param name="output">The test output, which receives the description of the report; <see langword="null"/> for none.</param>
    /// <exception cref="FitnessAssertException">Some violation has <see cref="Severity.Error"/>.</exception>
    /// <exception cref="FitnessKitException">The map does not fit the code.</exception>
    public static void NoViolations(CodeBase codeBase, ContextMap map, ITestOutputHelper? output = null) =>
        NoViolations(FitnessCheck.Evaluate(codeBase, map), output);

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

    /// <summary>
    /// Compares each contract of the map with its approved snapshot (FK013, ContractCompatibility) and fails the test on
    /// a breaking change, naming what changed and the contexts that use it, or on a contract with no snapshot. Additive
    /// changes are written to the test output and never fail. With the environment variable
    /// <c>FITNESSKIT_APPROVE_CONTRACTS=1</c> it first writes the snapshots of the contracts as they are (the files
    /// <c>fitnesskit contracts approve</c> writes, only in the snapshot folder), so the test passes; review and commit them.
    /// </summary>
    /// <param name="source">The assemblies to inspect.</param>
    /// <param name="map">The context map, whose contracts are compared.</param>
    /// <param name="snapshotDirectory">The snapshot folder. A relative path is relative to the folder of the test's source file, where approved files of snapshot tests live (<c>"contracts"</c> beside the test, <c>"../Shop/contracts"</c>); <see langword="null"/> for what the map approves (<c>"contractSnapshots"</c> of fitness.json).</param>
    /// <param name="output">The test output, which receives the comparison whether it passes or not; <see langword="null"/> for none.</param>
    /// <param name="testFile">Set by the compiler: the test's source file.</param>
    /// <exception cref="FitnessAssertException">A contract has a breaking change or no approved snapshot.</exception>
    /// <exception cref="FitnessKitException">The assemblies or a snapshot cannot be read (the message names the file), the map does not fit the code or declares no contract, or the snapshots cannot be written.</exception>
    public static void ContractsCompatible(AssemblySource source, ContextMap map, string? snapshotDirectory = null, ITestOutputHelper? output = null, [CallerFilePath] string testFile = "") =>
        ContractsCompatible(CodeBase.Load(source), map, snapshotDirectory, output, testFile);

    /// <summary>Compares each contract of the map with its approved snapshot in a loaded code base, as <see cref="ContractsCompatible(AssemblySource, ContextMap, string?, ITestOutputHelper?, string)"/>.</summary>
    /// <param name="codeBase">The inspected code.</param>
    /// <param name="map">The context map, whose contracts are compared.</param>
    /// <param name="snapshotDirectory">The snapshot folder, relative to the folder of the test's source file; <see langword="null"/> for what the map approves.</param>
    /// <param name="output">The test output, which receives the comparison; <see langword="null"/> for none.</param>
    /// <param name="testFile">Set by the compiler: the test's source file.</param>
    /// <exception cref="FitnessAssertException">A contract has a breaking change or no approved snapshot.</exception>
    /// <exception cref="FitnessKitException">A snapshot cannot be read, the map does not fit the code or declares no contract, or the snapshots cannot be written.</exception>
    public static void ContractsCompatible(CodeBase codeBase, ContextMap map, string? snapshotDirectory = null, ITestOutputHelper? output = null, [CallerFilePath] string testFile = "")
    {
        ArgumentNullException.ThrowIfNull(codeBase);
        ArgumentNullException.ThrowIfNull(map);
        ContractGate.Enforce(codeBase, map, SnapshotFolder(snapshotDirectory, testFile), output, Environment.GetEnvironmentVariable);
    }

    /// <summary>Resolves a relative snapshot folder against the folder of the test's source file, as snapshot tests do.</summary>
    internal static string? SnapshotFolder(string? directory, string testFile)
    {
        if (directory is null || Path.IsPathRooted(directory))
        {
            return directory;
        }

        var folder = Path.GetDirectoryName(testFile);
        return !string.IsNullOrEmpty(folder) && Directory.Exists(folder)
            ? Path.GetFullPath(Path.Combine(folder, directory))
            : throw new FitnessKitException($"The snapshot folder \"{directory}\" is relative to the test's source folder, but the test's source file ({(testFile.Length == 0 ? "none was given" : testFile)}) is not on this machine, as in a build that maps source paths; give an absolute folder.");
    }
}
