using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>A generic type as a message names it once closed: <c>Shop.Kit.RowCounter&lt;Setting&gt;</c>, its arguments by their own names.</summary>
internal static class ClosedGenericName
{
    public static string Of(TypeName type, IReadOnlyList<TypeUse> arguments)
    {
        var name = type.FullName;
        var tick = name.LastIndexOf('`');
        return $"{(tick < 0 ? name : name[..tick])}<{string.Join(", ", arguments.Select(a => a.Type.OwnName))}>";
    }
}
