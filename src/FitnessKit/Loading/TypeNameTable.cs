using System.Collections.Concurrent;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>Interns type names so that every reader hands out one instance per type and comparisons are cheap.</summary>
internal sealed class TypeNameTable
{
    // Sized for a few hundred assemblies, with many locks: every loading thread interns the names of its assembly at
    // once, and growing the table, which takes every lock, stalls them all.
    private readonly ConcurrentDictionary<(string Assembly, string Namespace, string Name), TypeName> _names =
        new(concurrencyLevel: 16 * Environment.ProcessorCount, capacity: 1 << 16, new KeyComparer());

    /// <summary>Gets how many distinct type names were interned.</summary>
    public int Count => _names.Count;

    public TypeName Get(string assembly, string @namespace, string name) =>
        _names.GetOrAdd((assembly, @namespace, name), static key => new TypeName(key.Assembly, key.Namespace, key.Name));

    private sealed class KeyComparer : IEqualityComparer<(string Assembly, string Namespace, string Name)>
    {
        public bool Equals((string Assembly, string Namespace, string Name) x, (string Assembly, string Namespace, string Name) y) =>
            string.Equals(x.Name, y.Name, StringComparison.Ordinal)
            && string.Equals(x.Namespace, y.Namespace, StringComparison.Ordinal)
            && string.Equals(x.Assembly, y.Assembly, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Assembly, string Namespace, string Name) obj) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(obj.Name), StringComparer.Ordinal.GetHashCode(obj.Namespace));
    }
}
