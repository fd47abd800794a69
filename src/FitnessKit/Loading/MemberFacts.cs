using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// What a method or field token names: its declaring type, the named types in its signature and its name, as handles
/// and places in its <see cref="MemberFactsCache"/>, which reads them out (<see cref="MemberFactsCache.DeclaringTypes"/>,
/// <see cref="MemberFactsCache.SignatureTypes"/>). 24 bytes, held in the cache's blocks: an assembly's IL names
/// thousands of members, each read once.
/// </summary>
internal readonly struct MemberFacts(EntityHandle declaring, int signatureBlock, int signatureStart, int signatureLength, StringHandle name, bool isField)
{
    /// <summary>Gets whether a member was read: the default value is no member.</summary>
    public bool Exists { get; } = true;

    public bool IsField { get; } = isField;

    /// <summary>Gets the member's name, read only when asked for: most members are only ever checked for the types they name.</summary>
    public StringHandle Name { get; } = name;

    /// <summary>Gets the declaring type when it is defined in the same assembly; nil otherwise.</summary>
    public TypeDefinitionHandle LocalDeclaringType => Declaring.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)Declaring : default;

    /// <summary>Gets the type handle whose named types are the member's declaring types (a specification names several).</summary>
    internal EntityHandle Declaring { get; } = declaring;

    internal int SignatureBlock { get; } = signatureBlock;

    internal int SignatureStart { get; } = signatureStart;

    internal int SignatureLength { get; } = signatureLength;
}

/// <summary>
/// Resolves method and field tokens to <see cref="MemberFacts"/>, read once per row. The facts and the type names of
/// their signatures are kept in blocks filled in turn, not an object and an array per member.
/// </summary>
internal sealed class MemberFactsCache
{
    /// <summary>The most facts a block holds (24 KB), and the bits of a slot that number a fact in its block.</summary>
    private const int FactsPerBlock = 1 << FactBits;

    private const int FactBits = 10;

    /// <summary>The most names a block of signature types holds (32 KB); a longer signature gets a block of its own length.</summary>
    private const int NamesPerBlock = 4096;

    /// <summary>The first block's size: each block is twice the one before, up to the most, so that a small assembly reads into little.</summary>
    private const int FirstBlock = 64;

    /// <summary>The most blocks of the largest size a thread keeps for the next assembly it decodes (1.5 MB).</summary>
    private const int MostSpareBlocks = 64;

    // Blocks of facts of the largest size that assemblies done on this thread let go (Release), for the next one: at
    // 3,000 assemblies, decoding made 120 MB of them, each for one assembly. They hold no references, so the collector
    // has nothing to look for in them where they live on, in its old generation.
    [ThreadStatic]
    private static Stack<MemberFacts[]>? t_spareBlocks;

    private readonly MetadataReader _metadata;
    private readonly MetadataNames _names;
    private readonly List<TypeName> _buffer = new();
    private readonly List<MemberFacts[]> _facts = new();
    private readonly List<TypeName[]> _signatures = new();
    private int _factsInBlock;
    private int _namesInBlock;
    // Per table, by row: where its facts are, plus one (the block's index, then the fact's place in it); zero for a row not read yet.
    private int[]? _methods;
    private int[]? _fields;
    private int[]? _references;

    public MemberFactsCache(MetadataReader metadata, MetadataNames names)
    {
        _metadata = metadata;
        _names = names;
    }

