using FitnessKit.Configuration;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Persistence;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Persistence;

/// <summary>
/// FK003 at the context's boundary, on a context split into Domain / Application / Infrastructure assemblies
/// (FitnessKit.Subjects.Layered.*): a public aggregate that only the context's own assemblies use is no violation; a
/// public DbContext that nothing outside its assembly uses is, and so is a public entity another context uses.
/// </summary>
public sealed class PersistenceBoundaryTests
{
    private const string Prefix = "FitnessKit.Subjects.Layered";

    private static readonly Lazy<CodeBase> Layered = new(() => CodeBase.Load(AssemblySource.Files(
        Repository.Subject($"{Prefix}.Domain"),
        Repository.Subject($"{Prefix}.Application"),
        Repository.Subject($"{Prefix}.Infrastructure"),
        Repository.Subject($"{Prefix}.Reporting"))));

    private static IReadOnlyList<Violation> Fk003(PersistenceBoundary boundary) =>
        FitnessCheck.Evaluate(Layered.Value, ContextMap.Define()
                .Context("Sales", c => c.Assemblies($"{Prefix}.Domain", $"{Prefix}.Application", $"{Prefix}.Infrastructure"))
                .Context("Reporting", c => c.Assemblies($"{Prefix}.Reporting"))
                .Persistence(PersistenceDetection.Default with { InternalTo = boundary })
                .Build(), [RuleCatalog.Get("FK003")])
            .Violations;

    public sealed class At_the_context_boundary
    {
        [Fact]
        public void Should_not_report_a_public_aggregate_that_only_the_contexts_own_assemblies_use() =>
            Fk003(PersistenceBoundary.Context).Should().NotContain(v => v.SourceType == $"{Prefix}.Domain.Order");

        [Fact]
        public void Should_report_a_public_DbContext_that_nothing_outside_its_assembly_uses_with_internal_as_the_fix()
        {
            var violation = Fk003(PersistenceBoundary.Context).Should().ContainSingle(v => v.SourceType == $"{Prefix}.Infrastructure.SalesDbContext").Subject;

            violation.Message.Should().Be($"{Prefix}.Infrastructure.SalesDbContext is a DbContext of context Sales (derives from DbContext) and is public, though no code outside its assembly {Prefix}.Infrastructure uses it, so any code that references {Prefix}.Infrastructure can read and write Sales' data without going through its contracts.");
            violation.Fix.Should().Be($"Make {Prefix}.Infrastructure.SalesDbContext internal: nothing outside {Prefix}.Infrastructure uses it, so nothing else has to change (tests reach it through InternalsVisibleTo).");
            violation.Location.Should().NotBeNull();
            violation.Location!.File.Should().EndWith("SalesDbContext.cs");
        }

        [Fact]
        public void Should_report_a_public_entity_that_another_context_uses_naming_that_context_and_its_type()
        {
            var violation = Fk003(PersistenceBoundary.Context).Should().ContainSingle(v => v.SourceType == $"{Prefix}.Domain.Customer").Subject;

            violation.Message.Should().Contain("context Reporting uses it (FitnessKit.Subjects.Layered.Reporting.CustomerReport)");
            violation.Fix.Should().StartWith("Give Reporting what it needs through a contract of Sales");
            violation.Related.Should().Contain(["Reporting", $"{Prefix}.Reporting.CustomerReport"]);
        }

        [Fact]
        public void Should_report_exactly_the_two_planted_types() =>
            Fk003(PersistenceBoundary.Context).Select(v => v.SourceType).Should().BeEquivalentTo([$"{Prefix}.Infrastructure.SalesDbContext", $"{Prefix}.Domain.Customer"]);
    }

    public sealed class At_the_assembly_boundary
    {
        [Fact]
        public void Should_report_every_public_persistence_type_whoever_uses_it() =>
            Fk003(PersistenceBoundary.Assembly).Select(v => v.SourceType).Should().BeEquivalentTo(
                [$"{Prefix}.Infrastructure.SalesDbContext", $"{Prefix}.Domain.Customer", $"{Prefix}.Domain.Order"]);

        [Fact]
        public void Should_be_chosen_in_fitness_json_by_internalTo()
        {
            var config = FitnessConfig.Parse("""{ "assemblies": ["x.dll"], "contexts": [{ "name": "A", "assemblies": ["A"] }], "persistence": { "internalTo": "assembly" } }""", "/tmp/fitness.json");

            config.Map.Persistence.InternalTo.Should().Be(PersistenceBoundary.Assembly);
        }

        [Fact]
        public void Should_refuse_an_unknown_boundary_with_its_position()
        {
            var parse = () => FitnessConfig.Parse("""{ "assemblies": ["x.dll"], "contexts": [{ "name": "A", "assemblies": ["A"] }], "persistence": { "internalTo": "module" } }""", "/tmp/fitness.json");

            parse.Should().Throw<FitnessKitException>().WithMessage("*fitness.json(1,*): \"internalTo\" must be \"context\" or \"assembly\", not \"module\".*");
        }
    }
}
