using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The names that the threads loading a code base share (<see cref="TypeNameTable"/>): one instance per name, found
/// without a lock, added under one. The names sit in one array, probed from each name's hash (which the name keeps),
/// at most half full. A concurrent dictionary kept a node of 48 bytes and a bucket of 8 for each: 13.5 MB for the
/// 228,000 names of 3,000 assemblies, held from loading to the end of decoding; this is 4 MB.
/// </summary>
/// <remarks>
/// A reader may look at the array a writer is about to replace, or at a slot a writer is about to fill, and miss a
/// name added just then: it then adds the name itself, under the lock, which finds the name and hands it out. A slot
/// is filled once and never emptied; the array is replaced, never changed, when it grows.
/// </remarks>
internal sealed class SharedNames(int capacity)
{
    private readonly object _gate = new();
    private TypeName?[] _slots = new TypeName?[SizeFor(capacity)];
    private int _count;

    /// <summary>The instance of a name the set holds, or <see langword="null"/>.</summary>
    public TypeName? Find(TypeName name) => Find(Volatile.Read(ref _slots), name);

    /// <summary>The instance of the name the set holds, or <paramref name="made"/>, added.</summary>
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
