using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Parses the type names that attribute blobs store as strings for <c>typeof</c> arguments and enum values:
/// <c>Ns.Outer+Inner`1[[Ns.Arg, ArgAssembly]][], Assembly, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null</c>.
/// </summary>
internal static class SerializedTypeNames
{
    /// <summary>Adds the named type and its generic arguments. An unqualified name belongs to the assembly <paramref name="defaultAssembly"/> gives for its namespace and name.</summary>
    /// <returns><see langword="false"/> when the text is not a well-formed type name.</returns>
    public static bool TryParse(string text, Func<string, string, string> defaultAssembly, TypeNameTable table, List<TypeName> found)
    {
        var position = 0;
        return TryParseQualified(text, ref position, defaultAssembly, table, found, stopAt: '\0');
    }

    private static bool TryParseQualified(string text, ref int position, Func<string, string, string> defaultAssembly, TypeNameTable table, List<TypeName> found, char stopAt)
    {
        var nameStart = position;
        // Most names are of types that take no arguments: a list only for those that do.
        List<TypeName>? arguments = null;
        while (position < text.Length && text[position] != ',' && text[position] != stopAt)
        {
            if (text[position] == '[')
            {
                if (!TryParseBrackets(text, ref position, defaultAssembly, table, arguments ??= new List<TypeName>()))
                {
                    return false;
                }

                continue;
            }

            if (text[position] == '\\')
            {
                position++;
            }

            position++;
        }

        var fullName = StripDecorations(text[nameStart..position]);
        var assembly = string.Empty;
        if (position < text.Length && text[position] == ',')
        {
            position++;
            var assemblyStart = position;
            while (position < text.Length && text[position] != ',' && text[position] != stopAt)
            {
                position++;
            }

            assembly = text[assemblyStart..position].Trim();
            while (position < text.Length && text[position] != stopAt)
            {
                position++;
            }
        }

        if (fullName.Length == 0 || !IsPlausible(fullName))
        {
            return false;
        }

        var (ns, name) = Split(fullName);
        found.Add(table.Get(assembly.Length == 0 ? defaultAssembly(ns, name) : assembly, ns, name));
        if (arguments is not null)
        {
            found.AddRange(arguments);
        }
        return true;
    }

    private static bool TryParseBrackets(string text, ref int position, Func<string, string, string> defaultAssembly, TypeNameTable table, List<TypeName> arguments)
    {
        position++;
        if (position < text.Length && (text[position] == ']' || text[position] == ',' || text[position] == '*'))
        {
            // An array rank suffix: [], [,], [*].
            while (position < text.Length && text[position] != ']')
            {
                position++;
            }

            position++;
            return true;
        }

        while (position < text.Length && text[position] != ']')
        {
            if (text[position] == '[')
            {
                position++;
                if (!TryParseQualified(text, ref position, defaultAssembly, table, arguments, stopAt: ']'))
                {
                    return false;
                }

                position++;
            }
            else if (text[position] == ',' || text[position] == ' ')
            {
                position++;
            }
            else
            {
                // An unqualified generic argument without its own brackets.
                if (!TryParseQualified(text, ref position, defaultAssembly, table, arguments, stopAt: ']'))
                {
                    return false;
                }
            }
        }

        position++;
        return true;
    }

    private static string StripDecorations(string name)
    {
        var end = name.Length;
        while (end > 0 && (name[end - 1] == '&' || name[end - 1] == '*' || char.IsWhiteSpace(name[end - 1])))
        {
            end--;
        }

        return name[..end].Trim();
    }

    private static bool IsPlausible(string name)
    {
        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Namespace, string Name) Split(string fullName)
    {
        var plus = fullName.IndexOf('+', StringComparison.Ordinal);
        var outer = plus < 0 ? fullName : fullName[..plus];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? (string.Empty, fullName) : (fullName[..dot], fullName[(dot + 1)..]);
    }
}
