using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// Decodes the types signatures name, for the full-scan floor. A type is an int: for a definition or reference, the
/// length of its full name (read once per row, as a model needs names); for a constructed type, a combination of its
/// parts. Counts every definition and reference it meets.
/// </summary>
internal sealed class TypeUses(MetadataReader md) : ISignatureTypeProvider<int, object?>
{
    private readonly string?[] _definitions = new string?[md.GetTableRowCount(TableIndex.TypeDef) + 1];
    private readonly string?[] _references = new string?[md.GetTableRowCount(TableIndex.TypeRef) + 1];
    private readonly int[] _specifications = new int[md.GetTableRowCount(TableIndex.TypeSpec) + 1];

    /// <summary>Gets how many uses of a type definition or reference were decoded.</summary>
    public long Uses { get; private set; }

    /// <summary>The type a definition, reference or specification handle names; 0 for a nil or other handle.</summary>
    public int Of(EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return 0;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return GetTypeFromDefinition(md, (TypeDefinitionHandle)handle, 0);
            case HandleKind.TypeReference:
                return GetTypeFromReference(md, (TypeReferenceHandle)handle, 0);
            case HandleKind.TypeSpecification:
                return GetTypeFromSpecification(md, null, (TypeSpecificationHandle)handle, 0);
            default:
                return 0;
        }
    }

    /// <summary>The full name of a type definition, read once per row.</summary>
    public string NameOf(TypeDefinitionHandle handle)
    {
        Uses++;
        var row = MetadataTokens.GetRowNumber(handle);
        if (_definitions[row] is { } known)
        {
            return known;
        }

        var definition = md.GetTypeDefinition(handle);
        var name = md.GetString(definition.Name);
        return _definitions[row] = definition.GetDeclaringType().IsNil
            ? md.GetString(definition.Namespace) + "." + name
            : NameOf(definition.GetDeclaringType()) + "+" + name;
    }

    /// <summary>The full name of a type reference, read once per row.</summary>
    public string NameOf(TypeReferenceHandle handle)
    {
        Uses++;
        var row = MetadataTokens.GetRowNumber(handle);
        if (_references[row] is { } known)
        {
            return known;
        }

        var reference = md.GetTypeReference(handle);
        var name = md.GetString(reference.Name);
        return _references[row] = reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? NameOf((TypeReferenceHandle)reference.ResolutionScope) + "+" + name
            : md.GetString(reference.Namespace) + "." + name;
    }

    public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => NameOf(handle).Length;

    public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => NameOf(handle).Length;

    public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        if (_specifications[row] == 0)
        {
            var decoded = md.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
            _specifications[row] = decoded == 0 ? 1 : decoded;
        }

        return _specifications[row];
    }

    public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments)
    {
        var combined = genericType;
        foreach (var argument in typeArguments)
        {
            combined = (combined * 31) + argument;
        }

        return combined;
    }

    public int GetPrimitiveType(PrimitiveTypeCode typeCode) => (int)typeCode;

    public int GetArrayType(int elementType, ArrayShape shape) => (elementType * 7) + shape.Rank;

    public int GetSZArrayType(int elementType) => elementType * 7;

    public int GetByReferenceType(int elementType) => elementType * 5;

    public int GetPointerType(int elementType) => elementType * 3;

    public int GetPinnedType(int elementType) => elementType;

    public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => unmodifiedType + modifier;

    public int GetFunctionPointerType(MethodSignature<int> signature) => signature.ReturnType + signature.ParameterTypes.Length;

    public int GetGenericMethodParameter(object? genericContext, int index) => -1 - index;

    public int GetGenericTypeParameter(object? genericContext, int index) => -1001 - index;
}
