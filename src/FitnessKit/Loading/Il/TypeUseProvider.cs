using System.Collections.Immutable;
using System.Reflection.Metadata;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// Decodes signatures into <see cref="TypeUse"/> values: named types with their generic arguments, generic parameters
/// as placeholders, arrays, pointers and references reduced to their element type, <c>void</c> as <see langword="null"/>.
/// </summary>
internal sealed class TypeUseProvider(MetadataNames names) : ISignatureTypeProvider<TypeUse?, object?>
{
    public TypeUse? GetPrimitiveType(PrimitiveTypeCode typeCode) =>
        typeCode == PrimitiveTypeCode.Void ? null : names.Primitive(NameOf(typeCode)).Use;

    /// <summary>
    /// The name of a primitive type, as its code is named: by a switch, as the name of a value of the metadata
    /// library's one-byte enum is read through a table the runtime builds and sorts with generic code compiled at every
    /// start.
    /// </summary>
    internal static string NameOf(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Boolean => "Boolean",
        PrimitiveTypeCode.Char => "Char",
        PrimitiveTypeCode.SByte => "SByte",
        PrimitiveTypeCode.Byte => "Byte",
        PrimitiveTypeCode.Int16 => "Int16",
        PrimitiveTypeCode.UInt16 => "UInt16",
        PrimitiveTypeCode.Int32 => "Int32",
        PrimitiveTypeCode.UInt32 => "UInt32",
        PrimitiveTypeCode.Int64 => "Int64",
        PrimitiveTypeCode.UInt64 => "UInt64",
        PrimitiveTypeCode.Single => "Single",
        PrimitiveTypeCode.Double => "Double",
        PrimitiveTypeCode.String => "String",
        PrimitiveTypeCode.TypedReference => "TypedReference",
        PrimitiveTypeCode.IntPtr => "IntPtr",
        PrimitiveTypeCode.UIntPtr => "UIntPtr",
        PrimitiveTypeCode.Object => "Object",
        PrimitiveTypeCode.Void => "Void",
        _ => typeCode.ToString(),
    };

    // A named type without arguments is the name's one plain use: the tables' reading decodes the signature of every
    // method each DbContext's code calls, and made a use for each type of each (12 MB over 1,000 DbContexts).
    public TypeUse? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => names.Of(handle).Use;

    public TypeUse? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => names.Of(handle).Use;

    public TypeUse? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public TypeUse? GetGenericInstantiation(TypeUse? genericType, ImmutableArray<TypeUse?> typeArguments)
    {
        if (genericType is null)
        {
            return null;
        }

        // A loop, not a LINQ projection: every generic type in every signature the tables' reading meets comes here.
        var arguments = new TypeUse[typeArguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = typeArguments[i] ?? names.Primitive("Object").Use;
        }

        return genericType with { Arguments = arguments };
    }

    public TypeUse? GetSZArrayType(TypeUse? elementType) => elementType;

    public TypeUse? GetArrayType(TypeUse? elementType, ArrayShape shape) => elementType;

    public TypeUse? GetByReferenceType(TypeUse? elementType) => elementType;

    public TypeUse? GetPointerType(TypeUse? elementType) => elementType;

    public TypeUse? GetPinnedType(TypeUse? elementType) => elementType;

    public TypeUse? GetModifiedType(TypeUse? modifier, TypeUse? unmodifiedType, bool isRequired) => unmodifiedType;

    public TypeUse? GetFunctionPointerType(MethodSignature<TypeUse?> signature) => null;

    public TypeUse? GetGenericMethodParameter(object? genericContext, int index) => new(GenericParameters.OfMethod(index), []);

    public TypeUse? GetGenericTypeParameter(object? genericContext, int index) => GenericParameters.OfType(index).Use;
}
