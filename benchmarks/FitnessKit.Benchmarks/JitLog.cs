using System.Diagnostics.Tracing;
using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>
/// Every method the runtime compiles while a check runs (<c>phases --jit</c>), as its own events tell it, listed under
/// the phase that paid for it: what a precompiled image could not hold (the runtime's generic code instantiated over
/// value types, code reached through generic virtual methods), the fixed cost of a check on a small code base. A method
/// compiled again at a higher tier is listed again, marked as such.
/// </summary>
internal sealed class JitLog : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";
    private const long JitKeyword = 0x10;

    private readonly List<(DateTime At, string Line)> _lines = new();
    private readonly object _gate = new();

    /// <summary>Notes where a phase ended.</summary>
    public void PhaseDone(string phase)
    {
        lock (_gate)
        {
            _lines.Add((DateTime.UtcNow, $"-- {phase} done"));
        }
    }

    /// <summary>Writes the compiled methods in the order of time, with the phase ends between them.</summary>
    public void Print(TextWriter writer)
    {
        lock (_gate)
        {
            foreach (var (_, line) in _lines.OrderBy(l => l.At))
            {
                writer.WriteLine(line);
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == RuntimeEvents)
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("MethodJittingStarted", StringComparison.Ordinal) || e.Payload is not { Count: > 6 } payload
            || e.PayloadNames is not { } names)
        {
            return;
        }

        string Field(string field) => names.IndexOf(field) is >= 0 and var at ? Convert.ToString(payload[at], CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        lock (_gate)
        {
            _lines.Add((e.TimeStamp, $"   {Field("MethodNamespace")}::{Field("MethodName")}"));
        }
    }
}
