using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The predicates of <c>ApplyConfigurationsFromAssembly</c> as the IL interpreter gives their lambdas' results; the
/// Returns subject's two DbContexts, checked against EF Core's model, hold the compiled path.
/// </summary>
public sealed class TypePredicatesTests
{
    private static readonly TypeName Configuration = new("Shop", "Shop.Orders.Persistence", "OrderConfiguration");

    public static TheoryData<string, string, string, bool?> Rows() => new()
    {
        { "op_Equality", "get_Namespace", "Shop.Orders.Persistence", true },
        { "op_Equality", "get_Namespace", "Shop.Billing.Persistence", false },
        { "op_Inequality", "get_Namespace", "Shop.Billing.Persistence", true },
        { "StartsWith", "get_Namespace", "Shop.Orders", true },
        { "EndsWith", "get_Name", "Configuration", true },
        { "Contains", "get_FullName", "Orders.Persistence.Order", true },
        { "Contains", "get_FullName", "Billing", false },
        { "Equals", "get_Name", "OrderConfiguration", true },
        { "IsAssignableFrom", "get_Name", "OrderConfiguration", null },
        { "op_Equality", "get_AssemblyQualifiedName", "Shop", null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Picks_a_type_by_its_names_or_says_it_cannot_tell(string comparison, string property, string text, bool? picks)
    {
        var predicate = Call(comparison, Call(property, new ArgumentValue(1)), new TextValue([new TextPart(text)]));

        TypePredicates.Picks(predicate, Configuration).Should().Be(picks);
    }

    private static CallResultValue Call(string name, params IlValue[] arguments) =>
        new(new CalledMethod(new TypeUse(new TypeName("System.Runtime", "System", "String"), []), name, [], [], null, HasThis: true), arguments);
}
