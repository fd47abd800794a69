namespace FitnessKit.Contracts;

/// <summary>
/// Reads type texts of a snapshot (<c>System.Collections.Generic.IReadOnlyList&lt;string?&gt;</c>): a <c>?</c> is always a
/// nullable annotation of a reference (a nullable value type is written <c>System.Nullable&lt;int&gt;</c>), so a type
/// without its <c>?</c>s is its shape, and two texts of one shape differ only in nullability.
/// </summary>
internal static class ContractTypeText
{
    /// <summary>Removes every nullable annotation.</summary>
    /// <param name="type">A type text.</param>
    /// <returns>The type's shape.</returns>
    public static string WithoutNullability(string type) => type.Replace("?", string.Empty, StringComparison.Ordinal);

    /// <summary>Compares the nullability of two texts of one shape, position by position.</summary>
    /// <param name="before">The approved text.</param>
    /// <param name="after">The current text.</param>
    /// <returns>Whether some position may be null now that could not be (<c>Looser</c>), and whether some position may no longer be null (<c>Stricter</c>).</returns>
    public static (bool Looser, bool Stricter) CompareNullability(string before, string after)
    {
        var looser = false;
        var stricter = false;
        int i = 0, j = 0;
        while (i <= before.Length && j <= after.Length)
        {
            var beforeNullable = i < before.Length && before[i] == '?';
            var afterNullable = j < after.Length && after[j] == '?';
            looser |= afterNullable && !beforeNullable;
            stricter |= beforeNullable && !afterNullable;
            i += beforeNullable ? 1 : 0;
            j += afterNullable ? 1 : 0;
            if (!beforeNullable && !afterNullable)
            {
                i++;
                j++;
            }
        }

        return (looser, stricter);
    }

    /// <summary>Splits a list at its commas that no brackets or quotes enclose: parameters, type arguments, bases.</summary>
    /// <param name="text">The list, items separated by <c>,</c> and optional spaces.</param>
    /// <returns>The items, trimmed.</returns>
    public static IReadOnlyList<string> SplitTopLevel(string text)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        var quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == ',' && depth == 0)
            {
                items.Add(text[start..i].Trim());
                start = i + 1;
            }

            depth += DepthChange(c);
        }

        if (text[start..].Trim() is { Length: > 0 } last)
        {
            items.Add(last);
        }

        return items;
    }

    /// <summary>Finds where a type text that starts a piece of text ends: at the first space that no brackets enclose.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index of that space, or -1.</returns>
    public static int EndOfType(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && depth == 0)
            {
                return i;
            }

            depth += DepthChange(text[i]);
        }

        return -1;
    }

    private static int DepthChange(char c) => c switch
    {
        '<' or '(' or '[' => 1,
        '>' or ')' or ']' => -1,
        _ => 0,
    };
}
