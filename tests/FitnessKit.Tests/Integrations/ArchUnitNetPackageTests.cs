using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using FitnessKit.ArchUnitNET;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Persistence;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using ArchUnitArchitecture = ArchUnitNET.Domain.Architecture;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace FitnessKit.Tests.Integrations;

/// <summary>FitnessKit.ArchUnitNET: the kit's rules as ArchUnitNET rules and its model as ArchUnitNET predicates, on the compiled Shop samples.</summary>
public sealed class ArchUnitNetPackageTests
{
    private static readonly Lazy<ArchUnitArchitecture> Good = new(() => Load(ShopSample.Good));

    private static readonly Lazy<ArchUnitArchitecture> Broken = new(() => Load(ShopSample.Broken));

    private static ArchUnitArchitecture Load(string sample) => new ArchLoader().LoadFilteredDirectory(ShopSample.Bin(sample), "Shop.*.dll").Build();

    public sealed class Rules
    {
        [Fact]
        public void Pass_on_the_good_sample_with_one_result_that_says_what_was_checked()
        {
            var rule = FitnessRules.All(ShopSample.Map).LocatedIn(ShopSample.Bin(ShopSample.Good));

            rule.Check(Good.Value);
            rule.Evaluate(Good.Value).Should().ContainSingle().Which.Description.Should().StartWith("Checked 4 contexts, ");
        }

        [Fact]
        public void Fail_on_the_broken_sample_with_each_violation_as_a_failed_result_described_by_the_kit()
        {
            var rule = FitnessRules.ContractsOnly(ShopSample.Map).LocatedIn(ShopSample.Bin(ShopSample.Broken));
            var expected = FitnessCheck.Evaluate(ShopSample.Report(ShopSample.Broken).Model.CodeBase, ShopSample.Map, [RuleCatalog.Get("FK001")]).Violations.Select(v => v.Describe());

            var results = rule.Evaluate(Broken.Value).ToList();

            rule.HasNoViolations(Broken.Value).Should().BeFalse();
            results.Should().OnlyContain(r => !r.Passed).And.HaveCount(2);
            results.Select(r => r.Description).Should().Equal(expected);
        }

        [Fact]
        public void Asked_whether_it_holds_and_then_what_it_found_checks_the_architecture_once()
        {
            // ArchUnitNET's Check asks a failing rule both; another rule is checked on its own.
            var rule = FitnessRules.PersistenceInternal(ShopSample.Map).LocatedIn(ShopSample.Bin(ShopSample.Broken));
            var another = FitnessRules.PersistenceInternal(ShopSample.Map).LocatedIn(ShopSample.Bin(ShopSample.Broken));

            var first = rule.Report(Broken.Value);

            rule.HasNoViolations(Broken.Value).Should().BeFalse();
            rule.Report(Broken.Value).Should().BeSameAs(first);
            another.Report(Broken.Value).Should().NotBeSameAs(first).And.Match<FitnessReport>(r => r.Violations.Count == first.Violations.Count);
        }

        [Fact]
        public void Check_throws_ArchUnitNETs_failure_with_the_kits_sentences()
        {
            var rule = FitnessRules.PersistenceInternal(ShopSample.Map).LocatedIn(ShopSample.Bin(ShopSample.Broken));

            var act = () => rule.Check(Broken.Value);

            var message = act.Should().Throw<FailedArchRuleException>().Which.Message;
            Approvals.Verify(ShopSample.Portable(message), "archunitnet-check-failure");
        }

        [Fact]
        public void Combine_with_ArchUnitNETs_own_rules()
        {
            var rule = FitnessRules.NoSharedEntityPackages(ShopSample.Map).LocatedIn(ShopSample.Bin(ShopSample.Good))
                .And(Types().That().ResideInNamespace("Shop.Orders").Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Billing")));

            rule.Check(Good.Value);
        }

        [Fact]
        public void Name_the_assembly_whose_file_cannot_be_found()
        {
            var act = () => FitnessRules.ContractsOnly(ShopSample.Map).Evaluate(Good.Value).ToList();

            act.Should().Throw<FitnessKitException>().WithMessage("*no file was found for Shop.Billing, Shop.Billing.Contracts, *LocatedIn(folder)*");
        }
    }

    public sealed class Predicates
    {
        [Fact]
        public void Persistence_types_must_not_be_public_holds_on_the_good_sample() =>
            Types().That().FollowCustomPredicate(FitnessPredicates.PersistenceTypes().LocatedIn(ShopSample.Bin(ShopSample.Good)))
                .Should().NotBePublic()
                .Check(Good.Value);

        [Fact]
        public void Persistence_types_must_not_be_public_names_the_public_ones_of_the_broken_sample()
        {
            var persistence = FitnessPredicates.PersistenceTypes().LocatedIn(ShopSample.Bin(ShopSample.Broken));

            var failing = Types().That().FollowCustomPredicate(persistence).Should().NotBePublic()
                .Evaluate(Broken.Value).Where(r => !r.Passed).Select(r => ((IType)r.EvaluatedObject).FullName);

            failing.Should().BeEquivalentTo("Shop.Orders.Infrastructure.OrdersDbContext", "Shop.Billing.Infrastructure.InvoiceConfiguration", "Shop.Billing.Invoice", "Shop.SharedEntities.Customer");
        }

        [Fact]
        public void Persistence_types_are_recognised_once_for_every_predicate_over_one_code_base()
        {
            var codeBase = CodeBase.Load(ShopSample.Assemblies(ShopSample.Broken));

            var first = FitnessPredicates.PersistenceNames(codeBase, PersistenceDetection.Default);

            FitnessPredicates.PersistenceNames(codeBase, PersistenceDetection.Default).Should().BeSameAs(first);
            FitnessPredicates.PersistenceNames(CodeBase.Load(ShopSample.Assemblies(ShopSample.Broken)), PersistenceDetection.Default)
                .Should().NotBeSameAs(first, "another code base is another code").And.BeEquivalentTo(first);
            first.Should().Contain("Shop.Orders.Infrastructure|Shop.Orders.Infrastructure.OrdersDbContext");
        }

        [Fact]
        public void Owned_by_selects_exactly_the_types_of_a_context()
        {
            var orders = FitnessPredicates.OwnedBy(ShopSample.Map, "Orders").LocatedIn(ShopSample.Bin(ShopSample.Good));
            var expected = ShopSample.Report(ShopSample.Good).Model["Orders"].Types.Select(t => t.FullName);

            var selected = orders.GetMatchingObjects(Good.Value.Types, Good.Value).Select(t => t.FullName);

            orders.Description.Should().Be("are owned by context Orders");
            selected.Should().BeEquivalentTo(expected).And.Contain("Shop.Orders.Infrastructure.OrdersDbContext");
        }
    }
}
