using FitnessKit.Model;

namespace FitnessKit.Configuration;

/// <summary>Reads name patterns out of fitness.json, each with the place it was written.</summary>
internal static class PatternReading
{
    /// <summary>An array of name patterns, each parsed and kept with its position.</summary>
    public static List<NamePattern> OptionalPatterns(this JsonReader reader, JsonTree node, string key, string owner)
    {
        var patterns = new List<NamePattern>();
        if (JsonReader.Property(node, key) is { } value)
        {
            foreach (var (text, entry) in reader.StringEntries(value, $"\"{key}\" of {owner}"))
            {
                if (reader.Guard(entry, () => NamePattern.Parse(text, reader.PositionOf(entry))) is { } pattern)
                {
                    patterns.Add(pattern);
                }
            }
        }

        return patterns;
    }
}
