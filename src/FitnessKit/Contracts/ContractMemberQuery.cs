namespace FitnessKit.Contracts;

/// <summary>A contract member whose uses are looked for in consumers' code, with its type's full name as a snapshot writes it.</summary>
/// <param name="Type">The full name of the member's type, such as <c>Shop.Orders.Contracts.Page&lt;T&gt;</c>.</param>
/// <param name="Member">The member, as the approved snapshot has it.</param>
internal sealed record ContractMemberQuery(string Type, ContractMember Member);
