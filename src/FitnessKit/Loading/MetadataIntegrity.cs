using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading;

/// <summary>
/// Checks the links between metadata rows that the loader follows in loops and recursion (a nested type's enclosing
/// type, a type reference's enclosing reference), so that damaged tables end in a clear error instead of a hang or a
/// stack overflow. System.Reflection.Metadata checks each row on its own, not the chains between rows.
/// </summary>
internal static class MetadataIntegrity
{
    /// <summary>How deeply types may nest; C# code stays far below, a cycle in the tables never ends.</summary>
    private const int MaxNesting = 256;

    /// <exception cref="BadImageFormatException">A chain of enclosing types is a cycle, deeper than <see cref="MaxNesting"/>, or points past its table.</exception>
    public static void Check(MetadataReader metadata)
    {
        var definitions = metadata.GetTableRowCount(TableIndex.TypeDef);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var current = handle;
            for (var depth = 0; ; depth++)
            {
                var declaring = metadata.GetTypeDefinition(current).GetDeclaringType();
                if (declaring.IsNil)
                {
                    break;
                }

                if (MetadataTokens.GetRowNumber(declaring) > definitions)
                {
                    throw new BadImageFormatException($"the nested-type table is damaged: type definition {MetadataTokens.GetToken(current):X8} is nested in type definition {MetadataTokens.GetToken(declaring):X8}, which does not exist");
                }

                if (depth >= MaxNesting)
                {
                    throw new BadImageFormatException($"the nested-type table is damaged: type definition {MetadataTokens.GetToken(handle):X8} is nested in itself, or more than {MaxNesting} levels deep");
                }

                current = declaring;
            }
        }

        var references = metadata.GetTableRowCount(TableIndex.TypeRef);
        foreach (var handle in metadata.TypeReferences)
        {
            var current = handle;
            for (var depth = 0; ; depth++)
            {
                var scope = metadata.GetTypeReference(current).ResolutionScope;
                if (scope.Kind != HandleKind.TypeReference)
                {
                    break;
                }

                if (MetadataTokens.GetRowNumber(scope) > references)
                {
                    throw new BadImageFormatException($"the type-reference table is damaged: type reference {MetadataTokens.GetToken(current):X8} is nested in type reference {MetadataTokens.GetToken(scope):X8}, which does not exist");
                }

                if (depth >= MaxNesting)
                {
                    throw new BadImageFormatException($"the type-reference table is damaged: type reference {MetadataTokens.GetToken(handle):X8} is nested in itself, or more than {MaxNesting} levels deep");
                }

                current = (TypeReferenceHandle)scope;
            }
        }
    }
}
