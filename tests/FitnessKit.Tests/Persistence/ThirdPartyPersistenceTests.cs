using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Rules;
using FluentAssertions;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace FitnessKit.Tests.Persistence;

/// <summary>
/// Third-party code is read, never judged as the system's persistence: EF Core's own public <c>HistoryRepository</c>
/// (named like a repository, touching a connection) is no persistence type of the system, even when a careless map
/// puts EF Core into a context. The deps.json files of the test output list EF Core as a package.
/// </summary>
public sealed class ThirdPartyPersistenceTests
{
    private static readonly Lazy<CodeBase> EfCoreRelational = new(() => CodeBase.Load(AssemblySource.AssembliesOf(typeof(HistoryRepository))));

    [Fact]
    public void Should_tell_a_package_from_the_systems_own_code_by_the_deps_json()
    {
        var assembly = EfCoreRelational.Value.Assemblies.Single();

        assembly.Origin.Should().Be(AssemblyOrigin.ThirdParty);
        assembly.OriginEvidence.Should().StartWith("a package (Microsoft.EntityFrameworkCore.Relational ").And.EndWith(".deps.json");
    }

    [Fact]
    public void Should_recognise_no_persistence_type_in_a_package()
    {
        PersistenceCatalog.Build(EfCoreRelational.Value).Types.Should().BeEmpty();
    }

    [Fact]
    public void Should_report_nothing_under_FK003_even_when_a_context_holds_the_package()
    {
        var report = FitnessCheck.Evaluate(
            EfCoreRelational.Value,
            ContextMap.Define().Context("EfCore", c => c.Assemblies("Microsoft.EntityFrameworkCore.Relational")).Build(),
            [RuleCatalog.Get("FK003")]);

        report.Violations.Should().BeEmpty();
    }
}
