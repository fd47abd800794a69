namespace FitnessKit.Model;

/// <summary>
/// A public instance property or field of a type, as a consumer of the type sees it: whether it can be assigned after
/// construction, and the type it holds (which may itself be a mutable collection).
/// </summary>
/// <param name="Name">The property or field name.</param>
/// <param name="IsField">Whether it is a field rather than a property.</param>
/// <param name="IsAssignable">Whether other code can assign it after construction: a public setter that is not <c>init</c>, or a public field that is not <c>readonly</c>.</param>
/// <param name="HeldType">The full name of the type it holds, without generic arguments (<c>System.Collections.Generic.List`1</c>); <c>[]</c> for an array.</param>
/// <param name="Anchor">Where it is declared: its accessor, or the type for a field.</param>
internal sealed record StateMember(string Name, bool IsField, bool IsAssignable, string HeldType, CodeAnchor Anchor);
