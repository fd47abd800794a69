using FitnessKit.Baselines;
using FitnessKit.Evaluation;
using FitnessKit.Model;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Baselines;

/// <summary>A baseline accepts the violations it records, edge by edge and with counts, and nothing else.</summary>
public sealed class BaselineTests
{
    private static FitnessReport Broken => SampleReports.Broken;

    [Fact]
    public void Should_record_one_entry_per_edge_and_write_sorted_json_without_dates()
    {
        var baseline = Baseline.Of(Broken.Violations);

        baseline.Entries.Should().HaveCount(26);
        baseline.ViolationCount.Should().Be(26);
        Approvals.Verify(baseline.ToJson(), "baseline-of-broken-sample");
    }

    [Fact]
    public void Should_read_back_what_it_wrote()
    {
        var baseline = Baseline.Of(Broken.Violations);

        var read = Baseline.Parse(baseline.ToJson(), "fitness.baseline.json");

        read.Entries.Should().Equal(baseline.Entries);
    }

    [Fact]
    public void Should_accept_every_recorded_violation_so_the_check_passes()
    {
        var report = Broken.Against(Baseline.Of(Broken.Violations));

        report.HasErrors.Should().BeFalse();
        report.Violations.Should().OnlyContain(v => v.Baselined).And.HaveCount(26);
        report.NewViolations.Should().BeEmpty();
        report.Baseline!.Known.Should().Be(26);
        report.Baseline.Stale.Should().BeEmpty();
        Broken.HasErrors.Should().BeTrue("applying a baseline returns a new report and leaves the original alone");
    }

    [Fact]
    public void Should_fail_on_a_violation_the_baseline_does_not_record()
    {
        var planted = Broken.Violations.First(v => v.Rule.Id == "FK001");
        var baseline = Baseline.Of(Broken.Where(v => v != planted).Violations);

        var report = Broken.Against(baseline);

        report.HasErrors.Should().BeTrue();
        report.NewViolations.Should().ContainSingle().Which.Key.Should().Be(planted.Key);
        report.Baseline!.Known.Should().Be(25);
    }

    [Fact]
    public void Should_not_let_a_frozen_edge_hide_a_new_member_of_the_same_type_using_the_same_target()
    {
        var frozen = Broken.Violations.First(v => v.Rule.Id == "FK001");
        var sameTypeOtherMember = frozen with { SourceMember = "RefundAsync" };
        var report = SampleReports.WithViolations(Broken, [.. Broken.Violations, sameTypeOtherMember]).Against(Baseline.Of(Broken.Violations));

        report.NewViolations.Should().ContainSingle().Which.SourceMember.Should().Be("RefundAsync");
    }

    [Fact]
    public void Should_count_violations_per_edge_so_a_second_one_on_a_recorded_edge_is_new()
    {
        var frozen = Broken.Violations.First(v => v.Rule.Id == "FK001");
        var again = frozen with { Location = new SourceLocation(frozen.Location!.File, frozen.Location.Line + 40) };
        var report = SampleReports.WithViolations(Broken, [.. Broken.Violations, again]).Against(Baseline.Of(Broken.Violations));

        report.NewViolations.Should().ContainSingle();
        report.Baseline!.Known.Should().Be(26);
        report.Baseline.New.Should().Be(1);
    }

