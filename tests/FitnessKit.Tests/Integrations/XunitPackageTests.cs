using FitnessKit.Baselines;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FitnessKit.Xunit;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace FitnessKit.Tests.Integrations;

/// <summary>FitnessKit.Xunit: the one-line assertion and the theory data that yields each rule of the catalog.</summary>
public sealed class XunitPackageTests
{
    public sealed class NoViolations
    {
        [Fact]
        public void Fails_on_the_broken_sample_with_every_planted_violation_grouped_by_rule_and_context()
        {
            var act = () => FitnessAssert.NoViolations(ShopSample.Report(ShopSample.Broken));

            var failure = act.Should().Throw<FitnessAssertException>().Which;
            failure.Should().BeAssignableTo<XunitException>("xUnit shows its message as the test's failure");
            failure.Report.Violations.Should().HaveCount(26);
            Approvals.Verify(ShopSample.Portable(failure.Message), "xunit-no-violations-failure");
        }

        [Fact]
        public void Passes_on_the_good_sample_and_writes_what_it_checked_to_the_test_output()
        {
            var output = new RecordingOutput();

            FitnessAssert.NoViolations(ShopSample.Assemblies(ShopSample.Good), ShopSample.Map, output);

            output.Text.Should().StartWith("Checked 4 contexts, ").And.Contain("rules (FK001, FK002, FK003, FK004, FK005, FK006, FK007, FK008, FK009, FK010, FK011, FK012, FK013)").And.Contain("No violations.");
        }

        [Fact]
        public void Given_a_loaded_code_base_fails_on_the_broken_sample_as_a_check_of_its_files_does()
        {
            var codeBase = CodeBase.Load(ShopSample.Assemblies(ShopSample.Broken));
            var map = ShopSample.MapOf(ShopSample.Broken);

            var act = () => FitnessAssert.NoViolations(codeBase, map);

            act.Should().Throw<FitnessAssertException>().Which.Message.Should().Be(
                Record.Exception(() => FitnessAssert.NoViolations(ShopSample.Assemblies(ShopSample.Broken), map))?.Message);
        }

        [Fact]
        public void Given_a_loaded_code_base_passes_on_the_good_sample()
        {
            var output = new RecordingOutput();

            FitnessAssert.NoViolations(CodeBase.Load(ShopSample.Assemblies(ShopSample.Good)), ShopSample.Map, output);

            output.Text.Should().StartWith("Checked 4 contexts, ").And.Contain("No violations.");
        }

        [Fact]
        public void Writes_the_same_description_to_the_test_output_when_it_fails()
        {
            var output = new RecordingOutput();

            var act = () => FitnessAssert.NoViolations(ShopSample.Report(ShopSample.Broken), output);

            act.Should().Throw<FitnessAssertException>().Which.Message.Should().EndWith(output.Text.TrimEnd('\n', '\r') + Environment.NewLine);
        }

        [Fact]
        public void Passes_when_the_only_violations_are_warnings()
        {
            var broken = ShopSample.Report(ShopSample.Broken);
            var warnings = FitnessCheck.Evaluate(broken.Model.CodeBase, ShopSample.MapOf(ShopSample.Broken), severities: RuleCatalog.Descriptors.ToDictionary(d => d.Id, _ => Severity.Warning));

            var act = () => FitnessAssert.NoViolations(warnings);

            warnings.Violations.Should().HaveCount(26);
            act.Should().NotThrow();
        }
    }

    public sealed class One_test_case_per_rule
    {
        private static readonly Lazy<CodeBase> Broken = new(() => ShopSample.Report(ShopSample.Broken).Model.CodeBase);

        [Fact]
        public void The_data_attribute_yields_each_rule_of_the_catalog_named_by_its_name()
        {
            var data = new CatalogRulesAttribute().GetData(typeof(One_test_case_per_rule).GetMethod(nameof(The_data_attribute_yields_each_rule_of_the_catalog_named_by_its_name))!);

            data.Select(row => row.Single().ToString()).Should().Equal(RuleCatalog.Descriptors.Select(d => d.Name));
        }

        [Theory]
        [CatalogRules]
        public void A_rule_survives_xunit_serialization(CatalogRule rule)
        {
            var serialized = SerializationHelper.Serialize(rule);

            SerializationHelper.Deserialize<CatalogRule>(serialized).Descriptor.Should().Be(rule.Descriptor);
        }

