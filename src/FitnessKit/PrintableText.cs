using System.Globalization;
using System.Text;

namespace FitnessKit;

/// <summary>
/// Makes text from inspected assemblies safe to show to people, on the console and in the HTML, Markdown, SARIF and
/// JUnit reports alike. A type name may hold control characters, terminal escape sequences, line separators or
/// invisible and bidirectional formatting characters (U+200B, U+202E, U+2066-U+2069), which could recolor, hide,
/// reorder or forge what a reader sees (a fake "No violations." line, a name that reads backwards). Each such
/// character, and each lone surrogate or non-character XML cannot hold, is written as <c>\uXXXX</c> instead. The data
/// (the JSON report, baselines) keeps names exactly.
/// </summary>
internal static class PrintableText
{
    /// <summary>The text with every hidden character written as <c>\uXXXX</c>; the same text when it has none.</summary>
    public static string Of(string text)
    {
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (!IsHidden(c))
            {
                result?.Append(c);
                continue;
            }

            result ??= new StringBuilder(text, 0, i, text.Length + 16);
            result.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return result?.ToString() ?? text;
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'
        || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