    [Fact]
    public void Should_keep_accepting_a_violation_whose_line_moved()
    {
        var baseline = Baseline.Of(Broken.Violations);
        var moved = Broken.Violations.Select(v => v.Location is null ? v : v with { Location = v.Location with { Line = v.Location.Line + 12 } });

        var report = SampleReports.WithViolations(Broken, moved).Against(baseline);

        report.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Should_report_fixed_violations_as_stale_entries_and_prune_them_on_request()
    {
        var fixedOne = Broken.Violations.First(v => v.Rule.Id == "FK003");
        var report = Broken.Where(v => v != fixedOne).Against(Baseline.Of(Broken.Violations));

        report.HasErrors.Should().BeFalse();
        report.Baseline!.Stale.Should().ContainSingle().Which.Key.Should().Be(fixedOne.Key);
        report.Baseline.FixedCount.Should().Be(1);
        report.Baseline.Pruned().Entries.Select(e => e.Key).Should().NotContain(fixedOne.Key).And.HaveCount(25);
        report.Baseline.Describe().Should().Be("Compared with the baseline: 25 known (not failing), 0 new, 1 fixed; 1 stale entry matches nothing any more (remove it with 'fitnesskit baseline --prune').");
    }

    [Fact]
    public void Should_lower_a_count_when_some_violations_of_an_edge_were_fixed()
    {
        var frozen = Broken.Violations.First(v => v.Rule.Id == "FK001");
        var twice = SampleReports.WithViolations(Broken, [.. Broken.Violations, frozen with { Location = null }]);
        var baseline = Baseline.Of(twice.Violations);
        baseline.Entries.Single(e => e.Key == frozen.Key).Count.Should().Be(2);

        var status = Broken.Against(baseline).Baseline!;

        status.Stale.Should().BeEmpty();
        status.FixedCount.Should().Be(1);
        status.Pruned().Entries.Single(e => e.Key == frozen.Key).Count.Should().Be(1);
    }

    [Fact]
    public void Should_describe_the_comparison_in_the_failure_message()
    {
        var planted = Broken.Violations.First(v => v.Rule.Id == "FK002");
        var report = Broken.Against(Baseline.Of(Broken.Where(v => v != planted).Violations));

        Approvals.Verify(report.Describe(Repository.Root), "describe-with-baseline");
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("malformed", "{ \"fitnessKitBaseline\": 1, \"violations\": [ { \"rule\": \"FK001\", ")]
    [InlineData("not-an-object", "[1, 2]")]
    [InlineData("no-format", "{ \"violations\": [] }")]
    [InlineData("older-format", "{ \"fitnessKitBaseline\": 0, \"violations\": [] }")]
    [InlineData("newer-format", "{ \"fitnessKitBaseline\": 2, \"entries\": [] }")]
    [InlineData("entry-without-source", "{ \"fitnessKitBaseline\": 1, \"violations\": [ { \"rule\": \"FK001\", \"count\": 1 } ] }")]
    [InlineData("bad-count", "{ \"fitnessKitBaseline\": 1, \"violations\": [ { \"rule\": \"FK001\", \"source\": \"A\", \"count\": 0 }, { \"rule\": \"FK001\", \"source\": \"B\", \"count\": \"two\" } ] }")]
    [InlineData("unknown-key", "{ \"fitnessKitBaseline\": 1, \"violations\": [ { \"rule\": \"FK001\", \"source\": \"A\", \"count\": 1, \"lines\": [3] } ] }")]
    [InlineData("duplicate-entry", "{ \"fitnessKitBaseline\": 1, \"violations\": [\n { \"rule\": \"FK001\", \"source\": \"A\", \"count\": 1 },\n { \"rule\": \"FK001\", \"source\": \"A\", \"count\": 2 } ] }")]
    public void Should_reject_a_corrupt_or_foreign_baseline_with_the_file_line_and_what_is_expected(string name, string json)
    {
        var read = () => Baseline.Parse(json, "fitness.baseline.json");

        var problem = read.Should().Throw<FitnessKitException>().Which;
        problem.Problems.Should().OnlyContain(p => p.StartsWith("fitness.baseline.json", StringComparison.Ordinal));
        Approvals.Verify(problem.Message, "corrupt-baseline-" + name);
    }

    [Fact]
    public void Should_reject_a_baseline_that_lists_a_rule_that_does_not_exist()
    {
        var baseline = Baseline.Parse("{ \"fitnessKitBaseline\": 1, \"violations\": [\n  { \"rule\": \"FK0001\", \"source\": \"Shop.Billing.BillingService\", \"count\": 1 }\n] }", "fitness.baseline.json");

        var apply = () => Broken.Against(baseline);

        apply.Should().Throw<FitnessKitException>().WithMessage("fitness.baseline.json(2,3): the baseline lists rule 'FK0001', which is not a FitnessKit rule (did you mean \"FK001\"?). Remove the entry, or recreate the baseline with 'fitnesskit baseline'.");
    }

    [Fact]
    public void Should_keep_the_entries_of_a_rule_that_was_not_evaluated_without_calling_them_stale()
    {
        var onlyContracts = Broken.Where(v => v.Rule.Id == "FK001");
        var rulesEvaluated = SampleReports.WithViolations(onlyContracts, onlyContracts.Violations);
        var baseline = Baseline.Of(Broken.Violations);
        var report = new FitnessReport(rulesEvaluated.Model, [RuleCatalog.ContractsOnly], rulesEvaluated.Violations).Against(baseline);

        report.Baseline!.Stale.Should().BeEmpty();
        report.Baseline.Pruned().Entries.Should().HaveCount(26);
    }

    [Fact]
    public void Should_save_atomically_and_name_the_file_when_it_cannot_be_written()
    {
        using var folder = new TemporaryFolder();
        var file = Path.Combine(folder.Path, "fitness.baseline.json");

        Baseline.Of(Broken.Violations).Save(file);
        Baseline.Load(file).Entries.Should().HaveCount(26);
        Directory.GetFiles(folder.Path).Should().Equal(file);

        var blocked = Path.Combine(file, "inside-a-file.json");
        var save = () => Baseline.Of(Broken.Violations).Save(blocked);
        save.Should().Throw<FitnessKitException>().Which.Message.Should().StartWith(blocked + ": cannot write the file");
    }
}
