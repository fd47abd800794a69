using System.Globalization;
using System.Text;

namespace FitnessKit.Cli;

/// <summary>
/// Makes text from inspected assemblies safe to print: a type name may hold control characters, terminal escape
/// sequences, line separators or invisible and bidirectional formatting characters, which could recolor, hide or forge
/// lines of the output (a fake "No violations." line). Each such character is printed as <c>\uXXXX</c> instead.
/// </summary>
internal static class Printable
{
    public static string Text(string text)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            printable.Append(IsHidden(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return printable.ToString();
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
