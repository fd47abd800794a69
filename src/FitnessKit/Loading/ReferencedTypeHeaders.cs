using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The type headers of one referenced assembly, read as base-type chains and interfaces reach them. A check asks for a
/// handful of a referenced assembly's types (three of System.Private.CoreLib's 2,760 on a synthetic corpus, 23 in all
/// on the framework map), so the first question indexes the assembly's type names (its definitions, and where the types
/// it forwards went), and a type asked for is decoded with the types of the same assembly its header names, which the
/// walk of its base types and interfaces asks for next. The file is opened for each such question and closed again:
/// nothing stays open between two. Not thread-safe: the resolver asks under its lock.
/// </summary>
internal sealed class ReferencedTypeHeaders(string path, TypeNameTable table)
{
    // The most headers decoded with the one asked for: the bases and interfaces of a framework type are a few dozen.
    private const int MostDecodedTogether = 64;

    // By full name, as MetadataNames names them: the decoded headers, then every definition's row and every forwarded
    // type's header, once the file was first read.
    private readonly Dictionary<string, TypeHeader> _decoded = new(StringComparer.Ordinal);
    private Dictionary<string, TypeDefinitionHandle>? _definitions;
    private Dictionary<string, TypeHeader>? _forwarded;
    private bool _unreadable;

    /// <summary>The header of a type the assembly defines or forwards; <see langword="null"/> when it has no such type or cannot be read.</summary>
    public TypeHeader? Find(TypeName type)
    {
        var fullName = type.FullName;
        if (_unreadable)
        {
            return null;
        }

        if (_decoded.TryGetValue(fullName, out var header) || _forwarded?.TryGetValue(fullName, out header) == true)
        {
            return header;
        }

        if (_definitions is not null && !_definitions.ContainsKey(fullName))
        {
            return null;
        }

        try
        {
            return Read(fullName);
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception) || exception is IOException or UnauthorizedAccessException)
        {
            // A referenced assembly that cannot be read is treated like one that cannot be found.
            _unreadable = true;
            return null;
        }
    }

    private TypeHeader? Read(string fullName)
    {
        using var stream = Inputs.Open(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new MetadataNames(metadata, table, metadata.GetString(metadata.GetAssemblyDefinition().Name));
        if (_definitions is null)
        {
            MetadataIntegrity.Check(metadata);
            Index(metadata, names);
            if (_forwarded!.TryGetValue(fullName, out var forwarded))
            {
                return forwarded;
            }
        }

        if (!_definitions!.TryGetValue(fullName, out var asked))
        {
            return null;
        }

        var pending = new Stack<TypeDefinitionHandle>([asked]);
        for (var decoded = 0; pending.Count > 0 && decoded < MostDecodedTogether; decoded++)
        {
            var handle = pending.Pop();
            var header = Decode(metadata, names, handle);
            _decoded[names.Of(handle).FullName] = header;
            foreach (var named in header.BaseType is { } baseType ? header.Interfaces.Prepend(baseType) : header.Interfaces)
            {
                if (named.Type.Assembly == names.AssemblyName && !_decoded.ContainsKey(named.Type.FullName)
                    && _definitions.TryGetValue(named.Type.FullName, out var next))
                {
                    pending.Push(next);
                }
            }
        }

        return _decoded[fullName];
    }

    private static TypeHeader Decode(MetadataReader metadata, MetadataNames names, TypeDefinitionHandle handle)
    {
        var definition = metadata.GetTypeDefinition(handle);
        // A loop, not LINQ over the handles: an iterator over a handle is generic code compiled at every start.
        var interfaces = new List<TypeUse>();
        foreach (var implementation in definition.GetInterfaceImplementations())
        {
            if (names.UseOf(metadata.GetInterfaceImplementation(implementation).Interface) is { } use)
            {
                interfaces.Add(use);
            }
        }

        var baseType = definition.BaseType.IsNil ? null : names.UseOf(definition.BaseType);
        return new TypeHeader(baseType, interfaces, null);
    }

    /// <summary>
    /// Every type of the assembly by full name: its definitions (<c>Outer+Inner</c> for a nested one; the last of a
    /// name wins), and where each type it forwards, and does not define, went.
    /// </summary>
    private void Index(MetadataReader metadata, MetadataNames names)
    {
        var fullNames = new string?[metadata.GetTableRowCount(TableIndex.TypeDef) + 1];
        _definitions = new Dictionary<string, TypeDefinitionHandle>(fullNames.Length, StringComparer.Ordinal);
        _forwarded = new Dictionary<string, TypeHeader>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            _definitions[FullName(metadata, handle, fullNames)] = handle;
        }

        foreach (var handle in metadata.ExportedTypes)
        {
            var exported = metadata.GetExportedType(handle);
            var fullName = Join(metadata.GetString(exported.Namespace), metadata.GetString(exported.Name));
            if (exported.Implementation.Kind == HandleKind.AssemblyReference && !_definitions.ContainsKey(fullName))
            {
                _forwarded.TryAdd(fullName, new TypeHeader(null, [], names.AssemblyOf((AssemblyReferenceHandle)exported.Implementation)));
            }
        }
    }

    /// <summary>A definition's full name; the names of its declaring types are kept, as nested types share them.</summary>
    private static string FullName(MetadataReader metadata, TypeDefinitionHandle handle, string?[] fullNames)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        if (fullNames[row] is { } known)
        {
            return known;
        }

        // The nesting was checked (MetadataIntegrity): the chain of declaring types ends.
        var definition = metadata.GetTypeDefinition(handle);
        var declaring = definition.GetDeclaringType();
        var name = metadata.GetString(definition.Name);
        return fullNames[row] = declaring.IsNil
            ? Join(metadata.GetString(definition.Namespace), name)
            : string.Concat(FullName(metadata, declaring, fullNames), "+", name);
    }

    private static string Join(string @namespace, string name) => @namespace.Length == 0 ? name : string.Concat(@namespace, ".", name);
}
