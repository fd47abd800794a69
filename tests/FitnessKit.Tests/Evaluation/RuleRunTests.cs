using FitnessKit.ContextMapping;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Evaluation;

/// <summary>
/// The rules of a check run side by side, as many at once as the code base was loaded to use threads: the answer must be
/// the one that evaluating them in turn gives, and a failure must surface as it would in turn.
/// </summary>
public sealed class RuleRunTests
{
    private static readonly RuleDescriptor First = new("XT001", "First", "The first test rule", Severity.Error, "For the test.", "None.");
    private static readonly RuleDescriptor Second = new("XT002", "Second", "The second test rule", Severity.Error, "For the test.", "None.");
    private static readonly RuleDescriptor Third = new("XT003", "Third", "The third test rule", Severity.Error, "For the test.", "None.");
    private static readonly RuleDescriptor Fourth = new("XT004", "Fourth", "The fourth test rule", Severity.Error, "For the test.", "None.");

    /// <summary>The broken sample and the data subjects: every rule of the catalog has something to say, and the data rules share the tables they read.</summary>
    public static TheoryData<string> Maps => new()
    {
        Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json"),
        LayoutSubjects.HandWrittenMap(LayoutSubjects.Microservices),
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void Rules_side_by_side_give_the_answer_of_rules_in_turn(string configPath)
    {
        var config = FitnessConfig.Load(configPath);
        var inTurn = Answers(config.Assemblies, config.Map, config.Rules, config.Severities, 1);

        inTurn.Select(a => a[..5]).Distinct().Should().HaveCountGreaterThan(2, "several rules, each on a thread of its own, have something to report");
        // Which rule finishes first, and so which rule builds what they share, changes from run to run.
        for (var run = 0; run < 3; run++)
        {
            Answers(config.Assemblies, config.Map, config.Rules, config.Severities, 4).Should().Equal(inTurn);
        }
    }

    [Fact]
    public void The_data_rules_side_by_side_give_the_answer_of_rules_in_turn()
    {
        var inTurn = Answers(DataSubjects.Source, DataSubjects.Map, null, null, 1);

        inTurn.Select(a => a[..5]).Distinct().Should().Contain(["FK004", "FK005", "FK006", "FK007"]);
        Answers(DataSubjects.Source, DataSubjects.Map, null, null, 4).Should().Equal(inTurn);
    }

    [Fact]
    public void Rules_run_at_the_same_time_when_the_code_base_may_use_two_threads()
    {
        using var bothStarted = new Barrier(2);
        var rules = new IFitnessRule[] { new MeetingRule(First, bothStarted), new MeetingRule(Second, bothStarted) };

        var found = RuleRun.Evaluate(rules, Context(), parallelism: 2);

        found.Select(f => f.Single().Message).Should().Equal("XT001 met the other rule.", "XT002 met the other rule.");
    }

    [Fact]
    public void One_thread_evaluates_the_rules_in_turn()
    {
        var order = new List<string>();
        var rules = new IFitnessRule[] { new ActingRule(First, () => order.Add("XT001")), new ActingRule(Second, () => order.Add("XT002")) };

        RuleRun.Evaluate(rules, Context(), parallelism: 1);

        order.Should().Equal("XT001", "XT002");
    }

    /// <summary>The second rule fails at once, the first only after the second has: the first's failure is the one thrown, as in turn.</summary>
    [Fact]
    public void When_rules_fail_the_failure_of_the_first_in_order_is_thrown()
    {
        using var secondFailed = new ManualResetEventSlim();
        var rules = new IFitnessRule[]
        {
            new ActingRule(First, () =>
            {
                secondFailed.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue("the second rule runs beside the first");
                throw new FitnessKitException("the first rule failed");
            }),
            new ActingRule(Second, () =>
            {
                secondFailed.Set();
                throw new FitnessKitException("the second rule failed");
            }),
        };

        var evaluate = () => RuleRun.Evaluate(rules, Context(), parallelism: 2);

        evaluate.Should().Throw<FitnessKitException>().WithMessage("the first rule failed");
    }

    [Fact]
    public void Side_by_side_the_first_rule_that_reads_the_dependencies_between_contexts_starts_first_and_the_others_last()
    {
        var rules = new IFitnessRule[] { new ActingRule(First, () => { }), new DependenciesRule(Second, () => { }), new ActingRule(Third, () => { }), new DependenciesRule(Fourth, () => { }) };

        RuleRun.StartOrder(rules, threads: 2).Should().Equal(1, 0, 2, 3);
        RuleRun.StartOrder(rules, threads: 1).Should().Equal(0, 1, 2, 3);
        RuleRun.StartOrder([.. rules.Where(r => r is not DependenciesRule)], threads: 2).Should().Equal(0, 1);
        RuleRun.StartOrder([.. RuleCatalog.All], threads: 2).Select(i => RuleCatalog.All[i].Descriptor.Id)
            .Should().Equal("FK009", "FK001", "FK002", "FK003", "FK004", "FK005", "FK006", "FK007", "FK008", "FK010", "FK011", "FK013", "FK012");
    }

    /// <summary>
    /// The third rule reads the dependencies between contexts, so it starts first, and fails. The first holds the other
    /// thread until then; the second, which starts only after the third has failed, must still run, as it would have
    /// run before the third in turn, and its failure is the one thrown.
    /// </summary>
    [Fact]
    public void A_rule_before_a_failed_one_in_order_still_runs_when_it_starts_after_it()
    {
        using var thirdFailed = new ManualResetEventSlim();
        var ran = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var rules = new IFitnessRule[]
        {
            new ActingRule(First, () =>
            {
                thirdFailed.Wait(TimeSpan.FromSeconds(30));
                Thread.Sleep(200);
            }),
            new ActingRule(Second, () =>
            {
                ran.Enqueue("XT002");
                throw new FitnessKitException("the second rule failed");
            }),
            new DependenciesRule(Third, () =>
            {
                thirdFailed.Set();
                throw new FitnessKitException("the third rule failed");
            }),
        };

        var evaluate = () => RuleRun.Evaluate(rules, Context(), parallelism: 2);

        evaluate.Should().Throw<FitnessKitException>().WithMessage("the second rule failed");
        ran.Should().Equal("XT002");
    }

    [Fact]
    public void No_rule_starts_after_one_has_failed()
    {
        var started = new List<string>();
        var rules = new IFitnessRule[]
        {
            new ActingRule(First, () => throw new FitnessKitException("the first rule failed")),
            new ActingRule(Second, () => started.Add("XT002")),
        };

        var evaluate = () => RuleRun.Evaluate(rules, Context(), parallelism: 1);

        evaluate.Should().Throw<FitnessKitException>().WithMessage("the first rule failed");
        started.Should().BeEmpty();
    }

    private static IReadOnlyList<string> Answers(AssemblySource source, ContextMap map, IEnumerable<IFitnessRule>? rules, IReadOnlyDictionary<string, Severity>? severities, int threads)
    {
        var codeBase = CodeBase.Load(source, new LoadOptions { MaxDegreeOfParallelism = threads });
        var report = FitnessCheck.Evaluate(codeBase, map, rules, severities);
        return [.. report.Violations.Select(Describe)];
    }

    private static string Describe(Violation v) =>
        string.Join(" | ", v.Key, v.Severity, v.Message, v.Fix, v.Location?.ToString() ?? "-", string.Join(",", v.Allowed));

    private static RuleContext Context() =>
        new(ShopSample.Map.Resolve(CodeBase.Load(ShopSample.Assemblies(ShopSample.Good))));

    /// <summary>A rule that reports only once another rule has started too.</summary>
    private sealed class MeetingRule(RuleDescriptor descriptor, Barrier bothStarted) : IFitnessRule
    {
        public RuleDescriptor Descriptor => descriptor;

        public IEnumerable<Violation> Evaluate(RuleContext context)
        {
            var met = bothStarted.SignalAndWait(TimeSpan.FromSeconds(30));
            return [new Violation { Rule = descriptor, Message = met ? $"{descriptor.Id} met the other rule." : $"{descriptor.Id} ran alone.", Fix = "None.", SourceAssembly = "Test" }];
        }
    }

    private class ActingRule(RuleDescriptor descriptor, Action act) : IFitnessRule
    {
        public RuleDescriptor Descriptor => descriptor;

        public IEnumerable<Violation> Evaluate(RuleContext context)
        {
            act();
            return [];
        }
    }

    private sealed class DependenciesRule(RuleDescriptor descriptor, Action act) : ActingRule(descriptor, act), IReadsContextDependencies;
}
