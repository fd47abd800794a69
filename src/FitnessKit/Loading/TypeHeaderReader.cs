using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads the header of each type of an assembly as it is loaded: its name, shape, base type and interfaces, what a
/// question needs of every type. Apart from <see cref="TypeScanner"/>, which decodes members and code later: a scanner
/// made only to read headers made its readers of IL, attributes and members, and their tables, for every assembly.
/// </summary>
internal sealed class TypeHeaderReader(MetadataReader metadata, MetadataNames names)
{
    /// <summary>Reads a type's header.</summary>
    public InspectedType Read(TypeDefinitionHandle handle)
    {
        var definition = metadata.GetTypeDefinition(handle);
        var type = new InspectedType(names.Of(handle), MetadataTokens.GetToken(handle), ShapeOf(handle, definition))
        {
            BaseType = definition.BaseType.IsNil ? null : names.UseOf(definition.BaseType),
        };
        var interfaces = definition.GetInterfaceImplementations();
        if (interfaces.Count > 0)
        {
            // An array of their number (every type of the code base holds its own), shortened if a handle named none.
            var uses = new TypeUse[interfaces.Count];
            var count = 0;
            foreach (var implementation in interfaces)
            {
                if (names.UseOf(metadata.GetInterfaceImplementation(implementation).Interface) is { } use)
                {
                    uses[count++] = use;
                }
            }

            type.Interfaces = count == uses.Length ? uses : uses[..count];
        }

        return type;
    }

    private TypeShape ShapeOf(TypeDefinitionHandle handle, TypeDefinition definition)
    {
        var attributes = definition.Attributes;
        var category = TypeCategory.Class;
        if ((attributes & TypeAttributes.Interface) != 0)
        {
            category = TypeCategory.Interface;
        }
        else if (!definition.BaseType.IsNil && definition.BaseType.Kind is HandleKind.TypeReference or HandleKind.TypeDefinition)
        {
            category = names.TypesIn(definition.BaseType)[0].FullName switch
            {
                "System.Enum" => TypeCategory.Enum,
                "System.ValueType" => TypeCategory.Struct,
                "System.MulticastDelegate" => TypeCategory.Delegate,
                _ => TypeCategory.Class,
            };
        }

        return new TypeShape(category, (attributes & TypeAttributes.Abstract) != 0, IsVisible(handle), !definition.GetDeclaringType().IsNil);
    }

    private bool IsVisible(TypeDefinitionHandle handle)
    {
        var definition = metadata.GetTypeDefinition(handle);
        return (definition.Attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => IsVisible(definition.GetDeclaringType()),
            _ => false,
        };
    }
}
