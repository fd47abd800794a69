using System.Reflection.Metadata;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>A user-written type definition with the compiler-generated types nested in it (closures, state machines), whose code is the user type's code.</summary>
internal sealed class TypeFamily(TypeDefinitionHandle owner, TypeDefinitionHandle[] generated)
{
    public TypeDefinitionHandle Owner { get; } = owner;

    public TypeDefinitionHandle[] Generated { get; } = generated;

    /// <summary>Gets or sets the type read from the owner's header.</summary>
    public InspectedType Type { get; set; } = null!;
}
