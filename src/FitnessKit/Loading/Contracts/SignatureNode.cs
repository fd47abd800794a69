using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace FitnessKit.Loading.Contracts;

/// <summary>
/// A type in a signature of a contract member, kept as a tree so that the bytes of a <c>NullableAttribute</c> can be
/// laid over it in the order the compiler wrote them (each reference type, then its type arguments; a value type only
/// through its type arguments; an array, then its element).
/// </summary>
internal sealed record SignatureNode(SignatureNodeKind Kind, string Name, bool IsValueType, ImmutableArray<SignatureNode> Arguments, int Rank = 1, bool IsInitOnly = false)
{
    public static SignatureNode Named(string name, bool isValueType) => new(SignatureNodeKind.Named, name, isValueType, []);

    /// <summary>Writes the type as C# does, with <c>?</c> on each reference position whose nullability byte is 2.</summary>
    /// <param name="nullability">The bytes, in the compiler's order; a single byte applies to every position.</param>
    /// <returns>The type text.</returns>
    public string Render(IReadOnlyList<byte> nullability)
    {
        var position = 0;
        return Render(nullability, ref position);
    }

    private string Render(IReadOnlyList<byte> nullability, ref int position)
    {
        switch (Kind)
        {
            case SignatureNodeKind.Named when Name == "System.Nullable" && Arguments.Length == 1:
                return $"System.Nullable<{Arguments[0].Render(nullability, ref position)}>";
            case SignatureNodeKind.Named:
                var mark = IsValueType ? string.Empty : Mark(nullability, ref position);
                if (Arguments.IsEmpty)
                {
                    return Name + mark;
                }

                var arguments = new List<string>(Arguments.Length);
                foreach (var argument in Arguments)
                {
                    arguments.Add(argument.Render(nullability, ref position));
                }

                return $"{Name}<{string.Join(",", arguments)}>{mark}";
            case SignatureNodeKind.GenericParameter:
                return Name + Mark(nullability, ref position);
            case SignatureNodeKind.Array:
                var arrayMark = Mark(nullability, ref position);
                return $"{Arguments[0].Render(nullability, ref position)}[{new string(',', Rank - 1)}]{arrayMark}";
            case SignatureNodeKind.Pointer:
                return Arguments[0].Render(nullability, ref position) + "*";
            case SignatureNodeKind.ByReference:
                return Arguments[0].Render(nullability, ref position);
            default:
                return Name;
        }
    }

    private static string Mark(IReadOnlyList<byte> nullability, ref int position)
    {
        var value = nullability.Count == 1 ? nullability[0] : position < nullability.Count ? nullability[position] : (byte)0;
        position++;
        return value == 2 ? "?" : string.Empty;
    }
}

/// <summary>What a <see cref="SignatureNode"/> is.</summary>
internal enum SignatureNodeKind
{
    Named,
    GenericParameter,
    Array,
    Pointer,
    ByReference,
    FunctionPointer,
}

