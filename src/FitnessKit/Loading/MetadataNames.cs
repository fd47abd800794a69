using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Turns the handles of one assembly's metadata into type names, cached by row so each name is built once.
/// Type specifications are flattened to the named types they mention.
/// </summary>
internal sealed class MetadataNames
{
    private const string CoreLibrary = "System.Private.CoreLib";

    private readonly TypeNameTable _table;
    private readonly TypeName[] _definitions;
    private readonly TypeName[] _references;
    private readonly TypeName[]?[] _specifications;
    private readonly string?[] _assemblyReferences;
    private readonly Dictionary<int, string> _namespaces = new();
    private readonly TypeName?[] _primitives = new TypeName?[SignatureWalker.PrimitiveNames.Length];
    private List<TypeName>? _spare;

    public MetadataNames(MetadataReader metadata, TypeNameTable table, string assemblyName)
    {
        Metadata = metadata;
        _table = table;
        AssemblyName = assemblyName;
        _definitions = new TypeName[metadata.GetTableRowCount(TableIndex.TypeDef) + 1];
        _references = new TypeName[metadata.GetTableRowCount(TableIndex.TypeRef) + 1];
        _specifications = new TypeName[]?[metadata.GetTableRowCount(TableIndex.TypeSpec) + 1];
        _assemblyReferences = new string?[metadata.GetTableRowCount(TableIndex.AssemblyRef) + 1];
    }

    private MetadataNames(MetadataNames read, TypeNameTable table)
    {
        Metadata = read.Metadata;
        _table = table;
        AssemblyName = read.AssemblyName;
        _definitions = (TypeName[])read._definitions.Clone();
        _references = (TypeName[])read._references.Clone();
        _specifications = new TypeName[]?[read._specifications.Length];
        _assemblyReferences = (string?[])read._assemblyReferences.Clone();
        _namespaces = new Dictionary<int, string>(read._namespaces);
    }

    /// <summary>
    /// Names for decoding the assembly, with names first met interned in <paramref name="table"/>: those read so far
    /// (the type headers') are handed out as they are, from young copies of these tables (see <see cref="PeAssemblyDecoder"/>).
    /// </summary>
    public MetadataNames ForDecoding(TypeNameTable table) => new(this, table);

    public string AssemblyName { get; }

    private MetadataReader Metadata { get; }

    public TypeName Of(TypeDefinitionHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        return _definitions[row] ??= Build(handle);
    }

    public TypeName Of(TypeReferenceHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        return _references[row] ??= Build(handle);
    }

    /// <summary>The named types a type handle mentions: one for a definition or reference, all of them for a specification.</summary>
    public ReadOnlySpan<TypeName> TypesIn(EntityHandle handle) => NamedTypes(handle).Span;

