using System.Text;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>
/// Keeps a copy of all a console writes from now until disposed, exactly as written (escape codes included), so that
/// the answer cache can print it again byte for byte. The console keeps its width and capabilities: only its writer is
/// doubled.
/// </summary>
internal sealed class OutputCapture : IDisposable
{
    private readonly IAnsiConsole _console;
    private readonly IAnsiConsoleOutput _original;
    private readonly StringWriter _copy = new();

    private OutputCapture(IAnsiConsole console)
    {
        _console = console;
        _original = console.Profile.Out;
        console.Profile.Out = new Doubled(_original, _copy);
    }

    /// <summary>Gets what was written so far.</summary>
    public string Text => _copy.ToString();

    public static OutputCapture Start(IAnsiConsole console) => new(console);

    public void Dispose() => _console.Profile.Out = _original;

    private sealed class Doubled(IAnsiConsoleOutput original, StringWriter copy) : IAnsiConsoleOutput
    {
        public TextWriter Writer { get; } = new Tee(original.Writer, copy);

        public bool IsTerminal => original.IsTerminal;

        public int Width => original.Width;

        public int Height => original.Height;

        public void SetEncoding(Encoding encoding) => original.SetEncoding(encoding);
    }

    private sealed class Tee(TextWriter first, TextWriter second) : TextWriter
    {
        public override Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            first.Write(buffer, index, count);
            second.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            first.Write(buffer);
            second.Write(buffer);
        }

        public override void Flush() => first.Flush();
    }
}
