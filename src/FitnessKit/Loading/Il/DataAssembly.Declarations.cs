using System.Reflection;
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

    /// <summary>
    /// The public instance properties of a type (not those of its base types), as EF Core looks for navigations and keys
    /// among them: each with its type when it is a class, an array or a generic instance (none for a scalar), whether
    /// <c>[NotMapped]</c> leaves it out, and whether <c>[Key]</c> makes it a key.
    /// </summary>
    public IReadOnlyList<DeclaredProperty> PublicProperties(TypeDefinitionHandle type) => Guard(() => ReadPublicProperties(type).ToList());

    private IEnumerable<DeclaredProperty> ReadPublicProperties(TypeDefinitionHandle type)
    {
        foreach (var handle in Metadata.GetTypeDefinition(type).GetProperties())
        {
            var property = Metadata.GetPropertyDefinition(handle);
            var getter = property.GetAccessors().Getter;
            if (getter.IsNil || (Metadata.GetMethodDefinition(getter).Attributes & (MethodAttributes.MemberAccessMask | MethodAttributes.Static)) != MethodAttributes.Public)
            {
                continue;
            }

            // A scalar (a primitive, a string, a struct such as Guid or decimal) is told from the signature's first type
            // code, without decoding it: over a thousand DbContexts, nearly every property of every entity is one.
            var blob = Metadata.GetBlobReader(property.Signature);
            var header = blob.ReadSignatureHeader();
            if (header.Kind != SignatureKind.Property || blob.ReadCompressedInteger() > 0)
            {
                continue;
            }

            // ECMA-335 II.23.1.16: CLASS, GENERICINST and SZARRAY, or a custom modifier before the type, are decoded.
            var code = blob.ReadByte();
            var use = code is 0x12 or 0x15 or 0x1D or 0x1F or 0x20
                ? property.DecodeSignature(_resolver.Types, null).ReturnType
                : null;
            var attributes = property.GetCustomAttributes();
            yield return new DeclaredProperty(
                Metadata.GetString(property.Name),
                use,
                HasAttribute(attributes, "System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute"),
                HasAttribute(attributes, "System.ComponentModel.DataAnnotations.KeyAttribute"));
        }
    }

    /// <summary>Whether a type carries an attribute, such as <c>[Owned]</c>.</summary>
    public bool HasAttribute(TypeDefinitionHandle type, string attributeFullName) =>
        Guard(() => HasAttribute(Metadata.GetTypeDefinition(type).GetCustomAttributes(), attributeFullName));

    /// <summary>Whether a type defined here is a class: not an interface, a struct or an enum.</summary>
    public bool IsClass(TypeDefinitionHandle type) => Guard(() =>
        (Metadata.GetTypeDefinition(type).Attributes & TypeAttributes.Interface) == 0
        && BaseTypeOf(type)?.Type.FullName is not ("System.ValueType" or "System.Enum"));

    /// <summary>Whether a type defined here is abstract.</summary>
    public bool IsAbstract(TypeDefinitionHandle type) => Guard(() => (Metadata.GetTypeDefinition(type).Attributes & TypeAttributes.Abstract) != 0);

    private bool HasAttribute(CustomAttributeHandleCollection attributes, string attributeFullName)
    {
        foreach (var handle in attributes)
        {
            if (AttributeTypeOf(Metadata.GetCustomAttribute(handle)) == attributeFullName)
            {
                return true;
            }
        }

        return false;
    }

    private string? AttributeTypeOf(CustomAttribute attribute) => TypeOf(attribute.Constructor.Kind == HandleKind.MemberReference
        ? Metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
        : Metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType())?.Type.FullName;

    /// <summary>Whether a type has a constructor without parameters, of any visibility.</summary>
    public bool HasParameterlessConstructor(TypeDefinitionHandle type) => !FindMethod(type, ".ctor", 0).IsNil;

    /// <summary>The string arguments of an attribute on a type: its constructor's, then its named ones as <c>Name=value</c>.</summary>
    public IReadOnlyList<(string? Name, string? Value)>? AttributeArguments(TypeDefinitionHandle type, string attributeFullName) =>
        Guard(() => ReadAttributeArguments(type, attributeFullName));

    /// <summary>The methods of a type (not of its base types) that carry an attribute, each with the attribute's string arguments.</summary>
    public IReadOnlyList<(MethodDefinitionHandle Method, string Name, IReadOnlyList<(string? Name, string? Value)> Arguments)> MethodsWithAttribute(TypeDefinitionHandle type, string attributeFullName) =>
        Guard(() =>
        {
            var found = new List<(MethodDefinitionHandle, string, IReadOnlyList<(string?, string?)>)>();
            foreach (var handle in Metadata.GetTypeDefinition(type).GetMethods())
            {
                var method = Metadata.GetMethodDefinition(handle);
                if (ReadAttributeArguments(method.GetCustomAttributes(), attributeFullName) is { } arguments)
                {
                    found.Add((handle, Metadata.GetString(method.Name), arguments));
                }
            }

            return found;
        });

    private IReadOnlyList<(string? Name, string? Value)>? ReadAttributeArguments(TypeDefinitionHandle type, string attributeFullName) =>
        ReadAttributeArguments(Metadata.GetTypeDefinition(type).GetCustomAttributes(), attributeFullName);

    /// <summary>An attribute argument as text: a string as it is, a Boolean as <c>true</c> or <c>false</c>, anything else as none.</summary>
    private static string? Written(object? value) => value as string ?? (value is bool flag ? (flag ? "true" : "false") : null);

    private IReadOnlyList<(string? Name, string? Value)>? ReadAttributeArguments(CustomAttributeHandleCollection attributes, string attributeFullName)
    {
        foreach (var handle in attributes)
        {
            var attribute = Metadata.GetCustomAttribute(handle);
            if (AttributeTypeOf(attribute) != attributeFullName)
            {
                continue;
            }

            var value = attribute.DecodeValue(AttributeArgumentTypes.Instance);
            return [.. value.FixedArguments.Select(a => ((string?)null, Written(a.Value))), .. value.NamedArguments.Select(a => (a.Name, Written(a.Value)))];
        }

        return null;
    }
}

