using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading;

/// <summary>
/// The user-written type definitions of one assembly, in row order, each with the compiler-generated types nested in
/// it at any depth (closures, state machines), whose code is the user type's code. The compiler's own top-level types
/// (the module type, private implementation details, anonymous types) have no user owner and are left out; a file-local
/// type and any other top-level type whose name starts with <c>&lt;</c> is a user type
/// (<see cref="CompilerGeneratedNames.IsGeneratedType"/>).
/// </summary>
/// <remarks>
/// Read from the file when it is read: when loading reads the type headers, and again when decoding reads the code,
/// rather than kept in between. Kept, an object and an array of generated types for every type of the code base
/// (17 MB over 3,000 assemblies) lived from loading to decoding, long enough for the collector to move them to its old
/// generation, where they died. Arrays by row, not keyed by handle: collections keyed by metadata handles are compiled
/// at run time, on every start.
/// </remarks>
internal sealed class TypeFamilies
{
    private readonly TypeDefinitionHandle[] _owners;

    // The generated types of every owner, owner after owner; an owner's are from _start[i] to _start[i + 1].
    private readonly TypeDefinitionHandle[] _generated;
    private readonly int[] _start;

    // The family of each type definition row, -1 for a generated or compiler-owned type.
    private readonly int[] _familyOfRow;

    private TypeFamilies(TypeDefinitionHandle[] owners, TypeDefinitionHandle[] generated, int[] start, int[] familyOfRow)
    {
        _owners = owners;
        _generated = generated;
        _start = start;
        _familyOfRow = familyOfRow;
    }

    /// <summary>Gets how many user-written types the assembly defines.</summary>
    public int Count => _owners.Length;

    /// <summary>Groups the type definitions of an assembly by their user-written owner.</summary>
    public static TypeFamilies Of(MetadataReader metadata)
    {
        // By row: the owner of each generated type (0 when it has none), and how many generated types each owner has.
        var rows = metadata.TypeDefinitions.Count;
        var ownerOf = new int[rows + 1];
        var generatedCount = new int[rows + 1];
        var familyOfRow = new int[rows + 1];
        var userTypes = 0;
        var generatedTypes = 0;
        foreach (var handle in metadata.TypeDefinitions)
        {
            var row = MetadataTokens.GetRowNumber(handle);
            familyOfRow[row] = -1;
            var definition = metadata.GetTypeDefinition(handle);
            if (!CompilerGeneratedNames.IsGeneratedType(metadata, definition))
            {
                familyOfRow[row] = userTypes++;
                continue;
            }

            var owner = definition.GetDeclaringType();
            while (!owner.IsNil && CompilerGeneratedNames.IsGeneratedType(metadata, metadata.GetTypeDefinition(owner)))
            {
                owner = metadata.GetTypeDefinition(owner).GetDeclaringType();
            }

            if (!owner.IsNil)
            {
                var ownerRow = MetadataTokens.GetRowNumber(owner);
                ownerOf[row] = ownerRow;
                generatedCount[ownerRow]++;
                generatedTypes++;
            }
        }

        var owners = new TypeDefinitionHandle[userTypes];
        var start = new int[userTypes + 1];
        var next = 0;
        for (var row = 1; row <= rows; row++)
        {
            if (familyOfRow[row] >= 0)
            {
                owners[familyOfRow[row]] = MetadataTokens.TypeDefinitionHandle(row);
                start[familyOfRow[row]] = next;
                next += generatedCount[row];
            }
        }

        start[userTypes] = next;

        // Each owner's generated types in row order: placed from the last row, each owner's from its end.
        var generated = generatedTypes == 0 ? [] : new TypeDefinitionHandle[generatedTypes];
        for (var row = rows; row >= 1 && generatedTypes > 0; row--)
        {
            var ownerRow = ownerOf[row];
            if (ownerRow != 0)
            {
                var family = familyOfRow[ownerRow];
                generated[start[family] + --generatedCount[ownerRow]] = MetadataTokens.TypeDefinitionHandle(row);
            }
        }

        return new TypeFamilies(owners, generated, start, familyOfRow);
    }

    /// <summary>The user-written type of a family.</summary>
    public TypeDefinitionHandle Owner(int family) => _owners[family];

    /// <summary>The compiler-generated types of a family, in row order.</summary>
    public ReadOnlySpan<TypeDefinitionHandle> Generated(int family) => _generated.AsSpan(_start[family], _start[family + 1] - _start[family]);

    /// <summary>The family whose owner has a type definition token, or -1 when none has.</summary>
    public int FamilyOf(int token)
    {
        var row = token & 0x00FFFFFF;
        return token >>> 24 == (int)TableIndex.TypeDef && row > 0 && row < _familyOfRow.Length ? _familyOfRow[row] : -1;
    }
}
