using System.Reflection.Metadata;

namespace FitnessKit.Loading.Contracts;

/// <summary>Type names as a contract snapshot writes them: namespace, enclosing types and name, joined by dots, without the arity suffix.</summary>
internal static class ContractNames
{
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = Plain(reader.GetString(type.Name));
        var declaring = type.GetDeclaringType();
        return !declaring.IsNil ? $"{Of(reader, declaring)}.{name}" : Qualified(reader.GetString(type.Namespace), name);
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = Plain(reader.GetString(type.Name));
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{Of(reader, (TypeReferenceHandle)type.ResolutionScope)}.{name}"
            : Qualified(reader.GetString(type.Namespace), name);
    }

    /// <summary>Gets the full name of the type an attribute's constructor belongs to.</summary>
    public static string? AttributeType(MetadataReader reader, CustomAttribute attribute)
    {
        var parent = attribute.Constructor.Kind switch
        {
            HandleKind.MethodDefinition => (EntityHandle)reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            _ => default,
        };
        return parent.Kind switch
        {
            HandleKind.TypeDefinition => Of(reader, (TypeDefinitionHandle)parent),
            HandleKind.TypeReference => Of(reader, (TypeReferenceHandle)parent),
            _ => null,
        };
    }

    private static string Plain(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";
}
