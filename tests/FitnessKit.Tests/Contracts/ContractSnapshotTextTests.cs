using FitnessKit.Contracts;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Contracts;

/// <summary>The snapshot format: one C#-like declaration a line, in ordinal order, read back into the same model.</summary>
public sealed class ContractSnapshotTextTests
{
    public sealed class Write
    {
        [Fact]
        public void Writes_each_type_and_member_of_a_build_on_a_line_of_its_own()
        {
            Approvals.Verify(ContractSnapshotText.Write(ContractBuilds.Whole(ContractBuilds.V2)), "contract-snapshot-V2");
        }

        [Fact]
        public void Writes_the_same_text_from_the_text_read_back()
        {
            // Given each build's snapshot
            foreach (var build in new[] { ContractBuilds.V1, ContractBuilds.V2 })
            {
                var text = ContractSnapshotText.Write(ContractBuilds.Whole(build));

                // When it is read back and written again, then nothing changes
                ContractSnapshotText.Write(ContractSnapshotText.Parse(text, ContractBuilds.Assembly, "x.contract.txt")).Should().Be(text);
            }
        }
    }

    public sealed class Parse
    {
        [Theory]
        [InlineData("  public int Total { get; }", "x.contract.txt(2): this line of the contract snapshot cannot be read: a member comes before any type.")]
        [InlineData("public sealed widget Shop.Order", "x.contract.txt(2): this line of the contract snapshot cannot be read: the kind of type is not one of record class, class, struct, interface, enum, delegate.")]
        [InlineData("public sealed class Shop.Order\n  public int", "x.contract.txt(3): this line of the contract snapshot cannot be read: a member's declaration ends with ; or }.")]
        [InlineData("public enum Shop.Status : int\n  Placed;", "x.contract.txt(3): this line of the contract snapshot cannot be read: an enum value is written Name = number;.")]
        [InlineData("public sealed class Shop.Order\n  [JsonPropertyName(\"total\") public decimal Total { get; }", "x.contract.txt(3): this line of the contract snapshot cannot be read: the names a member is serialized by end with ].")]
        public void Names_the_file_and_line_of_a_line_it_cannot_read(string text, string expected)
        {
            var read = () => ContractSnapshotText.Parse("// header\n" + text, "Shop", "x.contract.txt");

            read.Should().Throw<FitnessKitException>().Which.Message.Should().StartWith(expected);
        }

        [Fact]
        public void Reads_the_names_a_member_is_serialized_by_with_brackets_commas_and_quotes_inside_them()
        {
            const string Text = "// header\npublic sealed class Shop.Order\n  [JsonProperty(\"a], \\\"b\\\\\"), ProtoMember(7)] public decimal Total { get; set; }\n";

            var member = ContractSnapshotText.Parse(Text, "Shop", "x.contract.txt").Types.Single().Members.Single();

            member.Serialization.Should().Equal("JsonProperty(\"a], \\\"b\\\\\")", "ProtoMember(7)");
            (member.Name, member.Type).Should().Be(("Total", "decimal"));
            ContractSnapshotText.Write(new ContractSurface("Shop", [ContractSnapshotText.Parse(Text, "Shop", "x.contract.txt").Types.Single()])).Should().Be(
                "// The approved contract Shop: what its consumers may rely on. Written by `fitnesskit contracts approve`; FK013 compares the code with it.\n"
                + Text["// header\n".Length..]);
        }
    }
}
