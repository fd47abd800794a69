using System.Text;
using Xunit.Abstractions;

namespace FitnessKit.Tests.TestSupport;

/// <summary>A test output that keeps what is written to it.</summary>
internal sealed class RecordingOutput : ITestOutputHelper
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public void WriteLine(string message) => _text.AppendLine(message);

    public void WriteLine(string format, params object[] args) => _text.AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
