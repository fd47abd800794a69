using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The type headers of an assembly loaded from its file, read on first use from the file its decoder holds open. What
/// is known without them, how many types there are and in which namespaces, is counted when the file is loaded: one
/// pass over the type definitions' names that makes a string for each namespace, not objects for each type.
/// </summary>
internal sealed class DeferredTypeHeaders : ITypeHeaders
{
    private readonly PeAssemblyDecoder _decoder;
    private readonly string _path;
    private MetadataReader? _metadata;
    private MetadataNames? _names;

    /// <summary>Counts the user-written types (those <see cref="AssemblyFileReader.ReadHeaders"/> reads) and their namespaces.</summary>
    public DeferredTypeHeaders(MetadataReader metadata, MetadataNames names, PeAssemblyDecoder decoder, string path)
    {
        _metadata = metadata;
        _names = names;
        _decoder = decoder;
        _path = path;
        // Keyed by heap offset: collections keyed by metadata handles are compiled at run time, on every start.
        var offsets = new HashSet<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var definition = metadata.GetTypeDefinition(handle);
            if (CompilerGeneratedNames.IsGeneratedType(metadata, definition))
            {
                continue;
            }

            Count++;
            // A nested type is in the namespace of the type it is nested in, at any depth (MetadataIntegrity ruled out cycles).
            while (!definition.GetDeclaringType().IsNil)
            {
                definition = metadata.GetTypeDefinition(definition.GetDeclaringType());
            }

            if (offsets.Add(MetadataTokens.GetHeapOffset(definition.Namespace)) && names.NamespaceOf(definition.Namespace) is var ns && seen.Add(ns))
            {
                namespaces.Add(ns);
            }
        }

        Namespaces = namespaces;
    }

    public int Count { get; }

    public IReadOnlyList<string> Namespaces { get; }

    public IAssemblyDecoder Decoder => _decoder;

    public IReadOnlyList<InspectedType> Read()
    {
        try
        {
            var types = _decoder.WithFile(() => AssemblyFileReader.ReadHeaders(_metadata!, _names!, _decoder));
            _metadata = null;
            _names = null;
            return types;
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception) && exception is not ObjectDisposedException)
        {
            throw AssemblyFileReader.Unreadable(_path, exception);
        }
    }

    public void Release() => _decoder.Release();
}
