using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>Reads one assembly file with System.Reflection.Metadata: never loaded into the runtime, never executed.</summary>
internal static class AssemblyFileReader
{
    /// <summary>Whether the file is a PE image with .NET metadata; <see langword="false"/> for native libraries.</summary>
    public static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            return pe.HasMetadata && pe.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads an assembly's type headers now; its members and code are decoded on first use. With a cache, an assembly
    /// whose name and MVID the cache knows is read from the cache instead, and a decoded one is written to it.
    /// </summary>
    public static InspectedAssembly Read(string path, TypeNameTable table, ModelCache? cache = null)
    {
        PEReader? pe = null;
        try
        {
            pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
            {
                throw new FitnessKitException($"{path}: not a .NET assembly (a native library or another kind of file); remove it from the inspected files.");
            }

            var metadata = pe.GetMetadataReader();
            if (!metadata.IsAssembly)
            {
                throw new FitnessKitException($"{path}: a .NET module without an assembly manifest; inspect the assembly that contains it.");
            }

            if (cache?.TryRead(metadata.GetString(metadata.GetAssemblyDefinition().Name), metadata.GetGuid(metadata.GetModuleDefinition().Mvid), path, table) is { } cached)
            {
                return cached;
            }

            var assembly = Read(pe, metadata, path, table, cache is null ? null : cache.Write);
            pe = null;
            return assembly;
        }
        catch (BadImageFormatException exception)
        {
            throw new FitnessKitException($"{path}: not a readable .NET assembly ({exception.Message.TrimEnd('.')}). Rebuild it, or remove it from the inspected files.", exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new FitnessKitException($"{path}: not a readable .NET assembly ({exception.Message.TrimEnd('.')}). Rebuild it, or remove it from the inspected files.", exception);
        }
        catch (IOException exception)
        {
            throw new FitnessKitException($"{path}: cannot be read ({exception.Message.TrimEnd('.')}).", exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new FitnessKitException($"{path}: cannot be read ({exception.Message.TrimEnd('.')}).", exception);
        }
        finally
        {
            pe?.Dispose();
        }
    }

    private static InspectedAssembly Read(PEReader pe, MetadataReader metadata, string path, TypeNameTable table, Action<InspectedAssembly>? decoded)
    {
        var assemblyName = metadata.GetString(metadata.GetAssemblyDefinition().Name);
        var names = new MetadataNames(metadata, table, assemblyName);
        var references = metadata.AssemblyReferences.Select(names.AssemblyOf).ToArray();
        var mvid = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        var isReference = metadata.GetAssemblyDefinition().GetCustomAttributes()
            .Select(h => metadata.GetCustomAttribute(h).Constructor)
            .Any(c => c.Kind == HandleKind.MemberReference
                && metadata.GetMemberReference((MemberReferenceHandle)c).Parent is { Kind: HandleKind.TypeReference } parent
                && names.Of((TypeReferenceHandle)parent).FullName == "System.Runtime.CompilerServices.ReferenceAssemblyAttribute");

        var owners = GroupByOwner(metadata);
        var scanner = new TypeScanner(pe, metadata, names, table);
        var decoder = new PeAssemblyDecoder(pe, scanner, path) { Decoded = decoded };
        var types = new List<InspectedType>(owners.Count);
        foreach (var (owner, generated) in owners)
        {
            var type = scanner.ScanHeader(owner);
            decoder.Add(type, owner, generated);
            types.Add(type);
        }

        var assembly = new InspectedAssembly(assemblyName, Path.GetFullPath(path), mvid, references, types, isReference);
        decoder.Assembly = assembly;
        return assembly;
    }

    private static bool IsModuleType(MetadataReader metadata, TypeDefinition definition, string name) =>
        name == "<Module>" && definition.GetDeclaringType().IsNil && metadata.GetString(definition.Namespace).Length == 0;

    /// <summary>Maps each user-written type to the compiler-generated types nested in it, at any depth. Top-level generated types (anonymous types, private implementation details) and the module type have no user owner and are left out.</summary>
    private static List<(TypeDefinitionHandle Owner, IReadOnlyList<TypeDefinitionHandle> Generated)> GroupByOwner(MetadataReader metadata)
    {
        var owners = new List<(TypeDefinitionHandle, IReadOnlyList<TypeDefinitionHandle>)>();
        var generatedByOwner = new Dictionary<TypeDefinitionHandle, List<TypeDefinitionHandle>>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var definition = metadata.GetTypeDefinition(handle);
            var name = metadata.GetString(definition.Name);
            if (IsModuleType(metadata, definition, name))
            {
                continue;
            }

            if (!CompilerGeneratedNames.IsGenerated(name))
            {
                continue;
            }

            var owner = definition.GetDeclaringType();
            while (!owner.IsNil && CompilerGeneratedNames.IsGenerated(metadata.GetString(metadata.GetTypeDefinition(owner).Name)))
            {
                owner = metadata.GetTypeDefinition(owner).GetDeclaringType();
            }

            if (owner.IsNil)
            {
                continue;
            }

            if (!generatedByOwner.TryGetValue(owner, out var list))
            {
                generatedByOwner[owner] = list = new List<TypeDefinitionHandle>();
            }

            list.Add(handle);
        }

        foreach (var handle in metadata.TypeDefinitions)
        {
            var definition = metadata.GetTypeDefinition(handle);
            var name = metadata.GetString(definition.Name);
            if (CompilerGeneratedNames.IsGenerated(name) || (IsModuleType(metadata, definition, name)))
            {
                continue;
            }

            owners.Add((handle, generatedByOwner.TryGetValue(handle, out var generated) ? generated : []));
        }

        return owners;
    }
}
