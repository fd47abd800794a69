using FitnessKit.Contracts;
using FitnessKit.Inspection;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Contracts;

/// <summary>
/// Where consumer code uses a contract member, read from its IL member references: the legacy consumer
/// (tests/Subjects/FitnessKit.Subjects.Contracts.LegacyConsumer), built against V1, is searched for members of V1's types.
/// </summary>
public static class ContractMemberUsesTests
{
    private static readonly Lazy<CodeBase> Legacy = new(() => CodeBase.Load(AssemblySource.Files(ContractBuilds.LegacyConsumer)));

    /// <summary>Finds the uses of one member of a V1 type, as "Type.Member at File:Line".</summary>
    private static IReadOnlyList<string> UsesOf(string type, string memberKey)
    {
        var member = ContractBuilds.Whole(ContractBuilds.V1).Types.Single(t => t.FullName == type).Members.Single(m => m.Key == memberKey);
        var uses = ContractMemberUses.Find(Legacy.Value, Legacy.Value.Assemblies, ContractBuilds.Assembly, [new ContractMemberQuery(type, member)]).Single();
        return [.. uses.Select(u => $"{u.Type.FullName}.{u.Member} at {Path.GetFileName(u.Location!.File)}:{u.Location.Line}")];
    }

    public sealed class Find
    {
        [Fact]
        public void Finds_a_call_of_a_generic_types_member_through_an_instance_of_it_and_not_a_use_of_its_other_members()
        {
            UsesOf("FitnessKit.Subjects.Contracts.Unchanged.Page<T>", "TryGet(int,out T)").Should().Equal(
                "FitnessKit.Subjects.Contracts.LegacyConsumer.CallsGenericMember.FirstItem.Of at CallsGenericMember.cs:8");
        }

        [Fact]
        public void Finds_a_property_by_its_accessors()
        {
            UsesOf("FitnessKit.Subjects.Contracts.Unchanged.Page<T>", "Items").Should().Equal(
                "FitnessKit.Subjects.Contracts.LegacyConsumer.ReadsGenericItems.ItemCount.Of at ReadsGenericItems.cs:8");
        }

        [Fact]
        public void Finds_a_constructor_only_with_the_parameters_it_had()
        {
            UsesOf("FitnessKit.Subjects.Contracts.ConstructorParameterAdded.Shipment", ".ctor(System.Guid)").Should().Equal(
                "FitnessKit.Subjects.Contracts.LegacyConsumer.CallsChangedConstructor.ShipmentFactory.CreateAll at CallsChangedConstructor.cs:8");
        }
    }
}
