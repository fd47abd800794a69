namespace FitnessKit.Model;

/// <summary>A call to a method of another context (<see cref="ForeignCall"/>) and the type whose code holds it.</summary>
/// <param name="Type">The calling type: the one the user wrote, for a call in a lambda or state machine.</param>
/// <param name="TypeToken">The metadata token of the calling type.</param>
/// <param name="Call">The call.</param>
internal sealed record OwnedCall(TypeName Type, int TypeToken, ForeignCall Call);
