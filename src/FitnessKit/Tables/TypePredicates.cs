using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// Reads a predicate over types without running it, as <c>ApplyConfigurationsFromAssembly</c> is given one: the
/// value its lambda returns, a comparison of the type's <c>Namespace</c>, <c>Name</c> or <c>FullName</c> with text
/// (<c>==</c>, <c>!=</c>, <c>Equals</c>, <c>StartsWith</c>, <c>EndsWith</c>, <c>Contains</c>).
/// </summary>
internal static class TypePredicates
{
    /// <summary>Whether the predicate picks the type: <see langword="null"/> when it cannot be read.</summary>
    public static bool? Picks(IlValue? predicate, TypeName type) => predicate switch
    {
        IntegerValue constant => constant.Value != 0,
        CallResultValue { Method.Name: "op_Equality" or "Equals", Arguments: [var left, var right, ..] } => Compare(left, right, type, (a, b) => a == b),
        CallResultValue { Method.Name: "op_Inequality", Arguments: [var left, var right] } => Compare(left, right, type, (a, b) => a != b),
        CallResultValue { Method.Name: "StartsWith", Arguments: [var left, var right, ..] } => Compare(left, right, type, (a, b) => a.StartsWith(b, StringComparison.Ordinal)),
        CallResultValue { Method.Name: "EndsWith", Arguments: [var left, var right, ..] } => Compare(left, right, type, (a, b) => a.EndsWith(b, StringComparison.Ordinal)),
        CallResultValue { Method.Name: "Contains", Arguments: [var left, var right, ..] } => Compare(left, right, type, (a, b) => a.Contains(b, StringComparison.Ordinal)),
        _ => null,
    };

    private static bool? Compare(IlValue left, IlValue right, TypeName type, Func<string, string, bool> compare) =>
        Text(left, type) is { } a && Text(right, type) is { } b ? compare(a, b) : null;

    /// <summary>The text a value is for the type: a property of the lambda's parameter, or a constant.</summary>
    private static string? Text(IlValue value, TypeName type) => value switch
    {
        CallResultValue { Method.Name: "get_Namespace", Arguments: [ArgumentValue] } => type.Namespace,
        CallResultValue { Method.Name: "get_Name", Arguments: [ArgumentValue] } => type.Name[(type.Name.LastIndexOf('+') + 1)..],
        CallResultValue { Method.Name: "get_FullName", Arguments: [ArgumentValue] } => type.FullName,
        TextValue text => text.Constant,
        _ => null,
    };
}
