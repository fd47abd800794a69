using FitnessKit.Coupling;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>The coupling styles of each dependency, and FK012, on the compiled scenarios of FitnessKit.Subjects.Coupling (<see cref="CouplingScenarios"/>).</summary>
public sealed class SynchronousDataCouplingRuleTests
{
    private static readonly Lazy<CodeBase> Code = new(() => CodeBase.Load(AssemblySource.Files(Repository.Subject(CouplingScenarios.Assembly))));

    public static TheoryData<string> Scenarios() => new(CouplingScenarios.All.Select(s => s.Name));

    private static CouplingScenarios.Scenario Named(string name) => CouplingScenarios.All.Single(s => s.Name == name);

    private static FitnessReport Check(string name) => FitnessCheck.Evaluate(Code.Value, CouplingScenarios.Map(Named(name).Namespace));

    public sealed class Styles
    {
        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(SynchronousDataCouplingRuleTests))]
        public void Classify_each_use_of_the_other_context_as_an_event_a_command_a_query_or_a_type_use(string name)
        {
            // Given a scenario in which Shipping uses Orders in one style
            var scenario = Named(name);

            // When the dependencies between the contexts are computed
            var dependency = Check(name).Dependencies.Between("Shipping", "Orders");

            // Then Shipping -> Orders has exactly the uses of each style that the scenario plants
            dependency.Should().NotBeNull();
            dependency!.Styles.Should().Be(new StyleCounts(scenario.Events, scenario.Commands, scenario.Queries, scenario.TypeUses));
            Check(name).Dependencies.Between("Orders", "Shipping").Should().BeNull("Orders never uses Shipping");
        }

        [Fact]
        public void Count_a_data_dependency_as_data_beside_the_code_styles()
        {
            var dependency = Check("ContractQuery").Dependencies.Between("Shipping", "Orders")!;

            dependency.StyleList.Should().Equal((CouplingStyle.Queries, 2), (CouplingStyle.TypeUses, 1));
        }
    }

    public sealed class Evaluate
    {
        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(SynchronousDataCouplingRuleTests))]
        public void Reports_each_synchronous_query_once_per_asking_member_and_query_and_nothing_else(string name)
        {
            // Given a scenario, planted or compliant
            var scenario = Named(name);

            // When every rule is checked
            var found = Check(name).Violations.Where(v => v.Rule.Id == "FK012").ToList();

            // Then FK012 reports exactly the scenario's queries, as warnings from Shipping to Orders
            found.Select(v => new CouplingScenarios.Query(v.SourceType![(scenario.Namespace.Length + 1)..], v.SourceMember!, v.Related.Single()[(scenario.Namespace.Length + 1)..]))
                .Should().Equal(scenario.Reported);
            found.Should().NotContain(v => v.Severity != Severity.Warning || v.SourceContext != "Shipping" || v.TargetContext != "Orders");
        }

        [Fact]
        public void Reads_only_the_members_that_call_the_other_context_and_finds_what_reading_every_member_finds()
        {
            // Given the scenario whose queries hide in lambdas, state machines, local functions, getters and overloads
            var scenario = Named("HiddenQueries");
            var map = CouplingScenarios.Map(scenario.Namespace);

            // When FK012 reads only the members its dependencies point at, and again reading every member of every type
            var shortcut = FitnessCheck.Evaluate(CodeBase.Load(AssemblySource.Files(Repository.Subject(CouplingScenarios.Assembly))), map);
            FitnessReport longWay;
            using (Shortcuts.TurnOff())
            {
                longWay = FitnessCheck.Evaluate(CodeBase.Load(AssemblySource.Files(Repository.Subject(CouplingScenarios.Assembly))), map);
            }

            // Then both find the same queries, word for word and at the same places
            static string Said(FitnessReport report) => string.Join("\n", report.Violations.Where(v => v.Rule.Id == "FK012").Select(v => $"{v.Location} {v.Message}"));
            Said(shortcut).Should().Be(Said(longWay)).And.Contain("TotalOf");
        }

        [Fact]
        public void Reads_the_calls_recorded_as_the_check_decoded_and_finds_what_reading_the_IL_again_finds()
        {
            // Given the scenario whose queries hide in lambdas, state machines, local functions, getters and overloads
            var scenario = Named("HiddenQueries");
            var map = CouplingScenarios.Map(scenario.Namespace);
            var files = AssemblySource.Files(Repository.Subject(CouplingScenarios.Assembly));

            // When one check decodes the assembly from its file, recording the calls on the other context's types; another
            // decodes it in full to write it to an empty cache, recording them too; and a third reads the assembly from
            // that cache, which records none, without the calls the second stored, so that the coupling reads the IL again
            var recorded = FitnessCheck.Evaluate(CodeBase.Load(files), map);
            using var cache = new TemporaryFolder();
            var filling = FitnessCheck.Evaluate(CodeBase.Load(files, new LoadOptions { CacheDirectory = cache.Path }), map);
            ForgetCalls(cache);
            var reread = FitnessCheck.Evaluate(CodeBase.Load(files, new LoadOptions { CacheDirectory = cache.Path }), map);

            // Then the first holds, for the asking type, each member's calls to Orders' contracts, and nothing of the
            // calls inside Shipping; the second holds the same calls; the third none; and all say the same, at the same places
            var manifest = Manifest(recorded);
            var calls = recorded.Model.View.ForeignCallsOf(manifest);
            calls.Should().NotBeNull();
            calls!.Select(c => $"{c.Member} {c.Method}").Should().Contain(["Label Find", "Total TotalOf", "Cancelled IsCancelled", "OpenOrders CountOpen"]);
            calls.Should().OnlyContain(c => c.DeclaringType.Namespace.StartsWith($"{scenario.Namespace}.Orders", StringComparison.Ordinal));
            filling.Model.View.ForeignCallsOf(Manifest(filling)).Should().NotBeNull()
                .And.Subject.Select(Described).Should().Equal(calls.Select(Described), "decoded in full for the cache, the calls are recorded as the check decodes them from the file");
            reread.Model.View.ForeignCallsOf(Manifest(reread)).Should().BeNull();
            InspectedType Manifest(FitnessReport report) => report.Model.Contexts.Single(c => c.Name == "Shipping").Types.Single(t => t.FullName == $"{scenario.Namespace}.Shipping.Manifest");
            static string Described(ForeignCall call) => $"{call.Member} {call.MethodToken} {call.Offset} {call.DeclaringType.FullName} {call.Method} {call.ReturnType}";
            static string Said(FitnessReport report) => string.Join("\n", report.Violations.Where(v => v.Rule.Id == "FK012").Select(v => $"{v.Location} {v.Message}"));
            Said(recorded).Should().Be(Said(reread)).And.Be(Said(filling)).And.Contain("TotalOf");
        }

        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(SynchronousDataCouplingRuleTests))]
        public void Finds_the_same_with_the_calls_recorded_as_with_the_IL_read_again(string name)
        {
            // Given a scenario, checked once decoding its assembly from the file (the calls recorded), once reading it
            // from a cache without the calls stored (the callers' IL scanned again), and once with the calls that
            // scan stored
            var map = CouplingScenarios.Map(Named(name).Namespace);
            var files = AssemblySource.Files(Repository.Subject(CouplingScenarios.Assembly));
            using var cache = new TemporaryFolder();
            _ = FitnessCheck.Evaluate(CodeBase.Load(files, new LoadOptions { CacheDirectory = cache.Path }), map);
            ForgetCalls(cache);
            var reread = FitnessCheck.Evaluate(CodeBase.Load(files, new LoadOptions { CacheDirectory = cache.Path }), map);
            var stored = FitnessCheck.Evaluate(CodeBase.Load(files, new LoadOptions { CacheDirectory = cache.Path }), map);

            // Then all count the same styles and report the same queries, at the same places
            static string Said(FitnessReport report) => string.Join("\n", [
                .. report.Dependencies.All.Select(d => $"{d.From} -> {d.To}: {d.Styles}"),
                .. report.Violations.Where(v => v.Rule.Id == "FK012").Select(v => $"{v.Location} {v.Message}")]);
            Said(reread).Should().Be(Said(Check(name)));
            Said(stored).Should().Be(Said(Check(name)));
        }

        /// <summary>Deletes the calls a check stored in the model cache (<c>*.fkcc</c>), so that the next reads the IL.</summary>
        private static void ForgetCalls(TemporaryFolder cache)
        {
            foreach (var file in Directory.GetFiles(cache.Path, "*.fkcc"))
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void Leaves_a_query_of_the_other_contexts_internals_to_FK001()
        {
            var report = Check("InternalQuery");

            report.Violations.Should().Contain(v => v.Rule.Id == "FK001" && v.SourceMember == "Label" && v.TargetType!.EndsWith(".Orders.OrderLookup", StringComparison.Ordinal));
            report.Violations.Should().NotContain(v => v.Rule.Id == "FK012");
        }

        [Fact]
        public void Names_the_owners_events_in_the_fix_or_says_that_it_publishes_none()
        {
            Check("ContractQuery").Violations.First(v => v.Rule.Id == "FK012").Allowed.Should().Equal("FitnessKit.Subjects.Coupling.ContractQuery.Orders.Contracts.OrderPlaced");
            Check("HttpClientQuery").Violations.Single(v => v.Rule.Id == "FK012").Fix.Should().StartWith("Orders publishes no event in its contracts: have it publish integration events");
        }

        [Fact]
        public void Locates_the_call_and_is_a_warning_that_does_not_fail_the_check()
        {
            var report = Check("ContractQuery");

            report.Violations.Where(v => v.Rule.Id == "FK012").Select(v => v.Location!.ToString(Repository.Root))
                .Should().Equal($"tests/Subjects/{CouplingScenarios.Assembly}/Scenarios/ContractQuery.cs:34", $"tests/Subjects/{CouplingScenarios.Assembly}/Scenarios/ContractQuery.cs:29");
            report.HasErrors.Should().BeFalse();
        }

        [Fact]
        public void Locates_a_query_called_again_and_through_overloads_at_its_first_call_that_returns_data()
        {
            var report = Check("RepeatedCalls");

            report.Violations.Where(v => v.Rule.Id == "FK012").Select(v => v.Location!.ToString(Repository.Root))
                .Should().Equal($"tests/Subjects/{CouplingScenarios.Assembly}/Scenarios/RepeatedCalls.cs:28", $"tests/Subjects/{CouplingScenarios.Assembly}/Scenarios/RepeatedCalls.cs:32");
        }

        [Fact]
        public void Locates_a_Refit_method_which_has_no_body_at_its_call()
        {
            var violation = Check("RefitClient").Violations.Single(v => v.Rule.Id == "FK012");

            violation.SourceMember.Should().Be("GetOrderAsync");
            violation.Location!.ToString(Repository.Root).Should().Be($"tests/Subjects/{CouplingScenarios.Assembly}/Scenarios/RefitClient.cs:34");
        }

        [Fact]
        public void Says_each_violation_in_a_sentence_with_its_location_and_fix()
        {
            var text = string.Join(
                Environment.NewLine + Environment.NewLine,
                CouplingScenarios.All.SelectMany(s => Check(s.Name).Violations.Where(v => v.Rule.Id == "FK012")).Select(v => v.Describe(Repository.Root)));

            Approvals.Verify(text, "FK012-messages");
        }
    }

    public sealed class Alone
    {
        [Fact]
        public void Checked_alone_leaves_the_report_the_dependencies_and_tables_a_check_of_every_rule_gives()
        {
            // Given a scenario in which Shipping queries Orders through its contracts, and FK012, which reads only how
            // the contexts use each other
            var map = CouplingScenarios.Map(Named("ContractQuery").Namespace);
            var rule = RuleCatalog.All.Single(r => r.Descriptor.Id == "FK012");

            // When it is checked alone, and with every rule
            var alone = FitnessCheck.Evaluate(Code.Value, map, [rule]);
            var all = FitnessCheck.Evaluate(Code.Value, map);

            // Then its report reads the tables and draws the same dependencies between contexts, data included
            alone.Violations.Should().NotBeEmpty().And.OnlyContain(v => v.Rule.Id == "FK012");
            alone.Tables.Should().NotBeNull();
            alone.Dependencies.HasData.Should().BeTrue();
            alone.Dependencies.All.Select(d => (d.From, d.To, d.Uses, d.DataUses, d.Styles)).Should()
                .Equal(all.Dependencies.All.Select(d => (d.From, d.To, d.Uses, d.DataUses, d.Styles)));
        }
    }
}
