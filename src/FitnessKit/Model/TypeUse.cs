namespace FitnessKit.Model;

/// <summary>
/// A type as a signature uses it: a named type with its generic arguments, such as <c>DbSet&lt;Order&gt;</c>.
/// Arrays, pointers and by-reference types are reduced to their element type; generic parameters are left out.
/// </summary>
/// <param name="Type">The named type.</param>
/// <param name="Arguments">The generic arguments, empty for a non-generic use.</param>
public sealed record TypeUse(TypeName Type, IReadOnlyList<TypeUse> Arguments)
{
    /// <summary>Gets every named type in this use, the outer type first, then its arguments at any depth.</summary>
    public IEnumerable<TypeName> AllTypes()
    {
        yield return Type;
        foreach (var argument in Arguments)
        {
            foreach (var type in argument.AllTypes())
            {
                yield return type;
            }
        }
    }

    /// <summary>Gives the use as it reads in a message: the type's full name, then its arguments in angle brackets.</summary>
    /// <returns>Such as <c>Microsoft.EntityFrameworkCore.DbSet`1&lt;Shop.Orders.Order&gt;</c>.</returns>
    public override string ToString() => Arguments.Count == 0 ? Type.ToString() : $"{Type}<{string.Join(", ", Arguments)}>";
}
