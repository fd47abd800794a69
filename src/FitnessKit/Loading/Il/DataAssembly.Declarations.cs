using System.Reflection.Metadata;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>The declarations EF Core mappings are read from.</summary>
internal sealed partial class DataAssembly
{
    /// <summary>The properties of a type whose type is a generic instance, such as <c>DbSet&lt;Order&gt; Orders</c>.</summary>
    public IReadOnlyList<(string Name, TypeUse Type)> GenericProperties(TypeDefinitionHandle type) => Guard(() => ReadGenericProperties(type).ToList());

    private IEnumerable<(string Name, TypeUse Type)> ReadGenericProperties(TypeDefinitionHandle type)
    {
        foreach (var handle in Metadata.GetTypeDefinition(type).GetProperties())
        {
            var property = Metadata.GetPropertyDefinition(handle);
            var signature = property.DecodeSignature(_resolver.Types, null);
            if (signature.ReturnType is { Arguments.Count: > 0 } use)
            {
                yield return (Metadata.GetString(property.Name), use);
            }
        }
    }

    /// <summary>Whether a type has a constructor without parameters, of any visibility.</summary>
    public bool HasParameterlessConstructor(TypeDefinitionHandle type) => !FindMethod(type, ".ctor", 0).IsNil;

    /// <summary>The string arguments of an attribute on a type: its constructor's, then its named ones as <c>Name=value</c>.</summary>
    public IReadOnlyList<(string? Name, string? Value)>? AttributeArguments(TypeDefinitionHandle type, string attributeFullName) =>
        Guard(() => ReadAttributeArguments(type, attributeFullName));

    private IReadOnlyList<(string? Name, string? Value)>? ReadAttributeArguments(TypeDefinitionHandle type, string attributeFullName)
    {
        foreach (var handle in Metadata.GetTypeDefinition(type).GetCustomAttributes())
        {
            var attribute = Metadata.GetCustomAttribute(handle);
            var constructor = attribute.Constructor.Kind == HandleKind.MemberReference
                ? Metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
                : Metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
            if (TypeOf(constructor)?.Type.FullName != attributeFullName)
            {
                continue;
            }

            var value = attribute.DecodeValue(new AttributeTypeNames());
            return [.. value.FixedArguments.Select(a => ((string?)null, a.Value as string)), .. value.NamedArguments.Select(a => (a.Name, a.Value as string))];
        }

        return null;
    }

    /// <summary>Names attribute argument types just enough to read string arguments; every enum is read as an <c>int</c>.</summary>
    private sealed class AttributeTypeNames : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => TypeUseProvider.NameOf(typeCode);

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => reader.GetString(reader.GetTypeReference(handle).Name);

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
