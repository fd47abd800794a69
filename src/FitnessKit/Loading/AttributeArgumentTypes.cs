using System.Reflection.Metadata;
using FitnessKit.Loading.Il;

namespace FitnessKit.Loading;

/// <summary>
/// Names attribute argument types just enough to read an attribute's string and number arguments
/// (<see cref="CustomAttribute.DecodeValue{TType}"/>); every enum is read as an <c>int</c>.
/// </summary>
internal sealed class AttributeArgumentTypes : ICustomAttributeTypeProvider<string>
{
    private AttributeArgumentTypes()
    {
    }

    /// <summary>Gets the one instance: it holds no state.</summary>
    public static AttributeArgumentTypes Instance { get; } = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => TypeUseProvider.NameOf(typeCode);

    public string GetSystemType() => "System.Type";

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);

    public string GetTypeFromSerializedName(string name) => name;

    public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

    public bool IsSystemType(string type) => type == "System.Type";
}
