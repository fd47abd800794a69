using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading;

/// <summary>
/// What locating a type in a PDB needs of its assembly's metadata, and no more: the method rows of each type and the
/// types nested in it, by row number. Read once when the PDB is opened, so that the assembly's bytes need not be held
/// for as long as its locations are asked for (about four bytes a method, against the whole file).
/// </summary>
internal sealed class TypeMethodRows
{
    private readonly int[] _methodStarts;
    private readonly int[] _methods;
    private readonly int[] _nestedStarts;
    private readonly int[] _nested;

    private TypeMethodRows(int methodCount, int[] methodStarts, int[] methods, int[] nestedStarts, int[] nested)
    {
        MethodCount = methodCount;
        _methodStarts = methodStarts;
        _methods = methods;
        _nestedStarts = nestedStarts;
        _nested = nested;
    }

    /// <summary>Gets how many rows the method definition table has.</summary>
    public int MethodCount { get; }

    /// <summary>Gets how many rows the type definition table has.</summary>
    public int TypeCount => _methodStarts.Length - 1;

    /// <summary>Reads the rows of an assembly's metadata.</summary>
    public static TypeMethodRows Read(MetadataReader metadata)
    {
        var typeCount = metadata.TypeDefinitions.Count;
        var methodStarts = new int[typeCount + 1];
        var methods = new List<int>(metadata.MethodDefinitions.Count);
        var nested = new List<int>[typeCount];
        foreach (var handle in metadata.TypeDefinitions)
        {
            var row = MetadataTokens.GetRowNumber(handle);
            var definition = metadata.GetTypeDefinition(handle);
            methodStarts[row - 1] = methods.Count;
            foreach (var method in definition.GetMethods())
            {
                methods.Add(MetadataTokens.GetRowNumber(method));
            }

            // Each type names the type it is nested in; asking a type for its nested types instead makes the metadata
            // library build a map of every nesting, keyed by its handle struct: generic code compiled at every start.
            // In row order, a type's nested types come out in the order that map gives them.
            var outer = definition.GetDeclaringType();
            if (!outer.IsNil && MetadataTokens.GetRowNumber(outer) is var outerRow && outerRow >= 1 && outerRow <= typeCount)
            {
                (nested[outerRow - 1] ??= []).Add(row);
            }
        }

        methodStarts[typeCount] = methods.Count;
        var nestedStarts = new int[typeCount + 1];
        var nestedRows = new List<int>();
        for (var i = 0; i < typeCount; i++)
        {
            nestedStarts[i] = nestedRows.Count;
            nestedRows.AddRange(nested[i] ?? []);
        }

        nestedStarts[typeCount] = nestedRows.Count;
        return new TypeMethodRows(metadata.MethodDefinitions.Count, methodStarts, [.. methods], nestedStarts, [.. nestedRows]);
    }

    /// <summary>The method rows of a type, in metadata order.</summary>
    /// <param name="typeRow">The type's row, from 1 to <see cref="TypeCount"/>.</param>
    public ReadOnlySpan<int> MethodsOf(int typeRow) => _methods.AsSpan(_methodStarts[typeRow - 1].._methodStarts[typeRow]);

    /// <summary>The rows of the types nested in a type, in metadata order.</summary>
    /// <param name="typeRow">The type's row, from 1 to <see cref="TypeCount"/>.</param>
    public ReadOnlySpan<int> NestedIn(int typeRow) => _nested.AsSpan(_nestedStarts[typeRow - 1].._nestedStarts[typeRow]);
}