/// <summary>Decodes signatures into <see cref="SignatureNode"/> trees, with C# keywords for the primitive types and the names of generic parameters.</summary>
internal sealed class SignatureNodeProvider(MetadataReader reader) : ISignatureTypeProvider<SignatureNode, SignatureNodeProvider.Scope>
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal) { ["System.Decimal"] = "decimal" };

    public SignatureNode GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.String => SignatureNode.Named("string", false),
        PrimitiveTypeCode.Object => SignatureNode.Named("object", false),
        PrimitiveTypeCode.TypedReference => SignatureNode.Named("System.TypedReference", true),
        PrimitiveTypeCode.IntPtr => SignatureNode.Named("nint", true),
        PrimitiveTypeCode.UIntPtr => SignatureNode.Named("nuint", true),
        PrimitiveTypeCode.Single => SignatureNode.Named("float", true),
        PrimitiveTypeCode.Int16 => SignatureNode.Named("short", true),
        PrimitiveTypeCode.UInt16 => SignatureNode.Named("ushort", true),
        PrimitiveTypeCode.Int32 => SignatureNode.Named("int", true),
        PrimitiveTypeCode.UInt32 => SignatureNode.Named("uint", true),
        PrimitiveTypeCode.Int64 => SignatureNode.Named("long", true),
        PrimitiveTypeCode.UInt64 => SignatureNode.Named("ulong", true),
        PrimitiveTypeCode.Boolean => SignatureNode.Named("bool", true),
        // Named here rather than by the enum's names: a name of the metadata library's one-byte enum is read through a
        // table the runtime builds and sorts with generic code compiled at every start.
        PrimitiveTypeCode.Byte => SignatureNode.Named("byte", true),
        PrimitiveTypeCode.SByte => SignatureNode.Named("sbyte", true),
        PrimitiveTypeCode.Char => SignatureNode.Named("char", true),
        PrimitiveTypeCode.Double => SignatureNode.Named("double", true),
        PrimitiveTypeCode.Void => SignatureNode.Named("void", true),
        _ => SignatureNode.Named(typeCode.ToString().ToLowerInvariant(), true),
    };

    public SignatureNode GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
        Named(ContractNames.Of(metadata, handle), rawTypeKind);

    public SignatureNode GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) =>
        Named(ContractNames.Of(metadata, handle), rawTypeKind);

    public SignatureNode GetTypeFromSpecification(MetadataReader metadata, Scope genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public SignatureNode GetSZArrayType(SignatureNode elementType) => new(SignatureNodeKind.Array, string.Empty, false, [elementType]);

    public SignatureNode GetArrayType(SignatureNode elementType, ArrayShape shape) => new(SignatureNodeKind.Array, string.Empty, false, [elementType], shape.Rank);

    public SignatureNode GetByReferenceType(SignatureNode elementType) => new(SignatureNodeKind.ByReference, string.Empty, true, [elementType]);

    public SignatureNode GetPointerType(SignatureNode elementType) => new(SignatureNodeKind.Pointer, string.Empty, true, [elementType]);

    public SignatureNode GetGenericInstantiation(SignatureNode genericType, ImmutableArray<SignatureNode> typeArguments) => genericType with { Arguments = typeArguments };

    public SignatureNode GetGenericTypeParameter(Scope genericContext, int index) =>
        new(SignatureNodeKind.GenericParameter, index < genericContext.TypeParameters.Count ? genericContext.TypeParameters[index] : $"T{index}", false, []);

    public SignatureNode GetGenericMethodParameter(Scope genericContext, int index) =>
        new(SignatureNodeKind.GenericParameter, index < genericContext.MethodParameters.Count ? genericContext.MethodParameters[index] : $"M{index}", false, []);

    public SignatureNode GetFunctionPointerType(MethodSignature<SignatureNode> signature) =>
        new(SignatureNodeKind.FunctionPointer, $"delegate*<{string.Join(",", signature.ParameterTypes.Append(signature.ReturnType).Select(t => t.Render([])))}>", true, []);

    public SignatureNode GetModifiedType(SignatureNode modifier, SignatureNode unmodifiedType, bool isRequired) =>
        modifier.Name == "System.Runtime.CompilerServices.IsExternalInit" ? unmodifiedType with { IsInitOnly = true } : unmodifiedType;

    public SignatureNode GetPinnedType(SignatureNode elementType) => elementType;

    /// <summary>Gets the scope that names generic parameters: the type's and the method's.</summary>
    public Scope ScopeOf(TypeDefinition type, MethodDefinition? method = null) =>
        new(NamesOf(reader, type.GetGenericParameters()), method is { } m ? NamesOf(reader, m.GetGenericParameters()) : []);

    /// <summary>
    /// The names of some generic parameters, in order. A loop, not LINQ over the handles: an iterator over a handle (a
    /// struct of the metadata library) is generic code no precompiled image holds, compiled at every start.
    /// </summary>
    internal static List<string> NamesOf(MetadataReader reader, GenericParameterHandleCollection parameters)
    {
        var names = new List<string>(parameters.Count);
        foreach (var parameter in parameters)
        {
            names.Add(reader.GetString(reader.GetGenericParameter(parameter).Name));
        }

        return names;
    }

    private static SignatureNode Named(string name, byte rawTypeKind) =>
        SignatureNode.Named(Keywords.GetValueOrDefault(name, name), rawTypeKind == (byte)SignatureTypeKind.ValueType);

    /// <summary>The names of the generic parameters in scope.</summary>
    internal sealed record Scope(IReadOnlyList<string> TypeParameters, IReadOnlyList<string> MethodParameters);
}
