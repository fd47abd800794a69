using FitnessKit.Cli;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary>What <c>fitnesskit check</c> prints: a summary by context pair first, then the findings, identical violations once, capped unless <c>--all</c>.</summary>
public static class ConsoleOutputTests
{
    /// <summary>Runs <c>check</c> from the repository root, so that paths print relative to it.</summary>
    private static (int ExitCode, string Output) Check(CheckSettings settings)
    {
        using var console = new TestConsole();
        using (WorkingDirectory.Use(Repository.Root))
        {
            return (CheckCommand.Run(settings, console.Console), console.Output);
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    public sealed class On_the_data_subjects
    {
        [Fact]
        public void Counts_the_SQL_it_could_not_read_beyond_the_cap_in_the_plural()
        {
            // Given SQL that could not be read in more than one place, and a cap that lists none of it
            var unread = Tables.DataSubjects.Tables.Problems.Count;
            unread.Should().BeGreaterThan(1, "the subjects hold SQL that cannot be read in several places");
            using var console = new TestConsole();

            // When the report is printed
            ConsoleReport.Write(Tables.DataSubjects.Report, console.Console, Repository.Root, new ConsoleDetail { MostListed = 0 });

            // Then the line that counts them reads as a sentence
            console.Output.Should().Contain($"and {unread} more SQL statements not read (in the reports, or pass --all).");
        }
    }

    public sealed class On_the_broken_sample
    {
        [Fact]
        public void Prints_the_summary_by_context_pair_before_the_first_finding()
        {
            var (_, output) = Check(new CheckSettings(new FileInfo(Path.Combine(Repository.Sample("Shop.Broken"), "fitness.json"))));

            output.IndexOf("By context pair", StringComparison.Ordinal).Should().BePositive()
                .And.BeLessThan(output.IndexOf("FK001 ContractsOnly", StringComparison.Ordinal));
            output.Should().Contain("  Reporting -> Orders: 2 (FK004, FK005)")
                .And.Contain("  Billing, within the context: 2 (FK003, FK011)")
                .And.Contain("  assembly Shop.SharedEntities, shared by Billing, Shipping: 1 (FK002)");
        }

        [Fact]
        public void Prints_every_finding_when_they_are_fewer_than_the_cap()
        {
            var (_, output) = Check(new CheckSettings(new FileInfo(Path.Combine(Repository.Sample("Shop.Broken"), "fitness.json"))));

            Count(output, "\n  - ").Should().Be(26);
            output.Should().NotContain("not printed").And.EndWith("26 violations (23 errors, 2 warnings, 1 note).\n");
        }
    }

    public sealed class With_many_findings
    {
        [Fact]
        public void Prints_identical_findings_once_with_each_assembly_that_holds_them_under_it()
        {
            var (_, output) = Check(new CheckSettings(OutputSubjects.Config, All: true));

            Count(output, "SharedPriceFormatter.Format in context Sales uses").Should().Be(1);
            output.Should().Contain("FitnessKit.Subjects.Output.Catalog.Pricing.PriceList (parameter type, method call), which context Catalog keeps to itself")
                .And.Contain("(2 occurrences)")
                .And.MatchRegex(@"\n    at tests/Subjects/FitnessKit\.Subjects\.Output\.Sales\.Shared/SharedPriceFormatter\.cs:9 \(FitnessKit\.Subjects\.Output\.Sales\.North, FitnessKit\.Subjects\.Output\.Sales\.South\)\n");
        }

        [Fact]
        public void Prints_at_most_50_findings_and_says_how_many_more_there_are_and_where()
        {
            var (exitCode, output) = Check(new CheckSettings(OutputSubjects.Config));

            exitCode.Should().Be(1);
            Count(output, "\n  - error ").Should().Be(50);
            output.Should().Contain($"(64 violations in {OutputSubjects.Findings} findings)")
                .And.Contain($"  and {OutputSubjects.Findings - 50} more FK001 findings\n")
                .And.EndWith($"64 violations (64 errors).\n{OutputSubjects.Findings - 50} more findings not printed: pass --all to print every one, or --out DIR to write the reports.\n");
            Approvals.Verify(output, "check-many-findings");
        }

        [Fact]
        public void Prints_every_finding_with_all()
        {
            var (_, output) = Check(new CheckSettings(OutputSubjects.Config, All: true));

            Count(output, "\n  - error ").Should().Be(OutputSubjects.Findings);
            output.Should().NotContain("more FK001 findings").And.NotContain("not printed");
        }

        [Fact]
        public void Names_the_report_folder_for_the_findings_it_leaves_out_when_reports_are_written()
        {
            var folder = Directory.CreateTempSubdirectory("fitnesskit-console-").FullName;
            try
            {
                var (_, output) = Check(new CheckSettings(OutputSubjects.Config, Formats: "json", Output: new DirectoryInfo(folder)));

                output.Should().Contain($"{OutputSubjects.Findings - 50} more findings not printed: in the reports in {Path.GetRelativePath(Repository.Root, folder).Replace('\\', '/')} (or pass --all to print every one).");
                File.ReadAllText(Path.Combine(folder, "fitness-report.json")).Should().Contain("Quote60", "the reports keep every violation");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public sealed class The_summary_by_context_pair
    {
        private static Violation Between(string source, string target) => new()
        {
            Rule = RuleCatalog.ContractsOnly,
            Message = $"{source} uses {target}.",
            Fix = "Use the contracts.",
            SourceContext = source,
            SourceAssembly = source,
            TargetContext = target,
        };

        [Fact]
        public void Lists_the_largest_pairs_first_and_counts_the_pairs_it_leaves_out()
        {
            using var console = new TestConsole();
            var violations = Enumerable.Range(1, 20).Select(i => Between("Context" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "Core")).Append(Between("Context20", "Core")).ToList();

            ContextPairSummary.Write(violations, console.Console, mostPairs: 15);

            var lines = console.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(16);
            lines[1].Should().Be("  Context20 -> Core: 2 (2 FK001)");
            lines[2].Should().Be("  Context01 -> Core: 1 (FK001)");
            lines[^1].Should().Be("  and 6 more pairs with 6 violations");
        }

        [Fact]
        public void Names_a_finding_within_one_context_and_a_shared_assembly_by_what_they_are()
        {
            ContextPairSummary.Pair(Between("Billing", "Orders") with { TargetContext = null }).Should().Be("Billing, within the context");
            ContextPairSummary.Pair(Between("Billing", "Orders") with { TargetContext = null, TargetTable = "legacy" }).Should().Be("Billing -> a table no context owns");
            ContextPairSummary.Pair(Between("Billing", "Orders") with { SourceContext = null, SourceAssembly = "Shop.Shared", TargetContext = null, Related = ["Billing", "Shipping"] })
                .Should().Be("assembly Shop.Shared, shared by Billing, Shipping");
        }
    }

    public sealed class The_report_command
    {
        [Fact]
        public void Prints_the_summary_by_context_pair_and_no_finding()
        {
            var folder = Directory.CreateTempSubdirectory("fitnesskit-console-").FullName;
            try
            {
                using var console = new TestConsole();

                ReportCommand.Run(OutputSubjects.Config, null, "json", new DirectoryInfo(folder), console.Console).Should().Be(0);

                console.Output.Should().StartWith("Checked 2 contexts, 3 assemblies, 11 types, 1 rule (FK001): 64 violations (64 new).\nBy context pair")
                    .And.Contain("  Sales -> Catalog: 64 (64 FK001) [3 queries, 1 type use]\n")
                    .And.NotContain(" - error ");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public sealed class Budgets
    {
        [Fact]
        public void Leaves_every_group_whole_when_all_fit() =>
            FindingList.Budgets([3, 40, 7], 50).Should().HaveCount(3).And.OnlyContain(budget => budget == null);

        [Fact]
        public void Shares_the_cap_equally_and_gives_what_a_small_group_leaves_to_the_others() =>
            FindingList.Budgets([6000, 2, 100], 50).Should().Equal(24, 2, 24);

        [Fact]
        public void Prints_at_least_one_of_each_group() =>
            FindingList.Budgets([10, 10, 10], 2).Should().Equal(1, 1, 1);

        [Fact]
        public void Prints_everything_without_a_cap() =>
            FindingList.Budgets([6000, 2], null).Should().HaveCount(2).And.OnlyContain(budget => budget == null);
    }
}
