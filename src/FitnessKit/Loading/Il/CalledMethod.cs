using System.Reflection.Metadata;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// A method as a call site names it: its declaring type as used (with generic arguments), its name, the generic
/// arguments of a generic method instance, and its parameter types. <see cref="Definition"/> is set when the method
/// is defined in the assembly that makes the call.
/// </summary>
internal sealed record CalledMethod(TypeUse DeclaringType, string Name, IReadOnlyList<TypeUse> MethodArguments, IReadOnlyList<TypeUse?> Parameters, TypeUse? ReturnType, bool HasThis)
{
    /// <summary>Gets the method's definition when it is in the same assembly as the call.</summary>
    public MethodDefinitionHandle Definition { get; init; }

    /// <summary>Gets the full name of the declaring type, such as <c>Dapper.SqlMapper</c>.</summary>
    public string TypeFullName => DeclaringType.Type.FullName;

    /// <summary>Gets a value indicating whether the method returns nothing.</summary>
    public bool ReturnsVoid => ReturnType is null;

    /// <summary>Whether a parameter's type has the given full name.</summary>
    public bool ParameterIs(int index, string typeFullName) =>
        index < Parameters.Count && Parameters[index] is { } parameter && string.Equals(parameter.Type.FullName, typeFullName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{DeclaringType.Type.DisplayName}.{Name}";
}
