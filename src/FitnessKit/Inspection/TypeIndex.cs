using FitnessKit.Model;

namespace FitnessKit.Inspection;

/// <summary>
/// One assembly's types by name (<see cref="CodeBase.FindType"/>): the position of each type in the assembly's list, in
/// a table as long as the smallest power of two above a third more than the types, probed from the name's hash. A
/// dictionary of names and types took 2 KB an assembly, 6.3 MB alive to the end of a check over 3,000 assemblies;
/// this takes a quarter of it. Two types of one name (damaged metadata) leave the last.
/// </summary>
internal sealed class TypeIndex
{
    private readonly IReadOnlyList<InspectedType> _types;

    // The position of a type in _types plus one; 0 for an empty slot.
    private readonly int[] _slots;

    public TypeIndex(IReadOnlyList<InspectedType> types)
    {
        _types = types;
        var size = 4;
        while (size < types.Count + types.Count / 3 + 1)
        {
            size *= 2;
        }

        _slots = new int[size];
        for (var i = 0; i < types.Count; i++)
        {
            var slot = SlotOf(types[i].Name);
            _slots[slot] = i + 1;
        }
    }

    /// <summary>The type of the assembly with that name, or <see langword="null"/>.</summary>
    public InspectedType? Find(TypeName name) => _slots[SlotOf(name)] is var position and > 0 ? _types[position - 1] : null;

    /// <summary>The slot that holds the name, or the empty slot where it would go.</summary>
    private int SlotOf(TypeName name)
    {
        var mask = _slots.Length - 1;
        var slot = name.GetHashCode() & mask;
        while (_slots[slot] is var position and > 0 && !_types[position - 1].Name.Equals(name))
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }
}
