namespace FitnessKit.Model;

/// <summary>
/// The types of an assembly whose headers are read on first use (<see cref="InspectedAssembly.Types"/>): what a check
/// asks of every assembly, how many types it holds and in which namespaces, is known from the start without them.
/// </summary>
internal interface ITypeHeaders
{
    /// <summary>Gets how many user-written types the assembly holds: as many as <see cref="Read"/> gives.</summary>
    int Count { get; }

    /// <summary>Gets the namespaces of those types, each once, in the order of their first type.</summary>
    IReadOnlyList<string> Namespaces { get; }

    /// <summary>Gets what decodes the types, which an assembly with none still has (a question asks it to write the headers a cache owes).</summary>
    IAssemblyDecoder Decoder { get; }

    /// <summary>Reads the headers of the types; asked once.</summary>
    /// <exception cref="FitnessKitException">The assembly's metadata is damaged.</exception>
    IReadOnlyList<InspectedType> Read();

    /// <summary>Closes the file without reading the types, for an assembly that will not be inspected after all.</summary>
    void Release();
}
