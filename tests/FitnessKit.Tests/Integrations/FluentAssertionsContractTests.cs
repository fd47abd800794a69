using FitnessKit.Evaluation;
using FitnessKit.FluentAssertions;
using FitnessKit.Inspection;
using FitnessKit.Tests.Contracts;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace FitnessKit.Tests.Integrations;

/// <summary>FitnessKit.FluentAssertions on contracts: <c>report.Should().HaveCompatibleContracts()</c> and <c>contracts.Should().BeCompatible()</c>, on V2 against V1's snapshot and against its own.</summary>
public sealed class FluentAssertionsContractTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FitnessReport Check(string build)
    {
        ContractSubject.Approve(build, _folder.Path);
        return FitnessCheck.Evaluate(ContractSubject.Current, ContractSubject.Map.WithApprovedContracts(ApprovedContracts.Snapshots(_folder.Path)));
    }

    private string Portable(string message) => ShopSample.Portable(message.Replace(_folder.Path, "<snapshots>", StringComparison.Ordinal));

    [Fact]
    public void HaveCompatibleContracts_fails_on_V2_against_V1s_snapshot_naming_each_change_and_its_consumers()
    {
        var report = Check(ContractBuilds.V1);

        var act = () => report.Should().HaveCompatibleContracts("Shipping relies on {0}", "them");

        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().StartWith("Expected report to have compatible contracts because Shipping relies on them, but found 21 breaking changes:")
            .And.Contain("No other context of this code base uses FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note (Shipping uses FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto, not that member); consumers outside it can still break.");
        Approvals.Verify(Portable(message), "fluentassertions-have-compatible-contracts-failure");
    }

    [Fact]
    public void HaveCompatibleContracts_passes_on_an_unchanged_contract() =>
        Check(ContractBuilds.V2).Should().HaveCompatibleContracts();

    [Fact]
    public void HaveCompatibleContracts_fails_on_a_report_that_compared_no_contracts()
    {
        var report = FitnessCheck.Evaluate(ContractSubject.Current, ContractSubject.Map);

        var act = () => report.Should().HaveCompatibleContracts();

        act.Should().Throw<XunitException>().WithMessage("Expected report to have compatible contracts, but the report compared no contracts: its context map approves none.*");
    }

    [Fact]
    public void BeCompatible_fails_on_what_Compare_returns_for_V2_against_V1s_snapshot()
    {
        ContractSubject.Approve(ContractBuilds.V1, _folder.Path);

        var act = () => ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map, _folder.Path).Should().BeCompatible();

        act.Should().Throw<XunitException>().WithMessage("Expected contracts to be compatible, but found 21 breaking changes:*OrderDto.Note was removed or renamed*(Shipping uses FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto, not that member)*");
    }

    [Fact]
    public void BeCompatible_passes_on_an_unchanged_contract()
    {
        ContractSubject.Approve(ContractBuilds.V2, _folder.Path);

        ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map, _folder.Path).Should().BeCompatible();
    }

    [Fact]
    public void BeCompatible_fails_when_the_snapshot_folder_is_missing()
    {
        var missing = Path.Combine(_folder.Path, "contracts");

        var act = () => ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map, missing).Should().BeCompatible();

        act.Should().Throw<XunitException>().WithMessage($"Expected contracts to be compatible, but found 1 contract with no approved snapshot:*The snapshot folder {missing} does not exist, so no contract has been approved yet.*");
    }
}
