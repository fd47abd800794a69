using System.Text.Json;
using System.Text;
using FitnessKit.Evaluation;
using FitnessKit.Rules;

namespace FitnessKit.Baselines;

/// <summary>
/// The violations a team has accepted for now, recorded edge by edge (rule, source type or member, target) with counts,
/// so a legacy system can adopt the rules and fail only on new violations. Apply it with
/// <see cref="FitnessReport.Against(Baseline)"/>. The file is JSON, sorted, without dates, so it diffs well in review.
/// </summary>
public sealed class Baseline
{
    /// <summary>The format number this version writes and reads.</summary>
    public const int FormatVersion = 1;

    private const string FormatKey = "fitnessKitBaseline";

    private readonly IReadOnlyDictionary<string, (int Line, int Column)> _positions;

    internal Baseline(IEnumerable<BaselineEntry> entries, string? file = null, IReadOnlyDictionary<string, (int Line, int Column)>? positions = null)
    {
        Entries = [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal)];
        File = file;
        _positions = positions ?? new Dictionary<string, (int Line, int Column)>();
    }

    /// <summary>Gets a baseline that accepts nothing.</summary>
    public static Baseline Empty { get; } = new([]);

    /// <summary>Gets the entries, ordered by rule, source, member and target.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Gets the file the baseline was read from, if any.</summary>
    public string? File { get; }

    /// <summary>Gets how many violations the baseline accepts in all.</summary>
    public int ViolationCount => Entries.Sum(e => e.Count);

    /// <summary>Where an entry was read from, as <c>(line,column)</c> for messages; empty when it was not read from a file.</summary>
    internal string PositionOf(BaselineEntry entry) =>
        _positions.TryGetValue(entry.Key, out var at) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({at.Line},{at.Column})") : string.Empty;

    /// <summary>Records violations, such as every violation of a report (<c>Baseline.Of(report.Violations)</c>), baselined or not.</summary>
    /// <param name="violations">The violations.</param>
    /// <returns>A baseline that accepts exactly those violations.</returns>
    public static Baseline Of(IEnumerable<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        return new(violations.GroupBy(v => v.Key, StringComparer.Ordinal).Select(g => BaselineEntry.For(g.First(), g.Count())));
    }

    /// <summary>Reads a baseline file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="FitnessKitException">The file is missing, malformed or of another format; the message names the file, line and column.</exception>
    public static Baseline Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var bytes = InputFile.Read(full, "baseline")
            ?? throw new FitnessKitException($"{full}: the baseline file does not exist. Create it with 'fitnesskit baseline --config fitness.json --out {Path.GetFileName(full)}'.");
        return Read(bytes, full);
    }

    /// <summary>Reads a baseline from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="path">The file name to put in messages.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="FitnessKitException">The text is malformed or of another format.</exception>
    public static Baseline Parse(string json, string path) => Read(Encoding.UTF8.GetBytes(json ?? string.Empty), path);

    /// <summary>Writes the baseline to a file, atomically: a reader sees the old file or the new one, never half of one.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="FitnessKitException">The file cannot be written.</exception>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    /// <summary>Formats the baseline as the JSON that <see cref="Load"/> reads.</summary>
    /// <returns>Indented JSON ending in a newline.</returns>
    public string ToJson() => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber(FormatKey, FormatVersion);
        json.WriteStartArray("violations");
        foreach (var entry in Entries)
        {
            entry.WriteTo(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static Baseline Read(byte[] utf8, string file)
    {
        if (utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            throw new FitnessKitException($"{file}: the baseline file is empty. Recreate it with 'fitnesskit baseline'.");
        }

        var root = JsonTree.Parse(utf8, file);
        var reader = new JsonReader(file);
        if (root.Kind != JsonTokenType.StartObject)
        {
            throw new FitnessKitException(reader.At(root, $"a baseline is a JSON object with \"{FormatKey}\" and \"violations\", not {root.KindText}."));
        }

        CheckFormat(root, reader);
        reader.CheckKeys(root, [FormatKey, "violations", "$schema"], "the baseline");
        var entries = new List<(BaselineEntry Entry, int Line, int Column)>();
        if (JsonReader.Property(root, "violations") is not { } list)
        {
            reader.Problem(root, "the baseline has no \"violations\" array; an empty baseline is written as \"violations\": [].");
        }
        else if (list.Kind != JsonTokenType.StartArray)
        {
            reader.Problem(list, $"\"violations\" must be an array, not {list.KindText}.");
        }
        else
        {
            entries.AddRange(list.Items.Select(item => (Entry: ReadEntry(item, reader), item.Line, item.Column)).Where(e => e.Entry is not null).Select(e => (e.Entry!, e.Line, e.Column)));
        }

        reader.ThrowIfAny();
        var duplicate = entries.GroupBy(e => e.Entry.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FitnessKitException($"{file}({duplicate.Last().Line},{duplicate.Last().Column}): the entry {duplicate.First().Entry} is listed twice; keep one and add up the counts.");
        }

        return new Baseline(entries.Select(e => e.Entry), file, entries.ToDictionary(e => e.Entry.Key, e => (e.Line, e.Column), StringComparer.Ordinal));
    }

    private static void CheckFormat(JsonTree root, JsonReader reader)
    {
        if (JsonReader.Property(root, FormatKey) is not { } format)
        {
            throw new FitnessKitException(reader.At(root, $"this is not a FitnessKit baseline: it has no \"{FormatKey}\" format number. Create one with 'fitnesskit baseline'."));
        }

        if (format.Kind != JsonTokenType.Number || format.Text != FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw new FitnessKitException(reader.At(format, $"the baseline has format {format.Text ?? format.KindText}; this version of FitnessKit reads format {FormatVersion}. Recreate it with 'fitnesskit baseline'."));
        }
    }

    private static BaselineEntry? ReadEntry(JsonTree item, JsonReader reader)
    {
        if (item.Kind != JsonTokenType.StartObject)
        {
            reader.Problem(item, $"a baseline entry must be an object with \"rule\", \"source\" and \"count\", not {item.KindText}.");
            return null;
        }

        reader.CheckKeys(item, ["rule", "source", "member", "target", "count"], "a baseline entry");
        var rule = Required(item, "rule", reader);
        var source = Required(item, "source", reader);
        var member = JsonReader.Property(item, "member") is { } m ? reader.String(m, "\"member\"") : null;
        var target = JsonReader.Property(item, "target") is { } t ? reader.String(t, "\"target\"") : null;
        var count = 0;
        if (JsonReader.Property(item, "count") is not { } countNode)
        {
            reader.Problem(item, "a baseline entry needs \"count\", the number of violations it accepts.");
        }
        else if (countNode.Kind != JsonTokenType.Number || !int.TryParse(countNode.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count < 1)
        {
            reader.Problem(countNode, $"\"count\" must be a whole number of 1 or more, not {countNode.Text ?? countNode.KindText}.");
        }

        return rule is null || source is null || count < 1 ? null : new BaselineEntry(rule, source, member, target, count);
    }

    private static string? Required(JsonTree item, string key, JsonReader reader)
    {
        if (JsonReader.Property(item, key) is not { } node)
        {
            reader.Problem(item, $"a baseline entry needs \"{key}\".");
            return null;
        }

        var text = reader.String(node, $"\"{key}\"");
        if (text is { Length: 0 })
        {
            reader.Problem(node, $"\"{key}\" must not be empty.");
            return null;
        }

        return text;
    }
}
