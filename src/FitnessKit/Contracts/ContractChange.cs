namespace FitnessKit.Contracts;

/// <summary>One difference between an approved contract and the current one, on one type or member.</summary>
/// <param name="Contract">The contract's name.</param>
/// <param name="Type">The full name of the type that changed.</param>
/// <param name="Member">The member that changed (<c>Total</c>, <c>Charge(System.Guid)</c>), or <see langword="null"/> for a change of the type itself.</param>
/// <param name="IsBreaking">Whether consumers built or written against the approved contract can break.</param>
/// <param name="What">What changed, as a clause: <c>was removed</c>, <c>changed type from int to long</c>.</param>
/// <param name="Kinds">What changed, as data: one kind for each clause of <paramref name="What"/>, without repeats, in its order.</param>
internal sealed record ContractChange(string Contract, string Type, string? Member, bool IsBreaking, string What, IReadOnlyList<ContractChangeKind> Kinds)
{
    /// <summary>Gets the member as the approved contract had it, for a change of a member that was there before; <see langword="null"/> for a change of the type or an added member.</summary>
    public ContractMember? Approved { get; init; }

    /// <summary>Gets the type, or the type and member, as messages name it.</summary>
    public string Subject => Member is null ? Type : $"{Type}.{Member}";

    /// <summary>
    /// Gets a value indicating whether the change breaks the code that uses the member (calls it, reads or writes it,
    /// constructs through it), so that its consumers are found among the uses of that member: a member removed, or its
    /// kind, access, static-ness, type, nullability, accessors or parameters changed. A change that breaks derived
    /// types or creators of the type instead (a member made abstract or required), or that consumers compile into their
    /// own code (an enum value, a constant), and every change of a type, reaches the users of the type.
    /// </summary>
    public bool ReachesUsersOfMember =>
        Approved is { } member
        && member.Kind != ContractMemberKind.EnumValue
        && !(member.Kind == ContractMemberKind.Field && member.Modifiers.Contains("const"))
        && AllReachUsersOfMember(Kinds);

    /// <summary>Whether every kind breaks the users of the member; by index, as LINQ over a list of enums is generic code compiled at every start.</summary>
    private static bool AllReachUsersOfMember(IReadOnlyList<ContractChangeKind> kinds)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] is not (ContractChangeKind.Removed or ContractChangeKind.KindChanged or ContractChangeKind.AccessChanged or ContractChangeKind.StaticChanged
                or ContractChangeKind.TypeChanged or ContractChangeKind.NullabilityChanged or ContractChangeKind.AccessorsChanged or ContractChangeKind.ParametersChanged))
            {
                return false;
            }
        }

        return true;
    }
}
