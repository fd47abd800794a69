using System.Collections.Concurrent;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FitnessKit.Loading;

/// <summary>
/// The names of generic types' and generic methods' parameters (<c>TUser, TRole, TKey</c>), read from an assembly's
/// metadata only when a message names one of its generic types or what a generic method returns: the model keeps
/// arities and positions (<c>!0</c>, <c>!!0</c>), not parameter names. Each assembly is read once,
/// its metadata only, and no file stays open; an unreadable assembly has no names, and the message writes
/// <c>IdentityDbContext&lt;,,&gt;</c> instead.
/// </summary>
internal sealed class GenericParameterNames
{
    private const int DeepestNesting = 64;

    private readonly ConcurrentDictionary<string, Lazy<Dictionary<string, string[]>>> _assemblies = new(StringComparer.Ordinal);

    /// <summary>The parameter names of the generic type <paramref name="fullName"/> (nested types joined by <c>+</c>) in an assembly file, the enclosing types' first, as metadata lists them; <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<string>? Of(string assemblyPath, string fullName) =>
        _assemblies.GetOrAdd(assemblyPath, path => new Lazy<Dictionary<string, string[]>>(() => Read(path))).Value.GetValueOrDefault(fullName);

    /// <summary>The parameter names of the generic method <paramref name="method"/> of the type <paramref name="fullName"/> in an assembly file (of its first generic overload); <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<string>? OfMethod(string assemblyPath, string fullName, string method) => Of(assemblyPath, MethodKey(fullName, method));

    private static string MethodKey(string fullName, string method) => fullName + "::" + method;

    private static Dictionary<string, string[]> Read(string path)
    {
        var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
        try
        {
            using var stream = Inputs.Open(path);
            using var pe = new PEReader(stream, PEStreamOptions.PrefetchMetadata);
            if (!pe.HasMetadata)
            {
                return names;
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(handle);
                var parameters = type.GetGenericParameters();
                string? fullName = null;
                if (parameters.Count > 0 && (fullName = FullName(metadata, type, 0)) is not null)
                {
                    names[fullName] = NamesOf(metadata, parameters);
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    var method = metadata.GetMethodDefinition(methodHandle);
                    var own = method.GetGenericParameters();
                    if (own.Count > 0 && (fullName ??= FullName(metadata, type, 0)) is { } declaring)
                    {
                        names.TryAdd(MethodKey(declaring, metadata.GetString(method.Name)), NamesOf(metadata, own));
                    }
                }
            }
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception) || exception is IOException or UnauthorizedAccessException)
        {
            // A name is an extra: the message falls back to the unnamed form.
        }

        return names;
    }

    private static string[] NamesOf(MetadataReader metadata, GenericParameterHandleCollection parameters) =>
        [.. parameters.Select(p => metadata.GetString(metadata.GetGenericParameter(p).Name))];

    private static string? FullName(MetadataReader metadata, TypeDefinition type, int depth)
    {
        var name = metadata.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (declaring.IsNil)
        {
            var ns = metadata.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        return depth < DeepestNesting && FullName(metadata, metadata.GetTypeDefinition(declaring), depth + 1) is { } outer ? outer + "+" + name : null;
    }
}
