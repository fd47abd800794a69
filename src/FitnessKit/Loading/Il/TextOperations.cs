using System.Globalization;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// The framework's string-building methods, applied to interpreted values instead of being run: <c>string.Concat</c>,
/// <c>string.Format</c>, interpolated string handlers, <c>FormattableStringFactory.Create</c>, <c>StringBuilder</c>,
/// and <c>typeof(X).Assembly</c>. What they would compute from a value that is not known is a hole.
/// </summary>
internal static class TextOperations
{
    private const string StringType = "System.String";
    private const string Builder = "System.Text.StringBuilder";
    private const string Handler = "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler";

    /// <summary>The value a constructor makes, when it is a text builder.</summary>
    public static IlValue? Construct(CalledMethod constructor, IlValue[] arguments)
    {
        if (string.Equals(constructor.TypeFullName, Handler, StringComparison.Ordinal))
        {
            return new TextBuilderValue();
        }

        if (!string.Equals(constructor.TypeFullName, Builder, StringComparison.Ordinal))
        {
            return null;
        }

        var builder = new TextBuilderValue();
        if (arguments.Length > 0 && constructor.ParameterIs(0, StringType))
        {
            TextValue.Append(builder.Parts, arguments[0]);
        }

        return builder;
    }

    /// <summary>A call on an interpolated string handler held in a local: the local's new value and the call's result.</summary>
    public static (IlValue? NewLocal, IlValue? Result)? OnHandler(CalledMethod method, IlValue local, IlValue[] arguments)
    {
        if (!string.Equals(method.TypeFullName, Handler, StringComparison.Ordinal))
        {
            return null;
        }

        if (method.Name == ".ctor")
        {
            return (new TextBuilderValue(), null);
        }

        if (local is not TextBuilderValue builder)
        {
            return (null, null);
        }

        switch (method.Name)
        {
            case "AppendLiteral":
                TextValue.Append(builder.Parts, arguments.Length > 1 ? arguments[1] : IlValue.Unknown);
                return (null, null);
            case "AppendFormatted":
                TextValue.Append(builder.Parts, arguments.Length > 1 && arguments[1] is TextValue known && method.ParameterIs(0, StringType) ? known : IlValue.Unknown);
                return (null, null);
            case "ToStringAndClear" or "ToString":
                return (null, builder.ToText());
            default:
                return (null, null);
        }
    }

    /// <summary>The result of a pure string or reflection-name operation, or <see langword="null"/> for any other call.</summary>
    public static IlValue? Apply(CalledMethod method, IlValue[] arguments)
    {
        // StringBuilder.ToString() compiles to a call of Object.ToString().
        if (method.Name == "ToString" && arguments is [TextBuilderValue built])
        {
            return built.ToText();
        }

        switch (method.TypeFullName)
        {
            case StringType when method.Name == "Concat":
                return arguments is [ArrayValue array] ? TextValue.Concat(array.Elements.Select(e => e ?? IlValue.Unknown)) : TextValue.Concat(arguments);
            case StringType when method.Name == "Format":
                return Format(method, arguments, keepKnownArguments: true);
            case "System.Runtime.CompilerServices.FormattableStringFactory" when method.Name == "Create":
                return Format(method, arguments, keepKnownArguments: false);
            case "System.FormattableString" when method.Name is "Invariant" or "CurrentCulture":
                return arguments.Length == 1 ? arguments[0] : null;
            case Builder:
                return OnBuilder(method, arguments);
            case "System.Type" when method.Name == "GetTypeFromHandle":
                return arguments.Length == 1 && arguments[0] is TypeTokenValue token ? token : null;
            case "System.Reflection.MemberInfo" or "System.Type" when method.Name == "get_Name" && arguments is [TypeTokenValue named]:
                // typeof(X).Name: X's own name, as Type.Name gives it; a generic parameter's is filled where its argument is known.
                return GenericParameters.IsPlaceholder(named.Type.Type) ? new TextValue([new TextPart(null, named.Type)]) : TextValue.Of(named.Type.Type.OwnName);
            case "System.Type" when method.Name == "get_Assembly":
                return arguments.Length == 1 && arguments[0] is TypeTokenValue type ? new AssemblyOfValue(type.Type) : null;
            case "System.Reflection.IntrospectionExtensions" when method.Name == "GetTypeInfo":
                return arguments.Length == 1 ? arguments[0] : null;
            default:
                return null;
        }
    }

    private static IlValue? OnBuilder(CalledMethod method, IlValue[] arguments)
    {
        if (arguments.Length == 0 || arguments[0] is not TextBuilderValue builder)
        {
            return null;
        }

        switch (method.Name)
        {
            case "Append" when arguments.Length == 2:
                TextValue.Append(builder.Parts, method.ParameterIs(0, "System.Char") && arguments[1] is IntegerValue c ? TextValue.Of(((char)c.Value).ToString()) : arguments[1]);
                return builder;
            case "AppendLine":
                if (arguments.Length == 2)
                {
                    TextValue.Append(builder.Parts, arguments[1]);
                }

                TextValue.AppendPart(builder.Parts, new TextPart("\n"));
                return builder;
            case "AppendFormat":
                TextValue.Append(builder.Parts, Format(method, arguments[1..], keepKnownArguments: true) ?? IlValue.Unknown);
                return builder;
            case "ToString" when arguments.Length == 1:
                return builder.ToText();
            default:
                return builder;
        }
    }

    /// <summary>A composite format string with its items filled: a known text argument where asked for, otherwise a hole.</summary>
    private static TextValue? Format(CalledMethod method, IlValue[] arguments, bool keepKnownArguments)
    {
        var first = method.ParameterIs(0, "System.IFormatProvider") ? 1 : 0;
        if (arguments.Length <= first || arguments[first] is not TextValue { IsConstant: true } format)
        {
            return arguments.Length > first && arguments[first] is TextValue partial ? new TextValue([.. partial.Parts, TextPart.Hole]) : null;
        }

        var items = arguments.Length == first + 2 && arguments[first + 1] is ArrayValue array ? array.Elements : arguments[(first + 1)..];
        var text = string.Concat(format.Parts.Select(p => p.Literal));
        var parts = new List<TextPart>();
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if ((ch == '{' || ch == '}') && i + 1 < text.Length && text[i + 1] == ch)
            {
                literal.Append(ch);
                i++;
                continue;
            }

            if (ch != '{')
            {
                literal.Append(ch);
                continue;
            }

            var end = text.IndexOf('}', i);
            if (end < 0)
            {
                literal.Append(text, i, text.Length - i);
                break;
            }

            var item = text[(i + 1)..end];
            var digits = item.Split(',', ':')[0].Trim();
            var index = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
            TextValue.AppendPart(parts, new TextPart(literal.ToString()));
            literal.Clear();
            var value = keepKnownArguments && index >= 0 && index < items.Length && items[index] is TextValue known ? known : (IlValue)IlValue.Unknown;
            TextValue.Append(parts, value);
            i = end;
        }

        TextValue.AppendPart(parts, new TextPart(literal.ToString()));
        return new TextValue(parts);
    }
}