    /// <summary>The named types a type handle mentions, as a view of this reader's cache, which can be kept without copying.</summary>
    public ReadOnlyMemory<TypeName> NamedTypes(EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return ReadOnlyMemory<TypeName>.Empty;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                var row = MemberFactsCache.Row(handle, _definitions.Length);
                _definitions[row] ??= Build((TypeDefinitionHandle)handle);
                return new ReadOnlyMemory<TypeName>(_definitions, row, 1);
            case HandleKind.TypeReference:
                var refRow = MemberFactsCache.Row(handle, _references.Length);
                _references[refRow] ??= Build((TypeReferenceHandle)handle);
                return new ReadOnlyMemory<TypeName>(_references, refRow, 1);
            case HandleKind.TypeSpecification:
                var specRow = MemberFactsCache.Row(handle, _specifications.Length);
                return _specifications[specRow] ??= Flatten((TypeSpecificationHandle)handle);
            default:
                return ReadOnlyMemory<TypeName>.Empty;
        }
    }

    /// <summary>Reads a type handle as a structured use: the named type with its generic arguments.</summary>
    public TypeUse? UseOf(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return Of((TypeDefinitionHandle)handle).Use;
            case HandleKind.TypeReference:
                return Of((TypeReferenceHandle)handle).Use;
            case HandleKind.TypeSpecification:
                var blob = Metadata.GetBlobReader(Metadata.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
                return SignatureWalker.ReadUse(ref blob, this);
            default:
                return null;
        }
    }

    /// <summary>
    /// A primitive type of the core library, named as its signature code names it: looked up once per assembly, as
    /// signatures name primitives more than any other type (a name asked of the table each time was 24 MB of decoding
    /// 3,000 assemblies).
    /// </summary>
    public TypeName Primitive(string name)
    {
        var known = SignatureWalker.PrimitiveNames;
        for (var i = 0; i < known.Length; i++)
        {
            if (string.Equals(known[i], name, StringComparison.Ordinal))
            {
                return _primitives[i] ??= _table.Get(CoreLibrary, "System", name);
            }
        }

        return _table.Get(CoreLibrary, "System", name);
    }

    public string AssemblyOf(AssemblyReferenceHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        return _assemblyReferences[row] ??= Metadata.GetString(Metadata.GetAssemblyReference(handle).Name);
    }

    private TypeName Build(TypeDefinitionHandle handle)
    {
        var definition = Metadata.GetTypeDefinition(handle);
        var name = Metadata.GetString(definition.Name);
        var declaring = definition.GetDeclaringType();
        if (declaring.IsNil)
        {
            return _table.Get(AssemblyName, NamespaceOf(definition.Namespace), name);
        }

        // A type the compiler nests in another (a closure, a state machine) is private to its assembly, named once per
        // row here and never by another assembly: made without the table, where decoding 3,000 assemblies interned
        // 400,000 of them (29 MB of table) that the dependency sink then drops.
        var outer = Of(declaring);
        var nested = string.Concat(outer.Name, "+", name);
        return name.StartsWith('<') || outer.IsCompilerGenerated ? new TypeName(AssemblyName, outer.Namespace, nested) : _table.Get(AssemblyName, outer.Namespace, nested);
    }

    private TypeName Build(TypeReferenceHandle handle)
    {
        var reference = Metadata.GetTypeReference(handle);
        var name = Metadata.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        switch (scope.Kind)
        {
            case HandleKind.TypeReference:
                var outer = Of((TypeReferenceHandle)scope);
                return _table.Get(outer.Assembly, outer.Namespace, string.Concat(outer.Name, "+", name));
            case HandleKind.AssemblyReference:
                return _table.Get(AssemblyOf((AssemblyReferenceHandle)scope), NamespaceOf(reference.Namespace), name);
            default:
                return _table.Get(AssemblyName, NamespaceOf(reference.Namespace), name);
        }
    }

    /// <summary>A namespace as a string, made once per assembly: thousands of types share a few namespaces.</summary>
    /// <summary>A namespace of the type definition or reference tables, each read once.</summary>
    public string NamespaceOf(StringHandle handle)
    {
        // Keyed by heap offset: collections keyed by metadata handles are compiled at run time, on every start.
        var offset = MetadataTokens.GetHeapOffset(handle);
        if (!_namespaces.TryGetValue(offset, out var name))
        {
            _namespaces[offset] = name = Metadata.GetString(handle);
        }

        return name;
    }

    private TypeName[] Flatten(TypeSpecificationHandle handle)
    {
        var blob = Metadata.GetBlobReader(Metadata.GetTypeSpecification(handle).Signature);
        // One list for the assembly's specifications, taken while it is in use: a specification read inside another, or
        // on another thread, gets a list of its own. A list each, and its array, were 47 MB of decoding 3,000
        // assemblies.
        var found = Interlocked.Exchange(ref _spare, null) ?? new List<TypeName>(4);
        found.Clear();
        SignatureWalker.CollectType(ref blob, this, found);
        TypeName[] names = [.. found];
        Volatile.Write(ref _spare, found);
        return names;
    }
}
