using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The names that the threads loading a code base share (<see cref="TypeNameTable"/>): one instance per name, found
/// without a lock, added under the lock of one of sixteen parts, chosen by the name's hash, so that threads adding
/// names at once seldom wait for each other. Each part keeps its names in an array, probed from each name's hash (which
/// the name keeps), at most half full. A concurrent dictionary kept a node of 48 bytes and a bucket of 8 for each name:
/// 13.5 MB for the 228,000 names of 3,000 assemblies, held from loading to the end of decoding; this is 4 MB.
/// </summary>
/// <remarks>
/// A reader may look at an array a writer is about to replace, or at a slot a writer is about to fill, and miss a name
/// added just then: it then adds the name itself, under the lock, which finds the name and hands it out. A slot is
/// filled once and never emptied; an array is replaced, never changed, when it grows.
/// </remarks>
internal sealed class SharedNames
{
    private const int PartBits = 4;

    private readonly Part[] _parts = new Part[1 << PartBits];

    public SharedNames(int capacity)
    {
        for (var i = 0; i < _parts.Length; i++)
        {
            _parts[i] = new Part(capacity >> PartBits);
        }
    }

    /// <summary>The instance of a name the set holds, or <see langword="null"/>.</summary>
    public TypeName? Find(TypeName name) => PartOf(name).Find(name);

    /// <summary>The instance of the name the set holds, or <paramref name="made"/>, added.</summary>
    public TypeName GetOrAdd(TypeName made) => PartOf(made).GetOrAdd(made);

    // The high bits of the hash, mixed: the low bits place the name in its part's array.
    private Part PartOf(TypeName name) => _parts[(int)(((uint)name.GetHashCode() * 0x9E3779B9u) >> (32 - PartBits))];

    private sealed class Part(int capacity)
    {
        private readonly object _gate = new();
        private TypeName?[] _slots = new TypeName?[SizeFor(capacity)];
        private int _count;

        public TypeName? Find(TypeName name) => Find(Volatile.Read(ref _slots), name);

        public TypeName GetOrAdd(TypeName made)
        {
            lock (_gate)
            {
                if (Find(_slots, made) is { } known)
                {
                    return known;
                }

                if ((_count + 1) * 2 > _slots.Length)
                {
                    var larger = new TypeName?[_slots.Length * 2];
                    foreach (var name in _slots)
                    {
                        if (name is not null)
                        {
                            larger[EmptySlot(larger, name)] = name;
                        }
                    }

                    Volatile.Write(ref _slots, larger);
                }

                Volatile.Write(ref _slots[EmptySlot(_slots, made)], made);
                _count++;
                return made;
            }
        }

        private static TypeName? Find(TypeName?[] slots, TypeName name)
        {
            var mask = slots.Length - 1;
            for (var slot = name.GetHashCode() & mask; ; slot = (slot + 1) & mask)
            {
                var held = Volatile.Read(ref slots[slot]);
                if (held is null || held.Equals(name))
                {
                    return held;
                }
            }
        }

        private static int EmptySlot(TypeName?[] slots, TypeName name)
        {
            var mask = slots.Length - 1;
            var slot = name.GetHashCode() & mask;
            while (slots[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        private static int SizeFor(int capacity)
        {
            var size = 16;
            while (size < capacity * 2)
            {
                size *= 2;
            }

            return size;
        }
    }
}
