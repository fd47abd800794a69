using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The public instance properties and fields of types (<see cref="StateMember"/>), read from an assembly's metadata
/// only when a rule asks about one of its types: the model keeps dependencies, not whether a setter is <c>init</c>.
/// Only the contract assemblies are read, each once, its metadata only, and no file stays open.
/// </summary>
internal sealed class TypeStates
{
    private const string ExternalInit = "System.Runtime.CompilerServices.IsExternalInit";

    private readonly ConcurrentDictionary<string, Lazy<Dictionary<int, StateMember[]>>> _assemblies = new(StringComparer.Ordinal);

    /// <summary>The public instance properties and fields a type declares, in metadata order.</summary>
    /// <param name="assemblyPath">The file of the type's assembly.</param>
    /// <param name="mvid">The assembly's module version id, to make sure the file is the build that was inspected.</param>
    /// <param name="typeToken">The type's metadata token.</param>
    /// <exception cref="FitnessKitException">The file is gone, unreadable, or another build than the one inspected.</exception>
    public IReadOnlyList<StateMember> Of(string assemblyPath, Guid mvid, int typeToken) =>
        _assemblies.GetOrAdd(assemblyPath, path => new Lazy<Dictionary<int, StateMember[]>>(() => Read(path, mvid))).Value.GetValueOrDefault(typeToken) ?? [];

    private static Dictionary<int, StateMember[]> Read(string path, Guid mvid)
    {
        try
        {
            using var stream = Inputs.Open(path);
            using var pe = new PEReader(stream, PEStreamOptions.PrefetchMetadata);
            var metadata = pe.GetMetadataReader();
            if (metadata.GetGuid(metadata.GetModuleDefinition().Mvid) != mvid)
            {
                throw new FitnessKitException($"{path} was rebuilt while it was inspected; check again.");
            }

            var states = new Dictionary<int, StateMember[]>();
            var provider = new HeldTypeProvider(metadata);
            foreach (var handle in metadata.TypeDefinitions)
            {
                var members = Members(metadata, handle, provider);
                if (members.Count > 0)
                {
                    states[MetadataTokens.GetToken(handle)] = [.. members];
                }
            }

            return states;
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception) || exception is IOException or UnauthorizedAccessException)
        {
            throw new FitnessKitException($"{path} could not be read again for its properties and fields: {exception.Message}");
        }
    }

    private static List<StateMember> Members(MetadataReader metadata, TypeDefinitionHandle handle, HeldTypeProvider provider)
    {
        var type = metadata.GetTypeDefinition(handle);
        var typeToken = MetadataTokens.GetToken(handle);
        var members = new List<StateMember>();
        foreach (var propertyHandle in type.GetProperties())
        {
            var property = metadata.GetPropertyDefinition(propertyHandle);
            var accessors = property.GetAccessors();
            var getter = accessors.Getter.IsNil ? (MethodDefinition?)null : metadata.GetMethodDefinition(accessors.Getter);
            var setter = accessors.Setter.IsNil ? (MethodDefinition?)null : metadata.GetMethodDefinition(accessors.Setter);
            var visible = (getter is { } g && IsPublicInstance(g.Attributes)) || (setter is { } s && IsPublicInstance(s.Attributes));
            if (!visible)
            {
                continue;
            }

            var assignable = false;
            if (setter is { } set && IsPublicInstance(set.Attributes))
            {
                provider.SawExternalInit = false;
                set.DecodeSignature(provider, genericContext: null);
                assignable = !provider.SawExternalInit;
            }

            var held = property.DecodeSignature(provider, genericContext: null).ReturnType;
            var accessor = accessors.Setter.IsNil ? accessors.Getter : accessors.Setter;
            members.Add(new StateMember(metadata.GetString(property.Name), IsField: false, assignable, held, CodeAnchor.ForMethod(typeToken, MetadataTokens.GetToken(accessor), -1)));
        }

        foreach (var fieldHandle in type.GetFields())
        {
            var field = metadata.GetFieldDefinition(fieldHandle);
            var attributes = field.Attributes;
            if ((attributes & FieldAttributes.FieldAccessMask) != FieldAttributes.Public || (attributes & (FieldAttributes.Static | FieldAttributes.Literal)) != 0)
            {
                continue;
            }

            var assignable = (attributes & FieldAttributes.InitOnly) == 0;
            members.Add(new StateMember(metadata.GetString(field.Name), IsField: true, assignable, field.DecodeSignature(provider, genericContext: null), CodeAnchor.ForType(typeToken)));
        }

        return members;
    }

    private static bool IsPublicInstance(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public && (attributes & MethodAttributes.Static) == 0;

    /// <summary>Names the outer type of a signature (generic arguments left out, arrays as <c>[]</c>), and notes an <c>init</c> setter's <c>modreq(IsExternalInit)</c>.</summary>
    private sealed class HeldTypeProvider(MetadataReader metadata) : ISignatureTypeProvider<string, object?>
    {
        public bool SawExternalInit { get; set; }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var definition = metadata.GetTypeDefinition(handle);
            var name = metadata.GetString(definition.Name);
            return definition.GetDeclaringType().IsNil ? Qualified(metadata.GetString(definition.Namespace), name) : GetTypeFromDefinition(reader, definition.GetDeclaringType(), rawTypeKind) + "+" + name;
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = metadata.GetTypeReference(handle);
            var name = metadata.GetString(reference.Name);
            return reference.ResolutionScope.Kind == HandleKind.TypeReference
                ? GetTypeFromReference(reader, (TypeReferenceHandle)reference.ResolutionScope, rawTypeKind) + "+" + name
                : Qualified(metadata.GetString(reference.Namespace), name);
        }

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
        {
            SawExternalInit |= isRequired && modifier == ExternalInit;
            return unmodifiedType;
        }

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;

        public string GetSZArrayType(string elementType) => "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => "[]";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + Il.TypeUseProvider.NameOf(typeCode);

        public string GetByReferenceType(string elementType) => elementType;

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "delegate*";

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
    }
}
