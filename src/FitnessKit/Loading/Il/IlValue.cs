using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// What the IL interpreter knows about a value on the evaluation stack, in a local or in a field: a string rebuilt
/// from its literals (with holes for what code computes at run time), a type token, an object created here, a
/// delegate, the result of a call, or nothing at all. Nothing is executed to know it.
/// </summary>
internal abstract record IlValue
{
    /// <summary>Gets the value nothing is known about.</summary>
    public static IlValue Unknown { get; } = new UnknownValue();

    /// <summary>Gets the <see langword="null"/> literal.</summary>
    public static IlValue Null { get; } = new NullValue();

    /// <summary>Whether a value is nothing known, or the <see langword="null"/> literal: an argument a caller left out, or gave as <see langword="null"/>.</summary>
    public static bool IsUnknownOrNull(IlValue value) => value is UnknownValue or NullValue;
}

/// <summary>A value nothing is known about.</summary>
internal sealed record UnknownValue : IlValue;

/// <summary>The <see langword="null"/> literal (<c>ldnull</c>): known to be no object and no text.</summary>
internal sealed record NullValue : IlValue;

/// <summary>An <c>int</c> constant, kept for array indices and interpolation sizes.</summary>
internal sealed record IntegerValue(int Value) : IlValue;

/// <summary>A string rebuilt from literals; a part computed at run time is a hole.</summary>
internal sealed record TextValue(IReadOnlyList<TextPart> Parts) : IlValue
{
    public static TextValue Of(string literal) => new([new TextPart(literal)]);

    public static TextValue Hole { get; } = new([TextPart.Hole]);

    /// <summary>Gets a value indicating whether every part is a literal.</summary>
    public bool IsConstant => Parts.All(p => !p.IsHole);

    /// <summary>Gets the text when every part is a literal; otherwise <see langword="null"/>.</summary>
    public string? Constant => IsConstant ? string.Concat(Parts.Select(p => p.Literal)) : null;

    /// <summary>Joins values as <c>string.Concat</c> does: a value that is not text is a hole.</summary>
    public static TextValue Concat(IEnumerable<IlValue> values)
    {
        var parts = new List<TextPart>();
        foreach (var value in values)
        {
            Append(parts, value);
        }

        return new TextValue(parts);
    }

    /// <summary>Appends a value to parts, merging neighbouring literals; <see langword="null"/> appends nothing, as in <c>string.Concat</c>.</summary>
    public static void Append(List<TextPart> parts, IlValue value)
    {
        if (value is NullValue)
        {
            return;
        }

        if (value is TextValue text)
        {
            foreach (var part in text.Parts)
            {
                AppendPart(parts, part);
            }
        }
        else
        {
            AppendPart(parts, TextPart.Hole);
        }
    }

    /// <summary>Appends one part, merging neighbouring literals.</summary>
    public static void AppendPart(List<TextPart> parts, TextPart part)
    {
        if (!part.IsHole && parts.Count > 0 && !parts[^1].IsHole)
        {
            parts[^1] = new TextPart(parts[^1].Literal + part.Literal);
        }
        else if (!part.IsHole && part.Literal!.Length == 0)
        {
            return;
        }
        else
        {
            parts.Add(part);
        }
    }

    /// <summary>Gets a value indicating whether a hole of the text is the name of a generic parameter's type (<c>typeof(TRow).Name</c>).</summary>
    public bool NamesTypeParameter => Parts.Any(p => p.NameOf is { } named && GenericParameters.IsPlaceholder(named.Type));

    /// <summary>
    /// The text with the name of each generic parameter's type (<c>typeof(TEntity).Name</c>) written as the type
    /// <paramref name="apply"/> puts in its place names itself (<c>Type.Name</c>: <c>PalletMove</c>); this value when it
    /// holds no such name, and a hole still where the type put in its place is a generic parameter too.
    /// </summary>
    public TextValue WithTypeNames(Func<TypeUse, TypeUse> apply)
    {
        if (!Parts.Any(p => p.NameOf is not null))
        {
            return this;
        }

        var parts = new List<TextPart>(Parts.Count);
        foreach (var part in Parts)
        {
            AppendPart(parts, part.NameOf is { } named && apply(named) is var type && !GenericParameters.IsPlaceholder(type.Type) ? new TextPart(type.Type.OwnName) : part);
        }

        return new TextValue(parts);
    }