    /// <summary>The facts of a method or field token; no member (<see cref="MemberFacts.Exists"/> false) for any other.</summary>
    public MemberFacts Of(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                ref var method = ref Slot(ref _methods, TableIndex.MethodDef, handle);
                return method > 0 ? At(method) : At(method = Add(OfMethod((MethodDefinitionHandle)handle)));
            case HandleKind.FieldDefinition:
                ref var field = ref Slot(ref _fields, TableIndex.Field, handle);
                return field > 0 ? At(field) : At(field = Add(OfField((FieldDefinitionHandle)handle)));
            case HandleKind.MemberReference:
                ref var reference = ref Slot(ref _references, TableIndex.MemberRef, handle);
                return reference > 0 ? At(reference) : At(reference = Add(OfReference((MemberReferenceHandle)handle)));
            default:
                return default;
        }
    }

    /// <summary>
    /// Lets go of every fact read, once the assembly is done: the thread keeps blocks of the largest size for the next
    /// assembly it decodes. A fact already read is a copy, so nothing read before still points into a block.
    /// </summary>
    public void Release()
    {
        var spare = t_spareBlocks ??= new Stack<MemberFacts[]>(MostSpareBlocks);
        foreach (var block in _facts)
        {
            if (block.Length == FactsPerBlock && spare.Count < MostSpareBlocks)
            {
                spare.Push(block);
            }
        }

        _facts.Clear();
        _factsInBlock = 0;
        _methods = null;
        _fields = null;
        _references = null;
    }

    /// <summary>The named types of a member's declaring type, as a view of the assembly's name cache.</summary>
    public ReadOnlySpan<TypeName> DeclaringTypes(in MemberFacts facts) => _names.TypesIn(facts.Declaring);

    /// <summary>The named types of a member's signature.</summary>
    public ReadOnlySpan<TypeName> SignatureTypes(in MemberFacts facts) =>
        facts.SignatureLength == 0 ? [] : _signatures[facts.SignatureBlock].AsSpan(facts.SignatureStart, facts.SignatureLength);

    /// <summary>The row of a token read from IL, checked against its table: a damaged body names rows that do not exist.</summary>
    internal static int Row(EntityHandle handle, int tableLength)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        return row > 0 && row < tableLength
            ? row
            : throw new BadImageFormatException($"Token 0x{MetadataTokens.GetToken(handle):X8} names a row that does not exist.");
    }

    /// <summary>The cache slot of a member's row; a table's slots are made when the first of its members is asked for, so that assemblies never decoded cost nothing.</summary>
    private ref int Slot(ref int[]? slots, TableIndex table, EntityHandle handle)
    {
        slots ??= new int[_metadata.GetTableRowCount(table) + 1];
        return ref slots[Row(handle, slots.Length)];
    }

    private MemberFacts At(int slot) => _facts[(slot - 1) >> FactBits][(slot - 1) & (FactsPerBlock - 1)];

    /// <summary>Keeps a member's facts in the current block, or a new one twice its size when it is full; returns their slot.</summary>
    private int Add(MemberFacts facts)
    {
        if (_facts.Count == 0 || _factsInBlock == _facts[^1].Length)
        {
            _facts.Add(t_spareBlocks is { Count: > 0 } spare ? spare.Pop() : new MemberFacts[_facts.Count == 0 ? FirstBlock : Math.Min(2 * _facts[^1].Length, FactsPerBlock)]);
            _factsInBlock = 0;
        }

        _facts[^1][_factsInBlock] = facts;
        return (((_facts.Count - 1) << FactBits) | _factsInBlock++) + 1;
    }

    private MemberFacts OfMethod(MethodDefinitionHandle handle)
    {
        var method = _metadata.GetMethodDefinition(handle);
        _buffer.Clear();
        var blob = _metadata.GetBlobReader(method.Signature);
        SignatureWalker.CollectMethodSignature(ref blob, _names, _buffer, _buffer);
        return Facts(method.GetDeclaringType(), method.Name, isField: false);
    }

    private MemberFacts OfField(FieldDefinitionHandle handle)
    {
        var field = _metadata.GetFieldDefinition(handle);
        _buffer.Clear();
        var blob = _metadata.GetBlobReader(field.Signature);
        SignatureWalker.CollectFieldSignature(ref blob, _names, _buffer);
        return Facts(field.GetDeclaringType(), field.Name, isField: true);
    }

    private MemberFacts OfReference(MemberReferenceHandle handle)
    {
        var reference = _metadata.GetMemberReference(handle);
        var parent = reference.Parent;
        // A member of a type of this assembly, or of one of its methods (a vararg call site), is declared by that type.
        EntityHandle declaring = parent.Kind switch
        {
            HandleKind.MethodDefinition => _metadata.GetMethodDefinition((MethodDefinitionHandle)parent).GetDeclaringType(),
            _ => parent,
        };

        _buffer.Clear();
        var blob = _metadata.GetBlobReader(reference.Signature);
        var isField = reference.GetKind() == MemberReferenceKind.Field;
        if (isField)
        {
            SignatureWalker.CollectFieldSignature(ref blob, _names, _buffer);
        }
        else
        {
            SignatureWalker.CollectMethodSignature(ref blob, _names, _buffer, _buffer);
        }

        return Facts(declaring, reference.Name, isField);
    }

    /// <summary>The facts of a member whose signature's named types are in the buffer, which are copied to the current block.</summary>
    private MemberFacts Facts(EntityHandle declaring, StringHandle name, bool isField)
    {
        var length = _buffer.Count;
        if (length == 0)
        {
            return new MemberFacts(declaring, 0, 0, 0, name, isField);
        }

        if (_signatures.Count == 0 || length > _signatures[^1].Length - _namesInBlock)
        {
            var size = _signatures.Count == 0 ? FirstBlock : Math.Min(2 * _signatures[^1].Length, NamesPerBlock);
            _signatures.Add(new TypeName[Math.Max(length, size)]);
            _namesInBlock = 0;
        }

        var block = _signatures[^1];
        _buffer.CopyTo(block, _namesInBlock);
        var facts = new MemberFacts(declaring, _signatures.Count - 1, _namesInBlock, length, name, isField);
        _namesInBlock += length;
        return facts;
    }
}
