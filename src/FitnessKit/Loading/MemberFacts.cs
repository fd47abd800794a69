using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>What a method or field token names: its declaring type(s) and the named types in its signature.</summary>
/// <remarks>The declaring types are a view of the assembly's name cache, and the name is read only when asked for: most members are only ever checked for the types they name.</remarks>
internal sealed class MemberFacts(ReadOnlyMemory<TypeName> declaringTypes, TypeName[] signatureTypes, StringHandle name, TypeDefinitionHandle localDeclaringType, bool isField)
{
    public bool IsField { get; } = isField;

    public ReadOnlySpan<TypeName> DeclaringTypes => declaringTypes.Span;

    public TypeName[] SignatureTypes { get; } = signatureTypes;

    public StringHandle Name { get; } = name;

    /// <summary>The declaring type when it is defined in the same assembly; nil otherwise.</summary>
    public TypeDefinitionHandle LocalDeclaringType { get; } = localDeclaringType;
}

/// <summary>Resolves method and field tokens to <see cref="MemberFacts"/>, cached by row.</summary>
internal sealed class MemberFactsCache
{
    private readonly MetadataReader _metadata;
    private readonly MetadataNames _names;
    private readonly List<TypeName> _buffer = new();
    private MemberFacts?[]? _methods;
    private MemberFacts?[]? _fields;
    private MemberFacts?[]? _references;

    public MemberFactsCache(MetadataReader metadata, MetadataNames names)
    {
        _metadata = metadata;
        _names = names;
    }

    public MemberFacts? Of(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.MethodDefinition => Slot(ref _methods, TableIndex.MethodDef, handle) ??= OfMethod((MethodDefinitionHandle)handle),
        HandleKind.FieldDefinition => Slot(ref _fields, TableIndex.Field, handle) ??= OfField((FieldDefinitionHandle)handle),
        HandleKind.MemberReference => Slot(ref _references, TableIndex.MemberRef, handle) ??= OfReference((MemberReferenceHandle)handle),
        _ => null,
    };

    /// <summary>The cache slot of a member's row; a table's slots are made when the first of its members is asked for, so that assemblies never decoded cost nothing.</summary>
    private ref MemberFacts? Slot(ref MemberFacts?[]? slots, TableIndex table, EntityHandle handle)
    {
        slots ??= new MemberFacts?[_metadata.GetTableRowCount(table) + 1];
        return ref slots[Row(handle, slots.Length)];
    }

    /// <summary>The row of a token read from IL, checked against its table: a damaged body names rows that do not exist.</summary>
    internal static int Row(EntityHandle handle, int tableLength)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        return row > 0 && row < tableLength
            ? row
            : throw new BadImageFormatException($"Token 0x{MetadataTokens.GetToken(handle):X8} names a row that does not exist.");
    }

    private MemberFacts OfMethod(MethodDefinitionHandle handle)
    {
        var method = _metadata.GetMethodDefinition(handle);
        var declaring = method.GetDeclaringType();
        _buffer.Clear();
        var blob = _metadata.GetBlobReader(method.Signature);
        SignatureWalker.CollectMethodSignature(ref blob, _names, _buffer, _buffer);
        return new MemberFacts(_names.NamedTypes(declaring), _buffer.Count == 0 ? [] : [.. _buffer], method.Name, declaring, isField: false);
    }

    private MemberFacts OfField(FieldDefinitionHandle handle)
    {
        var field = _metadata.GetFieldDefinition(handle);
        var declaring = field.GetDeclaringType();
        _buffer.Clear();
        var blob = _metadata.GetBlobReader(field.Signature);
        SignatureWalker.CollectFieldSignature(ref blob, _names, _buffer);
        return new MemberFacts(_names.NamedTypes(declaring), _buffer.Count == 0 ? [] : [.. _buffer], field.Name, declaring, isField: true);
    }

    private MemberFacts OfReference(MemberReferenceHandle handle)
    {
        var reference = _metadata.GetMemberReference(handle);
        var parent = reference.Parent;
        var localDeclaring = parent.Kind switch
        {
            HandleKind.MethodDefinition => _metadata.GetMethodDefinition((MethodDefinitionHandle)parent).GetDeclaringType(),
            HandleKind.TypeDefinition => (TypeDefinitionHandle)parent,
            _ => default,
        };
        var declaring = localDeclaring.IsNil ? _names.NamedTypes(parent) : _names.NamedTypes(localDeclaring);

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

        return new MemberFacts(declaring, _buffer.Count == 0 ? [] : [.. _buffer], reference.Name, localDeclaring, isField);
    }
}