    /// <summary>Writes the text with each hole replaced by a placeholder.</summary>
    public string Render(Func<int, string> hole)
    {
        var builder = new System.Text.StringBuilder();
        var holes = 0;
        foreach (var part in Parts)
        {
            builder.Append(part.IsHole ? hole(holes++) : part.Literal);
        }

        return builder.ToString();
    }
}

/// <summary>
/// A literal piece of rebuilt text, or a hole when <see cref="Literal"/> is <see langword="null"/>: of a value computed
/// at run time, or the name of a generic parameter's type (<see cref="NameOf"/>, <c>typeof(TEntity).Name</c>), which a
/// reading that knows the generic arguments fills (<see cref="TextValue.WithTypeNames"/>).
/// </summary>
internal readonly record struct TextPart(string? Literal, TypeUse? NameOf = null)
{
    public static TextPart Hole => default;

    public bool IsHole => Literal is null;
}

/// <summary>A type named by <c>ldtoken</c> (<c>typeof(X)</c>), or the <see cref="System.Type"/> made from it.</summary>
internal sealed record TypeTokenValue(TypeUse Type) : IlValue;

/// <summary>A method named by <c>ldtoken</c>, by its name alone: an expression tree's property getter (<c>get_Labels</c> for <c>e =&gt; e.Labels</c>).</summary>
internal sealed record MethodTokenValue(string Name) : IlValue;

/// <summary>The assembly of a type: <c>typeof(X).Assembly</c>.</summary>
internal sealed record AssemblyOfValue(TypeUse Type) : IlValue;

/// <summary>An object created by <c>newobj</c>, with the constructor's arguments and the values stored into its fields since (a closure's captured variables).</summary>
internal sealed record NewObjectValue(TypeUse Type, IReadOnlyList<IlValue> Arguments) : IlValue
{
    /// <summary>Gets the values stored into the object's fields, by field definition row.</summary>
    public Dictionary<int, IlValue> Fields { get; } = new();
}

/// <summary>A pointer to a method (<c>ldftn</c>), or a delegate made from one: a lambda or a method group.</summary>
internal sealed record MethodPointerValue(CalledMethod Target) : IlValue
{
    /// <summary>The method a delegate value runs: a method pointer, or a delegate made from one (<c>new Func&lt;..&gt;(obj, ptr)</c>).</summary>
    public static CalledMethod? TargetOf(IlValue value) => value switch
    {
        MethodPointerValue pointer => pointer.Target,
        NewObjectValue created => created.Arguments.OfType<MethodPointerValue>().FirstOrDefault()?.Target,
        _ => null,
    };
}

/// <summary>A parameter of the interpreted method, with its declared type when known; <c>this</c> is parameter 0 of an instance method.</summary>
internal sealed record ArgumentValue(int Index, TypeUse? Type = null) : IlValue;

/// <summary>A value of a known declared type (a field's), and nothing else known about it.</summary>
/// <param name="Type">The declared type.</param>
/// <param name="Captured">
/// For a field of a closure or state machine that holds a user variable (a parameter or local captured by a lambda,
/// hoisted by an async method), the variable's name; the compiler keeps a parameter's name for its field.
/// </param>
internal sealed record TypedValue(TypeUse Type, string? Captured = null) : IlValue;

/// <summary>The value a call returned, with what it was called with.</summary>
internal sealed record CallResultValue(CalledMethod Method, IReadOnlyList<IlValue> Arguments) : IlValue;

/// <summary>The address of a local variable (<c>ldloca</c>), through which a struct such as an interpolation handler is changed.</summary>
internal sealed record LocalAddressValue(int Index) : IlValue;

/// <summary>The address of one element of an inline array held in a local (collection expressions and <c>params</c> spans).</summary>
internal sealed record ElementAddressValue(int Local, int Index) : IlValue;

/// <summary>A text being built piece by piece: a <c>StringBuilder</c> or an interpolated string handler. Shared by reference, as the object is.</summary>
internal sealed record TextBuilderValue : IlValue
{
    public List<TextPart> Parts { get; } = new();

    public TextValue ToText() => new([.. Parts]);
}

/// <summary>An array or inline array whose elements are tracked by constant index.</summary>
internal sealed record ArrayValue(IlValue[] Elements) : IlValue
{
    public static ArrayValue Sized(IlValue length) =>
        new(length is IntegerValue { Value: >= 0 and <= 64 } known ? new IlValue[known.Value] : []);
}
