using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>The generic arguments in force while a method of a generic type or a generic method is read: <c>!0</c> and <c>!!0</c> placeholders replaced by them.</summary>
internal sealed record TypeSubstitution(IReadOnlyList<TypeUse> TypeArguments, IReadOnlyList<TypeUse> MethodArguments)
{
    public static TypeSubstitution None { get; } = new([], []);

    public TypeUse Apply(TypeUse use)
    {
        if (GenericParameters.IsPlaceholder(use.Type))
        {
            var isMethod = use.Type.Name.StartsWith("!!", StringComparison.Ordinal);
            var position = int.Parse(use.Type.Name.AsSpan(isMethod ? 2 : 1), System.Globalization.CultureInfo.InvariantCulture);
            var arguments = isMethod ? MethodArguments : TypeArguments;
            return position < arguments.Count ? arguments[position] : use;
        }

        var applied = ApplyAll(use.Arguments);
        return ReferenceEquals(applied, use.Arguments) ? use : use with { Arguments = applied };
    }

    /// <summary>The substitution inside a called method: its declaring type's and its own generic arguments, read in this one.</summary>
    public TypeSubstitution Into(TypeUse declaringType, IReadOnlyList<TypeUse> methodArguments) =>
        new(ApplyAll(declaringType.Arguments), ApplyAll(methodArguments));

    /// <summary>Uses with their placeholders replaced; the list itself when none is (most calls name none), so that nothing is copied.</summary>
    private IReadOnlyList<TypeUse> ApplyAll(IReadOnlyList<TypeUse> uses)
    {
        TypeUse[]? applied = null;
        for (var i = 0; i < uses.Count; i++)
        {
            if (Apply(uses[i]) is var replaced && !ReferenceEquals(replaced, uses[i]))
            {
                applied ??= [.. uses];
                applied[i] = replaced;
            }
        }

        return applied ?? uses;
    }

    /// <summary>Gets a key that tells substitutions apart, for reading each method once per substitution.</summary>
    public string Key => string.Join(",", TypeArguments) + "|" + string.Join(",", MethodArguments);
}
