using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FitnessKit;

/// <summary>How FitnessKit writes JSON files (reports, baselines): indented, readable non-ASCII and apostrophes, <c>\n</c> line ends, a final newline.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How many bytes a writer over a stream holds before <see cref="FlushIfFull"/> passes them on.</summary>
    private const int FlushThreshold = 64 * 1024;

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        Write(buffer, write);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes the JSON to a stream as it is produced (call <see cref="FlushIfFull"/> in long loops: a writer over a
    /// stream keeps everything until it is flushed), then the final newline. Indentation is written with <c>\n</c> on
    /// every platform.
    /// </summary>
    public static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        var target = Environment.NewLine == "\n" ? stream : new LineFeedStream(stream);
        using (var json = new Utf8JsonWriter(target, Options))
        {
            write(json);
        }

        stream.Write("\n"u8);
    }

    /// <summary>Passes what the writer holds on to its stream once it holds more than a few kilobytes, so that a long report never sits in memory whole.</summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > FlushThreshold)
        {
            json.Flush();
        }
    }

    /// <summary>Writes the property when there is a value, and leaves it out otherwise.</summary>
    public static void StringIfAny(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes the property as a string or as <c>null</c>.</summary>
    public static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
