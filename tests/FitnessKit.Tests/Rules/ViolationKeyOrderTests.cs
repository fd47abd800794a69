using FitnessKit.Rules;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// A check orders its violations by <see cref="Violation.Key"/> without making the keys (<see cref="ViolationKeyOrder"/>):
/// the order must be the keys' ordinal order exactly, where a part that is the start of another meets the separator.
/// </summary>
public sealed class ViolationKeyOrderTests
{
    // Parts chosen around the separator '|' (0x7C): '.' and '{' sort before it, '}', '~' and 'é' after it.
    private static readonly Violation[] Tricky =
    [
        Make("FK001", "Shop.Orders.Order", null, "Shop.Billing.Invoice"),
        Make("FK001", "Shop.Orders.Order.Line", null, "Shop.Billing.Invoice"),
        Make("FK001", "Shop.Orders.Order{", null, "Shop.Billing.Invoice"),
        Make("FK001", "Shop.Orders.Order}", null, "Shop.Billing.Invoice"),
        Make("FK001", "Shop.Orders.Order~1", "Place", "Shop.Billing.Invoice"),
        Make("FK001", "Shop.Orders.Orderé", "Place", "Shop.Billing.Invoice"),
        Make("FK001", "Shop.Orders.Order", "Place", "Shop.Billing.Invoice"),
        Make("FK001", "Shop.Orders.Order", "Place", "Shop.Billing.Invoice.Line"),
        Make("FK001", "Shop.Orders.Order", "Place", "Shop.Billing"),
        Make("FK001", "Shop.Orders.Order", "Place.Now", "Shop.Billing"),
        Make("FK001", "Shop.Orders.Order", "Place~", "Shop.Billing"),
        Make("FK001", "Shop.Orders.Order", "Pla|ce", "Shop.Billing"),
        Make("FK001", "Shop.Orders.Order", "Pla", "Shop.Billing"),
        Make("FK001", "Shop.Orders.Order", string.Empty, "Shop.Billing"),
        Make("FK0011", "Shop.Orders.Order", null, "Shop.Billing.Invoice"),
        Make("FK00", "Shop.Orders.Order", null, "Shop.Billing.Invoice"),
        Make("FK004", null, "Read", null, table: "dbo.Orders"),
        Make("FK004", null, "Read", null, table: "dbo.Orders.Archive"),
        Make("FK004", null, null, null, assembly: "Shop.Orders"),
        Make("FK004", null, null, null, assembly: "Shop.Orders", targetAssembly: "Shop.Billing"),
        Make("FK004", null, null, null, assembly: "Shop.Orders.Api", targetAssembly: "Shop.Billing"),
        Make("FK004", null, null, null, assembly: "Shop.Orders|Api"),
    ];

    [Fact]
    public void Two_violations_compare_as_their_keys_compare_ordinally()
    {
        foreach (var x in Tricky)
        {
            foreach (var y in Tricky)
            {
                var expected = Math.Sign(string.CompareOrdinal(x.Key, y.Key));

                Math.Sign(ViolationKeyOrder.Instance.Compare(x, y)).Should().Be(expected, "{0} against {1}", x.Key, y.Key);
            }
        }
    }

    [Fact]
    public void Sorted_violations_come_in_the_order_of_their_keys()
    {
        var shuffled = Tricky.Reverse().Concat(Tricky).ToArray();

        Array.Sort(shuffled, ViolationKeyOrder.Instance);

        shuffled.Select(v => v.Key).Should().Equal(Tricky.Concat(Tricky).Select(v => v.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_part_that_ends_where_another_goes_on_is_ordered_by_the_separator_not_first()
    {
        var order = ViolationKeyOrder.Instance;

        order.Compare(Make("FK001", "A.B", null, "T"), Make("FK001", "A.B.C", null, "T")).Should().BePositive("'.' sorts before '|'");
        order.Compare(Make("FK001", "A.B", null, "T"), Make("FK001", "A.B~", null, "T")).Should().BeNegative("'~' sorts after '|'");
        order.Compare(Make("FK001", "A", null, "T"), Make("FK001", "A", null, "T.U")).Should().BeNegative("a key that ends sorts first");
        order.Compare(Make("FK001", "A", "m", "T"), Make("FK001", "A", "m", "T")).Should().Be(0);
    }

    private static Violation Make(string rule, string? type, string? member, string? target, string? table = null, string assembly = "Shop", string? targetAssembly = null) =>
        new()
        {
            Rule = RuleCatalog.ContractsOnly with { Id = rule },
            Message = "Message.",
            Fix = "Fix.",
            SourceAssembly = assembly,
            SourceType = type,
            SourceMember = member,
            TargetType = target,
            TargetTable = table,
            TargetAssembly = targetAssembly,
        };
}
