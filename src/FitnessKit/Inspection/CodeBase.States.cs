using FitnessKit.Loading;
using FitnessKit.Model;

namespace FitnessKit.Inspection;

/// <summary>What a consumer of a type can change on it: read from metadata on first use, for the few types a rule asks about.</summary>
public sealed partial class CodeBase
{
    private readonly TypeStates _states = new();

    /// <summary>The public instance properties and fields a type declares, with whether each can be assigned after construction and the type it holds.</summary>
    /// <exception cref="FitnessKitException">The type's assembly file is gone, unreadable, or rebuilt since it was inspected.</exception>
    internal IReadOnlyList<StateMember> StateOf(InspectedType type) => _states.Of(type.Assembly.Path, type.Assembly.Mvid, type.Token);

    /// <summary>Where a property or field of a type is declared, from the PDB: the accessor's first line, or the type's declaration for a field.</summary>
    internal SourceLocation? Locate(InspectedType type, StateMember member) =>
        member.IsField ? Locate(type) : Locate(type.Assembly.Path, member.Anchor);
}
