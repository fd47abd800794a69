using System.Text;
using System.Text.Json;

namespace FitnessKit;

/// <summary>A JSON value with the line and column where it starts, so configuration errors can point at it.</summary>
internal sealed class JsonTree
{
    private JsonTree(JsonTokenType kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonTokenType Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string? Text { get; private set; }

    public List<JsonTree> Items { get; } = new();

    /// <summary>Gets an object's properties, in the order written. Classes, not tuples: a list of tuples is generic code compiled at every start.</summary>
    public List<JsonTreeProperty> Properties { get; } = new();

    public string KindText => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => "a value",
    };

    /// <summary>Parses JSON (comments and trailing commas allowed) into a tree with positions.</summary>
    /// <exception cref="FitnessKitException">The text is not well-formed JSON; the message names the file, line and column.</exception>
    public static JsonTree Parse(byte[] utf8, string file)
    {
        if (TextEncoding.NotUtf8(utf8) is { } encoding)
        {
            throw new FitnessKitException($"{file} is encoded as {encoding}; save it as UTF-8.");
        }

        // Editors on Windows may save UTF-8 with a byte order mark; it is not JSON, but it is not a mistake either.
        var text = utf8.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? utf8[Encoding.UTF8.Preamble.Length..] : utf8;
        var lineStarts = LineStarts(text);
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (IsBlank(text) || !reader.Read())
            {
                throw new FitnessKitException($"{file}: the file is empty or holds only comments; it should hold a JSON object with \"assemblies\" and \"contexts\".");
            }

            var root = ReadValue(ref reader, lineStarts);

            // Text after the value would otherwise be ignored: a second object pasted below the first is an error, not a silent half.
            if (reader.Read())
            {
                var (line, column) = Position(lineStarts, reader.TokenStartIndex);
                throw new FitnessKitException($"{file}({line},{column}): malformed JSON: there is more after the end of the configuration object.");
            }

            return root;
        }
        catch (InvalidOperationException exception)
        {
            var (line, column) = Position(lineStarts, reader.TokenStartIndex);
            throw new FitnessKitException($"{file}({line},{column}): malformed JSON: {Describe(exception.Message)}", exception);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            throw new FitnessKitException($"{file}({line},{column}): malformed JSON: {Describe(exception.Message)}", exception);
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, long[] lineStarts)
    {
        var (line, column) = Position(lineStarts, reader.TokenStartIndex);
        var node = new JsonTree(reader.TokenType, line, column);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = Position(lineStarts, reader.TokenStartIndex);
                    var name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    node.Properties.Add(new JsonTreeProperty(name, ReadValue(ref reader, lineStarts), nameLine, nameColumn));
                }

                break;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, lineStarts));
                }

                break;
            case JsonTokenType.String:
                node.Text = reader.GetString();
                break;
            default:
                node.Text = Encoding.UTF8.GetString(reader.ValueSpan);
                break;
        }

        return node;
    }

    /// <summary>Whether the text holds nothing but white space and comments.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> text)
    {
        while (true)
        {
            text = text.TrimStart(" \t\r\n"u8);
            if (text.StartsWith("//"u8))
            {
                var end = text.IndexOf((byte)'\n');
                text = end < 0 ? [] : text[end..];
            }
            else if (text.StartsWith("/*"u8))
            {
                var end = text[2..].IndexOf("*/"u8);
                text = end < 0 ? [] : text[(end + 4)..];
            }
            else
            {
                return text.IsEmpty;
            }
        }
    }

    private static long[] LineStarts(ReadOnlySpan<byte> utf8)
    {
        var lines = 1;
        foreach (var b in utf8)
        {
            lines += b == (byte)'\n' ? 1 : 0;
        }

        var starts = new long[lines];
        var line = 1;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts[line++] = i + 1;
            }
        }

        return starts;
    }

    /// <summary>The line and column of an offset: the last line that starts at or before it, found by halving (a loop: the runtime's binary search of longs is generic code compiled at every start).</summary>
    private static (int Line, int Column) Position(long[] lineStarts, long offset)
    {
        int low = 0, high = lineStarts.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low + 1, (int)(offset - lineStarts[low]) + 1);
    }

    private static string Describe(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut < 0 ? message : message[..cut];
        return text.TrimEnd().TrimEnd('.') + ".";
    }
}
