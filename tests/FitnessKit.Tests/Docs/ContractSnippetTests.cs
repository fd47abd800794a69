using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Docs;

/// <summary>The blocks of docs/rules/FK013.md that approve and compare contracts from code, run on the good Shop and on a snapshot it no longer matches.</summary>
public sealed class ContractSnippetTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Committed => Path.Combine(Repository.Sample(ShopSample.Good), "contracts");

    [Fact]
    public void Approving_the_good_sample_writes_its_committed_snapshots()
    {
        Approve(ShopSample.Bin(ShopSample.Good), ShopSample.Map, _folder.Path);

        Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(Directory.GetFiles(Committed).Select(Path.GetFileName));
        foreach (var file in Directory.GetFiles(Committed))
        {
            File.ReadAllText(Path.Combine(_folder.Path, Path.GetFileName(file))).Should().Be(File.ReadAllText(file));
        }
    }

    [Fact]
    public void Comparing_the_good_sample_with_its_committed_snapshots_finds_it_compatible()
    {
        var (compatible, breaking, text) = Compare(ShopSample.Bin(ShopSample.Good), ShopSample.Map, Committed);

        compatible.Should().BeTrue(text);
        breaking.Should().BeEmpty();
    }

    [Fact]
    public void Comparing_with_a_snapshot_in_which_a_property_had_another_type_names_it_and_the_contexts_that_read_it()
    {
        foreach (var file in Directory.GetFiles(Committed))
        {
            File.Copy(file, Path.Combine(_folder.Path, Path.GetFileName(file)));
        }

        WasAString(Path.Combine(_folder.Path, "Shop.Orders.Contracts.contract.txt"), "OrderId");

        var (compatible, breaking, text) = Compare(ShopSample.Bin(ShopSample.Good), ShopSample.Map, _folder.Path);

        compatible.Should().BeFalse();
        breaking.Should().Equal("Shop.Orders.Contracts.OrderPlaced.OrderId breaks Shipping, Billing");
        text.Should().Contain("1 breaking change, 0 additive changes, 0 contracts not approved.");
    }

    /// <summary>Rewrites an approved snapshot so that OrderPlaced's property (the last type of Orders' snapshot) was a <c>string</c>: the current <c>Guid</c> is then a retyped member, which every reader of it must follow.</summary>
    internal static void WasAString(string snapshot, string property)
    {
        var lines = File.ReadAllLines(snapshot);
        var at = Array.FindLastIndex(lines, l => l == $"  public System.Guid {property} {{ get; init; }}");
        at.Should().BePositive("the snapshot lists OrderPlaced.{0}", property);
        lines[at] = $"  public string {property} {{ get; init; }}";
        File.WriteAllLines(snapshot, lines);
    }

    private static void Approve(string bin, ContextMap map, string snapshots)
    {
        #region contracts-approve-in-code
        // The files `fitnesskit contracts approve` writes, only in the folder snapshots:
        ContractSnapshots.Approve(AssemblySource.Folder(bin, "Shop.*.dll"), map, snapshots);
        #endregion
    }

    private static (bool Compatible, List<string> Breaking, string Text) Compare(string bin, ContextMap map, string snapshots)
    {
        #region contracts-compare-in-code
        var contracts = ContractSnapshots.Compare(AssemblySource.Folder(bin, "Shop.*.dll"), map, snapshots);

        var compatible = contracts.IsCompatible;   // no breaking change, and every contract has a snapshot
        var breaking = contracts.BreakingChanges.Select(v => $"{v.SourceType}.{v.SourceMember} breaks {string.Join(", ", v.Related)}");
        var text = contracts.Describe();           // each change with the contexts that use it, its file:line and fix
        #endregion
        return (compatible, breaking.ToList(), text);
    }
}