        [Theory]
        [CatalogRules]
        public void Each_rule_fails_alone_on_the_broken_sample_naming_only_its_own_violations(CatalogRule rule)
        {
            var map = ShopSample.MapOf(ShopSample.Broken);
            using var snapshots = new TemporaryFolder();
            if (rule.Descriptor == RuleCatalog.ContractCompatibility)
            {
                // The broken sample approves no contracts: FK013 compares it with the good sample's snapshots, in which OrderPlaced (the last type of Orders' snapshot) had a Currency.
                foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Sample(ShopSample.Good), "contracts")))
                {
                    File.Copy(file, Path.Combine(snapshots.Path, Path.GetFileName(file)));
                }

                File.AppendAllText(Path.Combine(snapshots.Path, "Shop.Orders.Contracts.contract.txt"), "  public string Currency { get; init; }\n");
                map = map.WithApprovedContracts(ApprovedContracts.Snapshots(snapshots.Path));
            }

            var act = () => FitnessAssert.NoViolations(Broken.Value, map, rule);
            if (rule.Descriptor.DefaultSeverity != Severity.Error)
            {
                // A warning is reported, never failed: the rule still finds its violations.
                act.Should().NotThrow();
                FitnessCheck.Evaluate(Broken.Value, ShopSample.MapOf(ShopSample.Broken), [RuleCatalog.Get(rule.Descriptor.Id)]).Violations.Should().NotBeEmpty()
                    .And.OnlyContain(v => v.Rule == rule.Descriptor && v.Severity == Severity.Warning);
                return;
            }

            var failure = act.Should().Throw<FitnessAssertException>().Which;
            failure.Report.Rules.Should().Equal(rule.Descriptor);
            failure.Report.Violations.Should().NotBeEmpty().And.OnlyContain(v => v.Rule == rule.Descriptor);
            failure.Message.Should().Contain($"1 rule ({rule.Descriptor.Id})");
        }

        [Theory]
        [CatalogRules]
        public void Each_rule_passes_alone_on_the_good_sample(CatalogRule rule) =>
            FitnessAssert.NoViolations(ShopSample.Report(ShopSample.Good).Model.CodeBase, ShopSample.Map, rule);
    }

    public sealed class Environment_settings : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void A_baseline_named_by_FITNESSKIT_BASELINE_lets_the_broken_sample_pass_and_says_so()
        {
            var baseline = Path.Combine(_folder.Path, "fitness.baseline.json");
            Baseline.Of(ShopSample.Report(ShopSample.Broken).Violations).Save(baseline);
            var output = new RecordingOutput();

            ReportGate.Enforce(ShopSample.Report(ShopSample.Broken), output, name => name == "FITNESSKIT_BASELINE" ? baseline : null);

            output.Text.Should().Contain("Compared with baseline fitness.baseline.json: 26 known (not failing), 0 new, 0 fixed.").And.Contain("No new violations.");
        }

        [Fact]
        public void A_folder_named_by_FITNESSKIT_REPORT_DIR_receives_the_reports_even_when_the_test_fails()
        {
            var settings = new Dictionary<string, string> { ["FITNESSKIT_REPORT_DIR"] = _folder.Path, ["FITNESSKIT_REPORT_FORMATS"] = "sarif,junit" };

            var act = () => ReportGate.Enforce(ShopSample.Report(ShopSample.Broken), null, name => settings.GetValueOrDefault(name));

            act.Should().Throw<FitnessAssertException>().Which.Message.Should().Contain("Reports: ");
            Directory.GetFiles(Path.Combine(_folder.Path, "all")).Select(Path.GetFileName).Should().BeEquivalentTo("fitness-report.sarif", "fitness-report.junit.xml");
            JsonSchemas.ValidateSarifFilesIn(_folder.Path).Should().Be(1);
        }

        [Fact]
        public void Per_rule_test_cases_write_to_their_own_folders()
        {
            var settings = new Dictionary<string, string> { ["FITNESSKIT_REPORT_DIR"] = _folder.Path, ["FITNESSKIT_REPORT_FORMATS"] = "json" };
            var report = ShopSample.Report(ShopSample.Good);
            var onlyContracts = new FitnessReport(report.Model, [RuleCatalog.ContractsOnly], report.Violations);

            ReportGate.Enforce(onlyContracts, null, name => settings.GetValueOrDefault(name));

            File.Exists(Path.Combine(_folder.Path, "FK001", "fitness-report.json")).Should().BeTrue();
        }
    }
}
