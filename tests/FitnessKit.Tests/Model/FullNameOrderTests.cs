using FitnessKit.Model;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Model;

/// <summary>
/// Type names ordered and compared as their full names are, without making them: the oracle is the full names
/// themselves, compared ordinally, over names chosen to meet every way two full names can part (a namespace that starts
/// another, a name with a dot, the global namespace, nesting, characters on either side of the dot).
/// </summary>
public sealed class FullNameOrderTests
{
    private static readonly TypeName[] Names =
    [
        new("A", "System", "String"),
        new("B", "System", "String"),
        new("A", "System.IO", "File"),
        new("A", "System", "IO"),
        new("A", "System", "IO.File"),
        new("A", "System.IO", "File+Inner"),
        new("A", "System.IOx", "File"),
        new("A", "System-", "Z"),
        new("A", "Systen", "A"),
        new("A", "Syst", "em"),
        new("A", string.Empty, "System.IO.File"),
        new("A", string.Empty, "System"),
        new("A", string.Empty, "Order"),
        new("A", "Shop.Orders", "Order"),
        new("A", "Shop.Orders", "Order`1"),
        new("A", "Shop.Orders", "Order+Line"),
        new("A", "Shop", "Orders"),
        new("A", "Shop", "Orders.Order"),
        new("A", "Shop.Orders.Order", "Line"),
        new("A", "Shop.Orders", "<Module>"),
        new("A", "Shop.Order", "s"),
        new("A", "shop.orders", "Order"),
    ];

    [Fact]
    public void Orders_every_two_names_as_their_full_names_order()
    {
        var wrong = Pairs()
            .Where(p => Math.Sign(FullNameOrder.Instance.Compare(p.X, p.Y)) != Math.Sign(string.CompareOrdinal(p.X.FullName, p.Y.FullName)))
            .Select(p => $"{p.X.FullName} against {p.Y.FullName}");

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Finds_two_names_equal_when_their_full_names_are_and_then_hashes_them_alike()
    {
        var wrong = Pairs()
            .Where(p => FullNameOrder.Instance.Equals(p.X, p.Y) != (p.X.FullName == p.Y.FullName)
                || (p.X.FullName == p.Y.FullName && FullNameOrder.Instance.GetHashCode(p.X) != FullNameOrder.Instance.GetHashCode(p.Y)))
            .Select(p => $"{p.X.FullName} against {p.Y.FullName}");

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void Sorts_names_as_their_full_names_sort()
    {
        var sorted = Names.OrderBy(n => n, FullNameOrder.Instance).Select(n => n.FullName);

        sorted.Should().Equal(Names.Select(n => n.FullName).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<(TypeName X, TypeName Y)> Pairs() =>
        Names.SelectMany(x => Names.Select(y => (x, y)));
}
