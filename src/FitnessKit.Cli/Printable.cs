namespace FitnessKit.Cli;

/// <summary>
/// Makes text from inspected assemblies safe to print: control characters, terminal escape sequences, line separators
/// and invisible or bidirectional formatting characters are printed as <c>\uXXXX</c>, exactly as the reports write them
/// (<see cref="PrintableText"/>).
/// </summary>
internal static class Printable
{
    public static string Text(string text) => PrintableText.Of(text);
}
