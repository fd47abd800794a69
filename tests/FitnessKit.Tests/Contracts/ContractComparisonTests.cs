using FitnessKit.Contracts;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Contracts;

/// <summary>
/// How two builds of one contract differ, on real compiled code: each scenario of FitnessKit.Subjects.Contracts.V1
/// and .V2 makes one kind of change, and the comparison classifies it; the Unchanged scenario and V2 against itself
/// give nothing.
/// </summary>
public sealed class ContractComparisonTests
{
    public static TheoryData<string, string[]> Scenarios() => new()
    {
        { "TypeRemoved", ["breaking: TypeRemoved.RefundIssued was removed or renamed"] },
        { "PropertyRemoved", ["breaking: PropertyRemoved.OrderDto.Note was removed or renamed"] },
        { "PropertyTypeChanged", ["breaking: PropertyTypeChanged.StockLevel.Quantity changed type from int to long"] },
        { "RequiredMemberAdded", ["breaking: RequiredMemberAdded.PriceQuote.Currency was added as a required member: every consumer that creates PriceQuote must set it"] },
        { "ConstructorParameterAdded", [
            "breaking: ConstructorParameterAdded.Shipment.constructor(System.Guid) gained the required parameter string carrier: every caller must pass it",
            "additive: ConstructorParameterAdded.Shipment.Carrier was added"] },
        { "EnumValueRemoved", ["breaking: EnumValueRemoved.OrderStatus.Paid was removed or renamed"] },
        { "EnumValueRenumbered", ["breaking: EnumValueRenumbered.Priority.High was renumbered from 2 to 3: stored and sent values now mean another member"] },
        { "NullabilityStricterOnInput", [
            "breaking: NullabilityStricterOnInput.DeliveryNote.Annotate(string) no longer accepts null for its parameter remark (string? became string)",
            "breaking: NullabilityStricterOnInput.DeliveryNote.Comment no longer accepts null (string? became string): consumers that set it to null break"] },
        { "NullabilityLooserOnOutput", [
            "breaking: NullabilityLooserOnOutput.CustomerView.Describe() may be null now (string became string?): consumers that read it do not expect null",
            "breaking: NullabilityLooserOnOutput.CustomerView.Name may be null now (string became string?): consumers that read it do not expect null",
            "breaking: NullabilityLooserOnOutput.CustomerView.Tags may be null now (System.Collections.Generic.IReadOnlyList<string> became System.Collections.Generic.IReadOnlyList<string?>): consumers that read it do not expect null"] },
        { "SettableMadeReadOnly", [
            "breaking: SettableMadeReadOnly.Address.City can be set only when the object is created now (init)",
            "breaking: SettableMadeReadOnly.Address.Street is read-only now: consumers that set it break"] },
        { "EventPropertyMadeNonOptional", [
            "breaking: EventPropertyMadeNonOptional.OrderShipped.TrackingCode no longer accepts null (string? became string): consumers that set it to null break; is required now: every consumer that creates OrderShipped must set it"] },
        { "InterfaceMemberAdded", ["breaking: InterfaceMemberAdded.IPaymentGate.Refund(System.Guid) was added to the interface without a default implementation: every implementation must add it"] },
        { "AdditiveChanges", [
            "additive: AdditiveChanges.Cart.Add(string, int) was added",
            "additive: AdditiveChanges.Cart.Coupon was added",
            "additive: AdditiveChanges.Channel.App was added (= 2)",
            "additive: AdditiveChanges.GiftCard was added (record class)"] },
        { "SerializedNamesChanged", [
            "breaking: SerializedNamesChanged.CardBrand.MasterCard is serialized as [JsonStringEnumMemberName(\"mastercard\")] now, not [JsonStringEnumMemberName(\"master-card\")]: a message written with either build loses it when the other reads it",
            "breaking: SerializedNamesChanged.PaymentCaptured.Amount is serialized as [JsonPropertyName(\"total\")] now, not [JsonPropertyName(\"amount\")]: a message written with either build loses it when the other reads it",
            "breaking: SerializedNamesChanged.PaymentCaptured.CapturedAt lost [DataMember(Name = \"captured_at\")]: serialized under its serializer's default name now, a message written with either build loses it when the other reads it",
            "additive: SerializedNamesChanged.PaymentCaptured.Reference is serialized as [JsonPropertyName(\"reference\")] now",
            "breaking: SerializedNamesChanged.StockMoved.Quantity is serialized as [ProtoMember(3)] now, not [ProtoMember(2)]: a message written with either build loses it when the other reads it",
            "breaking: SerializedNamesChanged.StockMoved.Warehouse is serialized as [JsonProperty(\"warehouse_code\")] now, not [JsonProperty(\"warehouse\")]: a message written with either build loses it when the other reads it"] },
        { "Unchanged", [] },
    };

    public sealed class Compare
    {
        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(ContractComparisonTests))]
        public void Classifies_the_one_kind_of_change_each_scenario_makes(string scenario, string[] expected)
        {
            // Given V1 and V2 of the scenario's namespace
            var v1 = ContractBuilds.Scenario(ContractBuilds.V1, scenario);
            var v2 = ContractBuilds.Scenario(ContractBuilds.V2, scenario);
            v1.Types.Should().NotBeEmpty("the scenario compiles types into V1");

            // When they are compared
            var changes = ContractComparison.Compare(v1, v2);

            // Then each change is classified as the scenario says
            changes.Select(Describe).Should().BeEquivalentTo(expected);
        }

        [Fact]
        public void Finds_nothing_between_a_build_and_itself()
        {
            ContractComparison.Compare(ContractBuilds.Whole(ContractBuilds.V2), ContractBuilds.Whole(ContractBuilds.V2)).Should().BeEmpty();
        }

        [Fact]
        public void Finds_nothing_between_a_build_and_its_snapshot_read_back()
        {
            // Given V1 written as a snapshot and read back
            var v1 = ContractBuilds.Whole(ContractBuilds.V1);
            var read = ContractSnapshotText.Parse(ContractSnapshotText.Write(v1), v1.Name, "V1.contract.txt");

            // Then the snapshot stands for the build: comparing finds nothing, and comparing with V2 finds what the builds differ in
            ContractComparison.Compare(read, v1).Should().BeEmpty();
            ContractComparison.Compare(read, ContractBuilds.Whole(ContractBuilds.V2)).Select(Describe)
                .Should().Equal(ContractComparison.Compare(v1, ContractBuilds.Whole(ContractBuilds.V2)).Select(Describe));
        }
    }

    private static string Describe(ContractChange change) =>
        $"{(change.IsBreaking ? "breaking" : "additive")}: {change.Subject[(ContractBuilds.Assembly.Length + 1)..]} {change.What}";
}
