using System.Diagnostics.Tracing;
using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>
/// Every collection of the process, as the runtime's own events tell it (<c>phases --collections</c>): when it started,
/// which generation, why and how (blocking, background, or a young collection during a background one), and how long
/// from its start to its end; a background collection runs beside the program for most of that time. Phases mark where
/// they end, so that each collection can be read against the phase that paid for it.
/// </summary>
internal sealed class CollectionLog : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;
    private static readonly string[] Reasons = ["small allocation", "induced", "low memory", "empty", "large allocation", "out of space (small)", "out of space (large)", "induced, not forced", "stress", "low memory (induced)"];
    private static readonly string[] Kinds = ["blocking", "background", "during a background one"];

    private readonly DateTime _start = DateTime.UtcNow;
    private readonly List<(double At, string Line)> _lines = new();
    private readonly object _gate = new();
    private (DateTime At, string What)? _open;

    /// <summary>Notes where a phase ended.</summary>
    public void PhaseDone(string phase) => Add(Since(DateTime.UtcNow), $"-- {phase} done");

    /// <summary>Writes the collections and phase ends in the order of time (the runtime hands its events over a little later).</summary>
    public void Print(TextWriter writer)
    {
        lock (_gate)
        {
            writer.WriteLine($"{"at ms",8}  collection (start to end)");
            foreach (var (at, line) in _lines.OrderBy(l => l.At))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{at,8:F1}  {line}"));
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == RuntimeEvents)
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName == "GCStart_V2" && e.Payload is { Count: > 3 } payload)
        {
            var reason = Convert.ToInt32(payload[2], CultureInfo.InvariantCulture);
            var kind = Convert.ToInt32(payload[3], CultureInfo.InvariantCulture);
            lock (_gate)
            {
                _open = (e.TimeStamp, $"gen{payload[1]}, {(reason < Reasons.Length ? Reasons[reason] : reason.ToString(CultureInfo.InvariantCulture))}, {(kind < Kinds.Length ? Kinds[kind] : kind.ToString(CultureInfo.InvariantCulture))}");
            }
        }
        else if (e.EventName == "GCEnd_V1")
        {
            lock (_gate)
            {
                if (_open is { } open)
                {
                    _lines.Add((Since(open.At), string.Create(CultureInfo.InvariantCulture, $"{open.What}: {(e.TimeStamp - open.At).TotalMilliseconds:F1} ms")));
                    _open = null;
                }
            }
        }
    }

    private double Since(DateTime at) => (at - _start).TotalMilliseconds;

    private void Add(double at, string line)
    {
        lock (_gate)
        {
            _lines.Add((at, line));
        }
    }
}
