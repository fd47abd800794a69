using System.Reflection.Metadata;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>The type a user wrote that holds a type definition, as every engine counts types: generated code is folded into its owner.</summary>
internal static class TypeOwners
{
    /// <summary>The type itself, the user-written type that holds it, or a nil handle for the compiler's own top-level types.</summary>
    public static TypeDefinitionHandle OwnerOf(MetadataReader md, TypeDefinitionHandle handle)
    {
        var owner = handle;
        var current = handle;
        while (!current.IsNil)
        {
            var definition = md.GetTypeDefinition(current);
            // Generated code is folded into the type that holds it; a top-level <...> type is folded away only when
            // it is the compiler's own (<>..., <Module>, <PrivateImplementationDetails>): a file-local type
            // (<File>F<hash>__Name) is code the user wrote.
            var name = md.GetString(definition.Name);
            if (name.StartsWith('<') && (!definition.GetDeclaringType().IsNil || name.StartsWith("<>", StringComparison.Ordinal) || name == "<Module>" || name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal)))
            {
                owner = definition.GetDeclaringType();
            }

            current = definition.GetDeclaringType();
        }

        return owner;
    }
}
