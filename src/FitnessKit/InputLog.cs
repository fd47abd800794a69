using System.Collections.Concurrent;

namespace FitnessKit;

/// <summary>
/// The list of everything a run read to reach its answer: each file whose content it read, each path whose presence it
/// asked about, each folder it listed and each environment variable it read. <see cref="Inputs"/> notes every read in
/// the log open in the flow of calls that makes it, and in every log open around that one; the threads and tasks a run
/// starts carry its flow with them (the kit never suppresses that flow: a test of its IL fails the build if it does).
/// The answer cache of <c>fitnesskit check --cache</c> stores a check's output under this list and the
/// <see cref="InputState"/> of each input.
/// </summary>
internal sealed class InputLog : IDisposable
{
    private static readonly AsyncLocal<InputLog?> Active = new();

    private readonly ConcurrentDictionary<string, InputKind> _inputs = new(StringComparer.Ordinal);
    private readonly InputLog? _outer;
    private bool _closed;

    private InputLog(InputLog? outer)
    {
        _outer = outer;
        Began = DateTime.UtcNow;
    }

    /// <summary>Gets when the log was opened: an input written after it may have been read before or after the change.</summary>
    public DateTime Began { get; }

    /// <summary>Gets a value indicating whether a log is open in this flow.</summary>
    internal static bool Recording => Active.Value is not null;

    /// <summary>Opens a log that notes every read of this flow of calls until it is disposed.</summary>
    public static InputLog Open()
    {
        var log = new InputLog(Active.Value);
        Active.Value = log;
        return log;
    }

    /// <summary>What was read so far, each input once with every way it was read, ordered by name.</summary>
    public IReadOnlyList<Input> Inputs() =>
        [.. _inputs.Select(i => new Input(i.Key, i.Value)).OrderBy(i => i.Name, StringComparer.Ordinal)];

    /// <summary>Stops noting reads: the log that was open before it is again.</summary>
    public void Dispose()
    {
        if (!_closed && ReferenceEquals(Active.Value, this))
        {
            Active.Value = _outer;
        }

        _closed = true;
    }

    /// <summary>Notes a read in the open log and every log open around it.</summary>
    internal static void Note(string name, InputKind kind)
    {
        for (var log = Active.Value; log is not null; log = log._outer)
        {
            if (!log._closed)
            {
                log._inputs.AddOrUpdate(name, static (_, added) => added, static (_, known, added) => known | added, kind);
            }
        }
    }
}

/// <summary>How an input was read; one input can be read in several ways.</summary>
[Flags]
internal enum InputKind
{
    /// <summary>Not read.</summary>
    None = 0,

    /// <summary>Whether a file or folder is at the path, and which.</summary>
    Presence = 1,

    /// <summary>The bytes of a file.</summary>
    Content = 2,

    /// <summary>The names in a folder.</summary>
    Listing = 4,

    /// <summary>An environment variable's value (or a value of the same standing, such as the runtime's folder).</summary>
    Variable = 8,
}

/// <summary>One input of a run: a path or a variable's name, and how it was read.</summary>
/// <param name="Name">A path, or the name of a variable.</param>
/// <param name="Kind">How it was read.</param>
internal readonly record struct Input(string Name, InputKind Kind);
