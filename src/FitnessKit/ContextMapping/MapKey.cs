namespace FitnessKit.ContextMapping;

/// <summary>
/// What makes two context maps one map to a code base: the same contexts, shared kernel and way of recognising
/// persistence types, each written at the same place in a configuration file (<see cref="MapText"/>). Maps built
/// alike, such as a map built again for each test of a class, get the same key, under which a code base keeps what it
/// decoded and resolved for the first (<see cref="Inspection.CodeBase"/>, <see cref="Evaluation.CheckedMaps"/>). A key
/// lives as long as a map that has it: the maps hold it, and only a weak reference to it is kept here.
/// </summary>
internal sealed class MapKey
{
    private static readonly Dictionary<string, WeakReference<MapKey>> Live = new(StringComparer.Ordinal);

    // Keys whose maps are gone are swept out when the table has doubled since the last sweep.
    private static int _sweepAt = 64;

    private MapKey(string text)
    {
        Text = text;
    }

    /// <summary>Gets the maps' text (<see cref="MapText"/>).</summary>
    public string Text { get; }

    /// <summary>The key of maps written as <paramref name="text"/>: the same object as long as one such map lives.</summary>
    public static MapKey For(string text)
    {
        lock (Live)
        {
            if (Live.TryGetValue(text, out var held) && held.TryGetTarget(out var key))
            {
                return key;
            }

            if (Live.Count >= _sweepAt)
            {
                foreach (var gone in Live.Where(pair => !pair.Value.TryGetTarget(out _)).Select(pair => pair.Key).ToList())
                {
                    Live.Remove(gone);
                }

                _sweepAt = Math.Max(64, Live.Count * 2);
            }

            key = new MapKey(text);
            Live[text] = new WeakReference<MapKey>(key);
            return key;
        }
    }
}
