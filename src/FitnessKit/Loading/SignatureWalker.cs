using System.Reflection.Metadata;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Walks signature blobs (ECMA-335 II.23.2) byte by byte and collects the named types they mention, at any generic
/// depth, through arrays, pointers, by-refs and function pointers. Primitive types, generic parameters and custom
/// modifiers are left out: they never cross a context boundary.
/// </summary>
internal static class SignatureWalker
{
    /// <summary>How deeply types may nest in one signature, type specifications followed included. C# code stays far below; a damaged or hostile blob (a type specification that names itself) would otherwise recurse until the stack overflows.</summary>
    private const int MaxNesting = 256;

    [ThreadStatic]
    private static int _depth;

    /// <summary>Reads one type and adds every named type in it.</summary>
    public static void CollectType(ref BlobReader blob, MetadataNames names, List<TypeName> found)
    {
        Enter();
        try
        {
            CollectTypeAtDepth(ref blob, names, found);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Counts one more level of nesting; a signature nested deeper than <see cref="MaxNesting"/> is damaged.</summary>
    private static void Enter()
    {
        if (++_depth > MaxNesting)
        {
            _depth--;
            throw new BadImageFormatException($"a signature nests types more than {MaxNesting} levels deep, or a type specification refers to itself");
        }
    }

    private static void CollectTypeAtDepth(ref BlobReader blob, MetadataNames names, List<TypeName> found)
    {
        var code = ReadElementCode(ref blob);

        switch (code)
        {
            case SignatureTypeCode.TypeHandle:
                foreach (var type in names.TypesIn(blob.ReadTypeHandle()))
                {
                    found.Add(type);
                }

                break;
            case SignatureTypeCode.Pointer:
            case SignatureTypeCode.SZArray:
                CollectType(ref blob, names, found);
                break;
            case SignatureTypeCode.Array:
                CollectType(ref blob, names, found);
                SkipArrayShape(ref blob);
                break;
            case SignatureTypeCode.GenericTypeInstance:
                blob.ReadByte();
                foreach (var type in names.TypesIn(blob.ReadTypeHandle()))
                {
                    found.Add(type);
                }

                var count = blob.ReadCompressedInteger();
                for (var i = 0; i < count; i++)
                {
                    CollectType(ref blob, names, found);
                }

                break;
            case SignatureTypeCode.GenericTypeParameter:
            case SignatureTypeCode.GenericMethodParameter:
                blob.ReadCompressedInteger();
                break;
            case SignatureTypeCode.FunctionPointer:
                CollectMethodSignature(ref blob, names, found, found);
                break;
            default:
                // Primitives (void, bool, char, numbers, string, object, native ints, typed references) name no user type.
                break;
        }
    }

    /// <summary>Reads a method or property signature: return (or property) type into <paramref name="returns"/>, parameters into <paramref name="parameters"/>.</summary>
    public static void CollectMethodSignature(ref BlobReader blob, MetadataNames names, List<TypeName> returns, List<TypeName> parameters)
    {
        var header = blob.ReadSignatureHeader();
        if (header.IsGeneric)
        {
            blob.ReadCompressedInteger();
        }

        var count = blob.ReadCompressedInteger();
        CollectType(ref blob, names, returns);
        for (var i = 0; i < count; i++)
        {
            CollectType(ref blob, names, parameters);
        }
    }

    /// <summary>Reads a field signature.</summary>
    public static void CollectFieldSignature(ref BlobReader blob, MetadataNames names, List<TypeName> found)
    {
        blob.ReadSignatureHeader();
        CollectType(ref blob, names, found);
    }

    /// <summary>Reads a local variable signature or a generic method instantiation: a header, a count and that many types.</summary>
    public static void CollectTypeList(ref BlobReader blob, MetadataNames names, List<TypeName> found)
    {
        blob.ReadSignatureHeader();
        var count = blob.ReadCompressedInteger();
        for (var i = 0; i < count; i++)
        {
            CollectType(ref blob, names, found);
        }
    }

    /// <summary>Reads one type as a structured use; returns <see langword="null"/> for primitives and generic parameters.</summary>
    public static TypeUse? ReadUse(ref BlobReader blob, MetadataNames names)
    {
        Enter();
        try
        {
            return ReadUseAtDepth(ref blob, names);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>A capacity for a list of <paramref name="count"/> items read from a blob: each takes at least one byte, so a damaged count cannot ask for more memory than the blob could fill.</summary>
    public static int CapacityFor(int count, BlobReader blob) => Math.Min(count, blob.RemainingBytes);

    private static TypeUse? ReadUseAtDepth(ref BlobReader blob, MetadataNames names)
    {
        var code = ReadElementCode(ref blob);

        switch (code)
        {
            case SignatureTypeCode.TypeHandle:
                return names.UseOf(blob.ReadTypeHandle());
            case SignatureTypeCode.Pointer:
            case SignatureTypeCode.SZArray:
                return ReadUse(ref blob, names);
            case SignatureTypeCode.Array:
                var element = ReadUse(ref blob, names);
                SkipArrayShape(ref blob);
                return element;
            case SignatureTypeCode.GenericTypeInstance:
                blob.ReadByte();
                var generic = names.UseOf(blob.ReadTypeHandle());
                var count = blob.ReadCompressedInteger();
                return generic is null ? SkipArguments(ref blob, names, count) : generic with { Arguments = ReadArguments(ref blob, names, count) };
            case SignatureTypeCode.GenericTypeParameter:
                return GenericParameters.OfType(blob.ReadCompressedInteger()).Use;
            case SignatureTypeCode.GenericMethodParameter:
                return GenericParameters.OfMethod(blob.ReadCompressedInteger()).Use;
            case SignatureTypeCode.FunctionPointer:
                var ignored = new List<TypeName>();
                CollectMethodSignature(ref blob, names, ignored, ignored);
                return null;
            default:
                return PrimitiveName(code) is { } primitive ? names.Primitive(primitive).Use : null;
        }
    }

    /// <summary>
    /// Reads the type arguments of a generic instance or method: an array as long as the arguments the signature names
    /// (a function pointer names none), not a list around one. Kept by the interfaces and base types of every type, a
    /// list each was 1.6 MB alive over 3,000 assemblies.
    /// </summary>
    public static TypeUse[] ReadArguments(ref BlobReader blob, MetadataNames names, int count)
    {
        if (count == 0)
        {
            return [];
        }

        // Each argument takes at least a byte of the blob, so no more fit than the bytes left: a damaged count cannot
        // make the array larger than the blob.
        var arguments = new TypeUse[CapacityFor(count, blob)];
        var read = 0;
        for (var i = 0; i < count; i++)
        {
            if (ReadUse(ref blob, names) is { } argument)
            {
                arguments[read++] = argument;
            }
        }

        return read == arguments.Length ? arguments : arguments[..read];
    }

    private static TypeUse? SkipArguments(ref BlobReader blob, MetadataNames names, int count)
    {
        for (var i = 0; i < count; i++)
        {
            ReadUse(ref blob, names);
        }

        return null;
    }

    /// <summary>The names of the primitive types a signature can name by code, without a type reference.</summary>
    public static readonly string[] PrimitiveNames = MakePrimitiveNames();

    /// <summary>The names, in the codes' order; a loop, as LINQ over the metadata library's enum is generic code compiled at every start.</summary>
    private static string[] MakePrimitiveNames()
    {
        SignatureTypeCode[] codes =
        [
            SignatureTypeCode.Boolean, SignatureTypeCode.Char, SignatureTypeCode.SByte, SignatureTypeCode.Byte, SignatureTypeCode.Int16,
            SignatureTypeCode.UInt16, SignatureTypeCode.Int32, SignatureTypeCode.UInt32, SignatureTypeCode.Int64, SignatureTypeCode.UInt64,
            SignatureTypeCode.Single, SignatureTypeCode.Double, SignatureTypeCode.String, SignatureTypeCode.IntPtr, SignatureTypeCode.UIntPtr,
            SignatureTypeCode.Object,
        ];
        var names = new string[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            names[i] = PrimitiveName(codes[i])!;
        }

        return names;
    }

    private static string? PrimitiveName(SignatureTypeCode code) => code switch
    {
        SignatureTypeCode.Boolean => "Boolean",
        SignatureTypeCode.Char => "Char",
        SignatureTypeCode.SByte => "SByte",
        SignatureTypeCode.Byte => "Byte",
        SignatureTypeCode.Int16 => "Int16",
        SignatureTypeCode.UInt16 => "UInt16",
        SignatureTypeCode.Int32 => "Int32",
        SignatureTypeCode.UInt32 => "UInt32",
        SignatureTypeCode.Int64 => "Int64",
        SignatureTypeCode.UInt64 => "UInt64",
        SignatureTypeCode.Single => "Single",
        SignatureTypeCode.Double => "Double",
        SignatureTypeCode.String => "String",
        SignatureTypeCode.IntPtr => "IntPtr",
        SignatureTypeCode.UIntPtr => "UIntPtr",
        SignatureTypeCode.Object => "Object",
        _ => null,
    };

    /// <summary>Reads a property signature's type as a structured use.</summary>
    public static TypeUse? ReadPropertyUse(ref BlobReader blob, MetadataNames names)
    {
        blob.ReadSignatureHeader();
        blob.ReadCompressedInteger();
        return ReadUse(ref blob, names);
    }

    /// <summary>Reads a type's element code past custom modifiers, <c>pinned</c>, the vararg sentinel and by-ref markers.</summary>
    private static SignatureTypeCode ReadElementCode(ref BlobReader blob)
    {
        var code = ElementCode(blob.ReadByte());
        while (code is SignatureTypeCode.RequiredModifier or SignatureTypeCode.OptionalModifier or SignatureTypeCode.Pinned
            or SignatureTypeCode.Sentinel or SignatureTypeCode.ByReference)
        {
            if (code is SignatureTypeCode.RequiredModifier or SignatureTypeCode.OptionalModifier)
            {
                blob.ReadTypeHandle();
            }

            code = ElementCode(blob.ReadByte());
        }

        return code;
    }

    /// <summary>
    /// An element type byte as <see cref="SignatureTypeCode"/> names it, as <see cref="BlobReader.ReadSignatureTypeCode"/>
    /// does: <c>class</c> and <c>valuetype</c>, each followed by a type handle, are <see cref="SignatureTypeCode.TypeHandle"/>.
    /// That method reads a compressed integer where the signature holds one byte, so a damaged byte (0x80 or more) would
    /// take the bytes after it; the byte that means <see cref="SignatureTypeCode.TypeHandle"/> itself
    /// (<c>ELEMENT_TYPE_INTERNAL</c>, never in a file) names nothing.
    /// </summary>
    private static SignatureTypeCode ElementCode(byte code) => code switch
    {
        (byte)SignatureTypeKind.Class or (byte)SignatureTypeKind.ValueType => SignatureTypeCode.TypeHandle,
        (byte)SignatureTypeCode.TypeHandle => SignatureTypeCode.Invalid,
        _ => (SignatureTypeCode)code,
    };

    private static void SkipArrayShape(ref BlobReader blob)
    {
        blob.ReadCompressedInteger();
        var sizes = blob.ReadCompressedInteger();
        for (var i = 0; i < sizes; i++)
        {
            blob.ReadCompressedInteger();
        }

        var lowerBounds = blob.ReadCompressedInteger();
        for (var i = 0; i < lowerBounds; i++)
        {
            blob.ReadCompressedSignedInteger();
        }
    }
}
