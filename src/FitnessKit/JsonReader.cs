using System.Text.Json;

namespace FitnessKit;

/// <summary>Reads values out of a <see cref="JsonTree"/> (a configuration or a baseline) and collects problems as <c>file(line,column): message</c>.</summary>
internal sealed class JsonReader(string file)
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<string> _problems = new();

    public string At(JsonTree node, string message) => $"{file}({node.Line},{node.Column}): {message}";

    /// <summary>Where a value was written, to keep on what is built from it (a context, a pattern) for problems found later.</summary>
    public SourcePosition PositionOf(JsonTree node) => new(file, node.Line, node.Column);

    public void Problem(JsonTree node, string message) => _problems.Add(At(node, message));

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new FitnessKitException(_problems);
        }
    }

    public static JsonTree? Property(JsonTree node, string name) =>
        node.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal))?.Value;

    public void CheckKeys(JsonTree node, IReadOnlyList<string> known, string where)
    {
        foreach (var (name, _, line, column) in node.Properties)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                _problems.Add($"{file}({line},{column}): unknown setting \"{name}\" in {where}{Suggestions.DidYouMean(name, known)}. Known settings: {string.Join(", ", known.Where(k => k != "$schema"))}.");
            }
        }
    }

    /// <summary>Checks every object of a document for keys given twice, wherever it is, read or not.</summary>
    public void CheckDuplicatesEverywhere(JsonTree node, string where)
    {
        if (node.Kind == System.Text.Json.JsonTokenType.StartObject)
        {
            CheckDuplicates(node, where, where == "\"rules\"" ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            foreach (var (name, value, _, _) in node.Properties)
            {
                CheckDuplicatesEverywhere(value, $"\"{name}\"");
            }
        }
        else if (node.Kind == System.Text.Json.JsonTokenType.StartArray)
        {
            foreach (var item in node.Items)
            {
                CheckDuplicatesEverywhere(item, where is "\"contexts\"" ? "a context" : $"an entry of {where}");
            }
        }
    }

    /// <summary>A key given twice in one object is an error: JSON readers keep one of them silently, so half of what was written would not be checked.</summary>
    private void CheckDuplicates(JsonTree node, string where, StringComparer comparer)
    {
        var first = new Dictionary<string, (int Line, int Column)>(comparer);
        foreach (var (name, _, line, column) in node.Properties)
        {
            if (first.TryGetValue(name, out var earlier))
            {
                _problems.Add($"{file}({line},{column}): \"{name}\" is given twice in {where}, here and at line {earlier.Line}, column {earlier.Column}; only one would be read, so merge them into one.");
            }
            else
            {
                first[name] = (line, column);
            }
        }
    }

    public string? String(JsonTree node, string what)
    {
        if (node.Kind == JsonTokenType.String)
        {
            return node.Text;
        }

        Problem(node, $"{what} must be a string, not {node.KindText}.");
        return null;
    }

    public bool Boolean(JsonTree node, string what)
    {
        if (node.Kind is JsonTokenType.True or JsonTokenType.False)
        {
            return node.Kind == JsonTokenType.True;
        }

        Problem(node, $"{what} must be true or false, not {node.KindText}.");
        return true;
    }

    /// <summary>
    /// An array of non-empty strings. A plain string is not taken for an array of one: the schema says array, and
    /// editors flag it, so the reader says so too, with the array it should have been.
    /// </summary>
    public List<string> Strings(JsonTree node, string what) => [.. StringEntries(node, what).Select(e => e.Text)];

    public List<string> OptionalStrings(JsonTree node, string key, string owner) =>
        JsonReader.Property(node, key) is { } value ? Strings(value, $"\"{key}\" of {owner}") : [];

    /// <summary>The strings of an array with the node of each, for positions.</summary>
    public List<(string Text, JsonTree Node)> StringEntries(JsonTree node, string what)
    {
        if (node.Kind == JsonTokenType.String)
        {
            Problem(node, $"{what} must be an array of strings, such as [{JsonSerializer.Serialize(node.Text, Quoting)}], not a string.");
            return [];
        }

        if (node.Kind != JsonTokenType.StartArray)
        {
            Problem(node, $"{what} must be an array of strings, not {node.KindText}.");
            return [];
        }

        var values = new List<(string, JsonTree)>();
        foreach (var item in node.Items)
        {
            if (String(item, $"each entry of {what}") is not { } value)
            {
                continue;
            }

            if (value.Length == 0)
            {
                Problem(item, $"each entry of {what} must be a non-empty string.");
                continue;
            }

            values.Add((value, item));
        }

        return values;
    }

    public void Guard(JsonTree node, Action action) => Guard<object?>(node, () =>
    {
        action();
        return null;
    });

    public T? Guard<T>(JsonTree node, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (FitnessKitException exception)
        {
            foreach (var problem in exception.Problems)
            {
                // A problem that already names its place in this file (a pattern at its entry) is not put at the node as well.
                if (problem.StartsWith(file + "(", StringComparison.Ordinal))
                {
                    _problems.Add(problem);
                }
                else
                {
                    Problem(node, problem);
                }
            }

            return default;
        }
    }
}
