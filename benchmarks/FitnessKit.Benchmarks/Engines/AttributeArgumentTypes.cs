using System.Reflection.Metadata;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// The type names of custom attribute arguments, for the full-scan floor. An enum argument is read as an int, its
/// underlying type in nearly all code: the floor does not open the enum's assembly to find out.
/// </summary>
internal sealed class AttributeArgumentTypes(TypeUses types) : ICustomAttributeTypeProvider<string>
{
    private const string SystemType = "System.Type";

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.String => "System.String",
        PrimitiveTypeCode.Boolean => "System.Boolean",
        PrimitiveTypeCode.Int32 => "System.Int32",
        _ => typeCode.ToString(),
    };

    public string GetSystemType() => SystemType;

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => types.NameOf(handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => types.NameOf(handle);

    public string GetTypeFromSerializedName(string name) => name;

    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type == SystemType;
}
