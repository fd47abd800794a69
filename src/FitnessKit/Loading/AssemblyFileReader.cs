using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>Reads one assembly file with System.Reflection.Metadata: never loaded into the runtime, never executed.</summary>
internal static class AssemblyFileReader
{
    private const string ReferenceAssemblyReason = "a reference assembly (metadata only: its method bodies are empty, so the dependencies in code cannot be seen); inspect the implementation assembly from the build output (bin) instead";

    /// <summary>Whether an exception thrown while reading metadata, signatures or IL means the file is damaged.</summary>
    /// <remarks>System.Reflection.Metadata throws <see cref="InvalidCastException"/> for a token whose table bits name one kind of row and whose high bits another (found by the loader fuzz).</remarks>
    public static bool IsDamage(Exception exception) =>
        exception is BadImageFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or OverflowException or InvalidCastException or NotSupportedException;

    /// <summary>The one exception for an assembly file whose contents cannot be read.</summary>
    public static FitnessKitException Unreadable(string path, Exception exception) =>
        new($"{path}: not a readable .NET assembly ({exception.Message.TrimEnd('.')}). Rebuild it, or remove it from the inspected files.", exception);

    /// <summary>
    /// Opens a file once and reads its assembly's type headers; its members and code are decoded on first use. A file
    /// that is not to be inspected gives <see langword="null"/> and the reason: an empty file, a file that is not a PE
    /// image, a native library, a module without a manifest, a reference assembly, or no regular file at all (a FIFO, a
    /// socket, a device), which is never opened. A PE file whose .NET metadata is damaged is an error, never skipped.
    /// With a cache, an assembly whose name and MVID the cache knows is read from the cache instead, and a decoded one
    /// is written to it.
    /// </summary>
    /// <exception cref="FitnessKitException">The file cannot be read, or its metadata is damaged.</exception>
    public static InspectedAssembly? Read(string path, TypeNameTable table, ModelCache? cache, out string? skipReason)
    {
        skipReason = null;

        // Opening a FIFO waits for a writer, forever, and a device never ends: only a regular file is opened.
        if (RegularFile.OtherKind(path) is { } kind)
        {
            skipReason = $"not a regular file: {kind}";
            return null;
        }

        // A cached build is found by its MVID, read without parsing the rest of the file: a cache hit reads no more of it.
        var mvidRead = false;
        if (cache is not null && (mvidRead = MvidReader.TryRead(path, out var mvid)) && cache.TryRead(mvid, path, table) is { } hit)
        {
            return hit;
        }

        PEReader? pe = null;
        try
        {
            var stream = OpenForHeaders(path);
            if (stream.Length == 0)
            {
                stream.Dispose();
                skipReason = "an empty file";
                return null;
            }

            pe = new PEReader(stream);
            skipReason = ReasonToSkip(pe, out var metadata);
            if (skipReason is not null)
            {
                skipReason = NativeOrBundle(path, skipReason, metadata);
                return null;
            }

            if (!mvidRead && cache?.TryRead(metadata.GetGuid(metadata.GetModuleDefinition().Mvid), path, table) is { } cached)
            {
                return cached;
            }

            // Before the loader walks the tables' chains (a cached model walks none).
            MetadataIntegrity.Check(metadata);

            var assembly = Read(pe, metadata, path, table, cache);
            pe = null;
            return assembly;
        }
        catch (BadImageFormatException) when (!StartsLikeAPeFile(path))
        {
            skipReason = NativeOrBundle(path, "not a .NET assembly (not a PE file: a native library of another platform, or another kind of file)", metadata: null);
            return null;
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw Unreadable(path, exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(path, exception);
        }
        finally
        {
            pe?.Dispose();
        }
    }

    /// <summary>
    /// Opens an assembly file for a <see cref="PEReader"/>, which reads the PE headers through the stream, a few bytes at
    /// a time, and maps the rest. The stream stays open with its buffer until the assembly is decoded, so the buffer is
    /// as small as the headers: 512 bytes take them in about as few reads as the default 4 KB (11,900 reads against
    /// 11,500 on the framework map; unbuffered, 48,900), and 3,000 open assemblies hold 1.5 MB of buffers instead of 12.
    /// Locating opens assemblies the same way to look for their PDBs.
    /// </summary>
    internal static FileStream OpenForHeaders(string path) => Inputs.Open(path, bufferSize: 512);

    /// <summary>
    /// Opens again the file of an assembly whose type headers came from a cache entry written before it was decoded,
    /// or whose decoded dependencies were let go, to decode its members and code into those types; the decoded
    /// assembly is written to the cache when one is given.
    /// </summary>
    /// <exception cref="FitnessKitException">The file cannot be read, is damaged, or is another build than the one loaded.</exception>
    public static IAssemblyDecoder Reopen(InspectedAssembly assembly, TypeNameTable table, ModelCache? cache)
    {
        var pe = OpenAgain(assembly, out var metadata);
        try
        {
            return Reading(assembly.Path, () =>
            {
                var decoder = new PeAssemblyDecoder(pe, metadata, new MetadataNames(metadata, table, assembly.Name), table, assembly.Path) { Decoded = cache is null ? null : cache.Write, Fills = cache is null ? null : cache.Fill, Assembly = assembly };
                var byToken = new Dictionary<int, InspectedType>(assembly.Types.Count);
                foreach (var type in assembly.Types)
                {
                    byToken[type.Token] = type;
                }

                var families = TypeFamilies.Of(metadata);
                decoder.Expect(assembly.Types.Count);
                for (var i = 0; i < families.Count; i++)
                {
                    if (byToken.TryGetValue(MetadataTokens.GetToken(families.Owner(i)), out var type))
                    {
                        decoder.Add(type);
                    }
                }

                decoder.Publish();
                return decoder;
            });
        }
        catch
        {
            pe.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens again the file of an assembly loaded before, checked to be the same build (by its MVID), its tables checked
    /// again. Opened again, a file is read whole, in one read, rather than mapped: it is opened to be read through (to
    /// decode it, or to answer a question), and closed after, and mapping it again paid for each page touched and for
    /// letting the mapping go (a question over 3,000 assemblies took 4.3 s mapped, 3.9 s read whole, as when the files
    /// were held open from loading). The first opening maps the file, of which loading reads the headers only.
    /// </summary>
    /// <exception cref="FitnessKitException">The file cannot be read, is damaged, or is another build than the one loaded.</exception>
    internal static PEReader OpenAgain(InspectedAssembly assembly, out MetadataReader metadata)
    {
        var pe = Reading(assembly.Path, () => new PEReader(Inputs.Open(assembly.Path, bufferSize: 1), PEStreamOptions.PrefetchEntireImage));
        try
        {
            metadata = Reading(assembly.Path, () =>
            {
                var reread = RepeatedNames.ReaderOf(pe);
                if (reread.GetGuid(reread.GetModuleDefinition().Mvid) != assembly.Mvid)
                {
                    throw new FitnessKitException($"{assembly.Path}: replaced by another build of {assembly.Name} while it was inspected. Run again once the build is done.");
                }

                MetadataIntegrity.Check(reread);
                return reread;
            });
            return pe;
        }
        catch
        {
            pe.Dispose();
            throw;
        }
    }

    /// <summary>Reads from an assembly's file, damage and a failure to read turned into the one message for each, naming the file.</summary>
    private static T Reading<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            throw Unreadable(path, exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(path, exception);
        }
    }

    /// <summary>
    /// A native file's reason to be skipped, unless it is a single-file app's host: then what it holds. Only an
    /// <c>.exe</c> is searched (a host that a pattern can match): the native libraries beside an application are not read.
    /// </summary>
    private static string NativeOrBundle(string path, string reason, MetadataReader? metadata) =>
        metadata is null && path.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) && SingleFileBundle.Is(path) ? SingleFileBundle.Reason : reason;

    private static FitnessKitException CannotRead(string path, Exception exception) =>
        new($"{path}: cannot be read ({exception.Message.TrimEnd('.')}).", exception);

    private static string? ReasonToSkip(PEReader pe, out MetadataReader metadata)
    {
        metadata = null!;
        if (pe.PEHeaders.CorHeader is null)
        {
            return "not a .NET assembly (a native Windows library)";
        }

        metadata = RepeatedNames.ReaderOf(pe);
        return !metadata.IsAssembly ? "a .NET module without an assembly manifest"
            : metadata.GetAssemblyDefinition().Culture is { IsNil: false } culture && metadata.GetString(culture).Length > 0
                ? $"a satellite assembly (the '{metadata.GetString(culture)}' resources of {metadata.GetString(metadata.GetAssemblyDefinition().Name)}: no code to inspect)"
            : IsReferenceAssembly(metadata) ? ReferenceAssemblyReason
            : null;
    }

    /// <summary>
    /// Whether the assembly carries <c>[ReferenceAssembly]</c>: the compiler's metadata-only build, whose method bodies
    /// are <c>throw null</c>. The attribute is usually referenced, but the reference pack's <c>System.Runtime.dll</c>
    /// defines it itself.
    /// </summary>
    private static bool IsReferenceAssembly(MetadataReader metadata)
    {
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            if (AttributeTypeName(metadata, metadata.GetCustomAttribute(handle).Constructor) is var (ns, name)
                && metadata.StringComparer.Equals(name, "ReferenceAssemblyAttribute")
                && metadata.StringComparer.Equals(ns, "System.Runtime.CompilerServices"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The namespace and name of the type that declares an attribute's constructor, referenced or defined in the assembly itself.</summary>
    private static (StringHandle Namespace, StringHandle Name)? AttributeTypeName(MetadataReader metadata, EntityHandle constructor)
    {
        if (constructor.Kind == HandleKind.MethodDefinition)
        {
            var declaring = metadata.GetTypeDefinition(metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
            return (declaring.Namespace, declaring.Name);
        }

        if (constructor.Kind == HandleKind.MemberReference
            && metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent is { Kind: HandleKind.TypeReference } parent)
        {
            var referenced = metadata.GetTypeReference((TypeReferenceHandle)parent);
            return (referenced.Namespace, referenced.Name);
        }

        return null;
    }

    /// <summary>Whether a file starts with the DOS header of a PE image ("MZ"): one whose headers cannot be read is damaged, not another kind of file.</summary>
    private static bool StartsLikeAPeFile(string path)
    {
        try
        {
            using var stream = Inputs.Open(path);
            return stream.ReadByte() == 'M' && stream.ReadByte() == 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static InspectedAssembly Read(PEReader pe, MetadataReader metadata, string path, TypeNameTable table, ModelCache? cache)
    {
        var assemblyName = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        var names = new MetadataNames(metadata, table, assemblyName);
        var references = new string[metadata.AssemblyReferences.Count];
        var index = 0;
        foreach (var reference in metadata.AssemblyReferences)
        {
            references[index++] = names.AssemblyOf(reference);
        }

        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);

        var decoder = new PeAssemblyDecoder(pe, metadata, names, table, path) { Decoded = cache is null ? null : cache.Write, Fills = cache is null ? null : cache.Fill, Questioned = cache is null ? null : cache.WriteHeaders };
        var hasEntryPoint = pe.PEHeaders.CorHeader!.EntryPointTokenOrRelativeVirtualAddress != 0;
        // The types' headers are read when first asked for: a check reads those of the assemblies it judges, not those
        // of every package and runtime assembly beside them. With a cache too: what it holds is written as the code
        // base is used, each assembly a check decodes in full, the headers of each a question or a reading of every type
        // (CodeBase.Types) reads without decoding it.
        var assembly = new InspectedAssembly(assemblyName, Path.GetFullPath(path), mvid, references, new DeferredTypeHeaders(metadata, names, decoder, path), hasEntryPoint);
        decoder.Assembly = assembly;
        return assembly;
    }

    /// <summary>Reads the header of every user-written type of an assembly and hands each to the assembly's decoder, which finds its generated types again when it decodes it (<see cref="TypeFamilies"/>).</summary>
    internal static List<InspectedType> ReadHeaders(MetadataReader metadata, MetadataNames names, PeAssemblyDecoder decoder)
    {
        var families = TypeFamilies.Of(metadata);
        decoder.Expect(families.Count);
        var headers = new TypeHeaderReader(metadata, names);
        var types = new List<InspectedType>(families.Count);
        for (var i = 0; i < families.Count; i++)
        {
            var type = headers.Read(families.Owner(i));
            decoder.Add(type);
            types.Add(type);
        }

        decoder.Publish();
        return types;
    }
}
