using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.Contracts;

namespace FitnessKit.Loading.Contracts;

/// <summary>
/// Reads the public surface of a contract assembly with System.Reflection.Metadata (never loaded, never run): the
/// types other assemblies can see, and their public and protected members with their nullable annotations. Only
/// contract assemblies are read, and only when FK013 or <c>fitnesskit contracts</c> asks.
/// </summary>
internal static class ContractSurfaceReader
{
    /// <summary>Reads the surface of the types of an assembly whose namespace a predicate accepts.</summary>
    /// <param name="path">The assembly file.</param>
    /// <param name="name">The contract's name.</param>
    /// <param name="includes">Which namespaces belong to the contract (a nested type goes with its enclosing type's).</param>
    /// <returns>The surface.</returns>
    /// <exception cref="FitnessKitException">The file is missing or is not a readable .NET assembly.</exception>
    public static ContractSurface Read(string path, string name, Func<string, bool> includes) =>
        Open(path, reader =>
        {
            var types = new List<ContractType>();
            var provider = new SignatureNodeProvider(reader);
            var nullability = new Nullability(reader);
            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                if (IsVisible(reader, type) && includes(NamespaceOf(reader, type)) && !reader.GetString(type.Name).StartsWith('<'))
                {
                    types.Add(new ContractTypeReader(reader, provider, nullability, handle).Read());
                }
            }

            return new ContractSurface(name, [.. types.OrderBy(t => t.FullName, StringComparer.Ordinal)]);
        });

    /// <summary>Reads an assembly file's name.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The assembly's simple name.</returns>
    /// <exception cref="FitnessKitException">The file is missing or is not a readable .NET assembly.</exception>
    public static string AssemblyName(string path) => Open(path, reader => reader.GetString(reader.GetAssemblyDefinition().Name));

    private static T Open<T>(string path, Func<MetadataReader, T> read)
    {
        if (!RegularFile.Exists(path))
        {
            throw new FitnessKitException($"{path}: no such assembly file{(RegularFile.OtherKind(path) is { } kind ? $" (it is {kind})" : string.Empty)}.");
        }

        try
        {
            using var pe = new PEReader(Inputs.Open(path));
            if (!pe.HasMetadata)
            {
                throw new FitnessKitException($"{path}: not a .NET assembly (it has no metadata).");
            }

            var reader = pe.GetMetadataReader();
            return reader.IsAssembly ? read(reader) : throw new FitnessKitException($"{path}: a module without an assembly manifest, not an assembly.");
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception) || exception is IOException or UnauthorizedAccessException)
        {
            throw AssemblyFileReader.Unreadable(path, exception);
        }
    }

    private static bool IsVisible(MetadataReader reader, TypeDefinition type)
    {
        var visibility = type.Attributes & TypeAttributes.VisibilityMask;
        if (visibility == TypeAttributes.Public)
        {
            return true;
        }

        if (visibility is not (TypeAttributes.NestedPublic or TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem))
        {
            return false;
        }

        var declaring = reader.GetTypeDefinition(type.GetDeclaringType());
        return IsVisible(reader, declaring) && (visibility == TypeAttributes.NestedPublic || (declaring.Attributes & TypeAttributes.Sealed) == 0);
    }

    private static string NamespaceOf(MetadataReader reader, TypeDefinition type) =>
        type.GetDeclaringType() is { IsNil: false } declaring ? NamespaceOf(reader, reader.GetTypeDefinition(declaring)) : reader.GetString(type.Namespace);
}
