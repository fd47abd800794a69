namespace FitnessKit.Contracts;

/// <summary>One difference between an approved contract and the current one, on one type or member.</summary>
/// <param name="Contract">The contract's name.</param>
/// <param name="Type">The full name of the type that changed.</param>
/// <param name="Member">The member that changed (<c>Total</c>, <c>Charge(System.Guid)</c>), or <see langword="null"/> for a change of the type itself.</param>
/// <param name="IsBreaking">Whether consumers built or written against the approved contract can break.</param>
/// <param name="What">What changed, as a clause: <c>was removed</c>, <c>changed type from int to long</c>.</param>
internal sealed record ContractChange(string Contract, string Type, string? Member, bool IsBreaking, string What)
{
    /// <summary>Gets the type, or the type and member, as messages name it.</summary>
    public string Subject => Member is null ? Type : $"{Type}.{Member}";
}
