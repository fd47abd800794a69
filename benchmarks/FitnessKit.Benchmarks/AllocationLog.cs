using System.Diagnostics.Tracing;
using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>
/// What each phase allocates, by type (<c>phases --allocations</c>), from the runtime's allocation ticks: about one event
/// every 100 KB a thread allocates, naming the type of the object that crossed the mark and the bytes since the last
/// one. A sample, not a count, but the types that take most of a phase's bytes take most of its ticks: where to cut.
/// </summary>
internal sealed class AllocationLog : EventListener
{
    private const string RuntimeEvents = "Microsoft-Windows-DotNETRuntime";
    private const long GcKeyword = 0x1;
    private const int Shown = 15;

    private readonly List<(string Phase, Dictionary<string, double> Bytes)> _phases = new();
    private readonly object _gate = new();
    private Dictionary<string, double> _current = new(StringComparer.Ordinal);

    /// <summary>Closes a phase: the ticks from here on count for the next.</summary>
    public void PhaseDone(string phase)
    {
        lock (_gate)
        {
            _phases.Add((phase, _current));
            _current = new Dictionary<string, double>(StringComparer.Ordinal);
        }
    }

    /// <summary>Writes each phase's most allocated types, with the MB their ticks stand for.</summary>
    public void Print(TextWriter writer)
    {
        lock (_gate)
        {
            foreach (var (phase, bytes) in _phases)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {phase}: {bytes.Values.Sum() / 1048576.0:F1} MB in ticks"));
                foreach (var (type, amount) in bytes.OrderByDescending(b => b.Value).Take(Shown))
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {amount / 1048576.0,7:F1}  {type}"));
                }
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == RuntimeEvents)
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is not { } names
            || e.Payload is not { } payload)
        {
            return;
        }

        var typeAt = names.IndexOf("TypeName");
        var amountAt = names.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0)
        {
            return;
        }

        var type = Convert.ToString(payload[typeAt], CultureInfo.InvariantCulture) ?? "?";
        var amount = Convert.ToDouble(payload[amountAt], CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _current[type] = _current.GetValueOrDefault(type) + amount;
        }
    }
}
