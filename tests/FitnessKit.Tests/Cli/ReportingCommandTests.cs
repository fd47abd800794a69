using FitnessKit.Baselines;
using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary><c>check --out</c>, <c>report</c> and <c>baseline</c>: reports written where asked, and a baseline that lets the broken sample pass until a new violation is planted.</summary>
public sealed class ReportingCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string BaselineFile => Path.Combine(_folder.Path, "fitness.baseline.json");

    [Fact]
    public void Check_with_out_writes_all_five_reports_and_still_fails_on_violations()
    {
        var output = Path.Combine(_folder.Path, "report");
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), Output: new DirectoryInfo(output)), console.Console);

        exitCode.Should().Be(1);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("fitness-report.html", "fitness-report.md", "fitness-report.json", "fitness-report.sarif", "fitness-report.junit.xml");
        JsonSchemas.ValidateSarifFilesIn(output).Should().Be(1);
        console.Output.Should().Contain("Reports: ").And.Contain("fitness-report.sarif");
    }

    [Fact]
    public void Report_writes_only_the_requested_formats_and_exits_0_whatever_they_contain()
    {
        var output = Path.Combine(_folder.Path, "only-sarif");
        using var console = new TestConsole();

        var exitCode = ReportCommand.Run(new FileInfo(SampleReports.Config("Shop.Broken")), null, "sarif,md", new DirectoryInfo(output), console.Console);

        exitCode.Should().Be(0, console.Output);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo("fitness-report.sarif", "fitness-report.md");
        console.Output.Should().Contain("26 violations (26 new)");
    }

    [Fact]
    public void Report_rejects_an_unknown_format_with_exit_code_2()
    {
        using var console = new TestConsole();

        var exitCode = ReportCommand.Run(new FileInfo(SampleReports.Config("Shop.Broken")), null, "pdf", new DirectoryInfo(_folder.Path), console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain("'pdf' is not a report format");
        Directory.GetFiles(_folder.Path).Should().BeEmpty();
    }

    [Fact]
    public void A_baseline_of_the_broken_sample_makes_check_pass_and_a_new_planted_violation_fails_it()
    {
        using var record = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile)), record.Console).Should().Be(0, record.Output);
        record.Output.Should().Contain("Recorded 26 violations as 26 entries").And.Contain("(created)");

        using var known = new TestConsole();
        CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile)), known.Console).Should().Be(0, known.Output);
        known.Output.Should().Contain("26 known (not failing), 0 new, 0 fixed.").And.Contain("No new violations.");

        using var planted = new TestConsole();
        CheckCommand.Run(new CheckSettings(new FileInfo(BrokenWithNewViolation()), new FileInfo(BaselineFile)), planted.Console).Should().Be(1);
        Approvals.Verify(Portable(planted.Output), "check-baseline-new-violation");
    }

    [Fact]
    public void Baseline_strict_refuses_to_create_or_grow_the_baseline()
    {
        using var missing = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile), Strict: true), missing.Console).Should().Be(1);
        File.Exists(BaselineFile).Should().BeFalse();

        using var record = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile)), record.Console).Should().Be(0);
        var recorded = File.ReadAllText(BaselineFile);

        using var grow = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(BrokenWithNewViolation()), new FileInfo(BaselineFile), Strict: true), grow.Console).Should().Be(1);
        grow.Output.Should().Contain("--strict: the baseline would grow by 1 violation; fix it instead of recording it:").And.Contain("+ FK001 Shop.Billing.Reports.RevenueReport.Projected -> Shop.Orders.PricingPolicy");
        File.ReadAllText(BaselineFile).Should().Be(recorded);
    }

    [Fact]
    public void Fixed_violations_leave_stale_entries_that_strict_check_rejects_and_prune_removes()
    {
        using var record = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(BrokenWithNewViolation()), new FileInfo(BaselineFile)), record.Console).Should().Be(0, record.Output);
        Baseline.Load(BaselineFile).ViolationCount.Should().Be(27);

        using var lenient = new TestConsole();
        CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile)), lenient.Console).Should().Be(0);
        lenient.Output.Should().Contain("1 stale entry matches nothing any more").And.Contain("stale: FK001 Shop.Billing.Reports.RevenueReport.Projected");

        using var strict = new TestConsole();
        CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile), Strict: true), strict.Console).Should().Be(1);

        using var prune = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile), Prune: true), prune.Console).Should().Be(0);
        prune.Output.Should().Contain("1 fixed violation removed (1 stale entry)");
        Baseline.Load(BaselineFile).ViolationCount.Should().Be(26);

        using var clean = new TestConsole();
        CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile), Strict: true), clean.Console).Should().Be(0, clean.Output);
    }

    [Fact]
    public void Prune_never_adds_a_new_violation()
    {
        using var record = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile)), record.Console).Should().Be(0);

        using var prune = new TestConsole();
        BaselineCommand.Run(new BaselineSettings(new FileInfo(BrokenWithNewViolation()), new FileInfo(BaselineFile), Prune: true), prune.Console).Should().Be(0);

        prune.Output.Should().Contain("1 new violation was not added");
        Baseline.Load(BaselineFile).ViolationCount.Should().Be(26);
    }

    [Fact]
    public void A_corrupt_baseline_is_bad_input_named_by_file_and_line()
    {
        File.WriteAllText(BaselineFile, "{ \"fitnessKitBaseline\": 1, \"violations\": [ { \"rule\": \"FK001\" ");
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile)), console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain($"{BaselineFile}(1,").And.Contain("malformed JSON").And.NotContain("   at ");
    }

    [Fact]
    public void A_missing_baseline_is_bad_input_that_says_how_to_create_one()
    {
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(BaselineFile)), console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain($"{BaselineFile}: the baseline file does not exist. Create it with 'fitnesskit baseline");
    }

    /// <summary>The broken sample plus Shop.Billing.Reports, a Billing assembly compiled after the baseline that uses Orders' internal pricing policy.</summary>
    private string BrokenWithNewViolation()
    {
        var subject = Path.Combine(Repository.Root, "artifacts", "subjects", "FitnessKit.Subjects.Baseline.NewViolation", "Shop.Billing.Reports.dll");
        var bin = Path.Combine(Repository.Sample("Shop.Broken"), "bin");
        var config = File.ReadAllText(SampleReports.Config("Shop.Broken"))
            .Replace("\"$schema\": \"../../schema/fitness.schema.json\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"assemblies\": [\"bin/Shop.*.dll\"]", $"\"assemblies\": [{Quote(bin + "/Shop.*.dll")}, {Quote(subject)}]", StringComparison.Ordinal)
            .Replace("\"contractSnapshots\": \"contracts\"", $"\"contractSnapshots\": {Quote(Path.Combine(Repository.Sample("Shop.Broken"), "contracts"))}", StringComparison.Ordinal);
        var path = Path.Combine(_folder.Path, "fitness.planted.json");
        File.WriteAllText(path, config);
        return path;
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private string Portable(string text) => text.Replace(_folder.Path, "<temp>", StringComparison.Ordinal).Replace(Repository.Root + "/", string.Empty, StringComparison.Ordinal);
}
