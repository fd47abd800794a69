using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>A type that closes a generic base type (<see cref="GenericClosings"/>).</summary>
/// <param name="Closing">The closing type, such as <c>SettingCount</c>.</param>
/// <param name="Arguments">The base's type arguments, such as <c>Setting</c>.</param>
/// <param name="InContext">Whether the closing type is in a context: its SQL is then judged.</param>
internal sealed record GenericClosing(TypeName Closing, IReadOnlyList<TypeUse> Arguments, bool InContext);
