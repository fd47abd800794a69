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
    private const byte ElementString = 0x0e;
    private const byte ElementPointer = 0x0f;
    private const byte ElementByRef = 0x10;
    private const byte ElementValueType = 0x11;
    private const byte ElementClass = 0x12;
    private const byte ElementVar = 0x13;
    private const byte ElementArray = 0x14;
    private const byte ElementGenericInstance = 0x15;
    private const byte ElementIntPtr = 0x18;
    private const byte ElementUIntPtr = 0x19;
    private const byte ElementFunctionPointer = 0x1b;
    private const byte ElementObject = 0x1c;
    private const byte ElementSzArray = 0x1d;
    private const byte ElementMethodVar = 0x1e;
    private const byte ModifierRequired = 0x1f;
    private const byte ModifierOptional = 0x20;
    private const byte ElementSentinel = 0x41;
    private const byte ElementPinned = 0x45;

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
            case ElementValueType:
            case ElementClass:
                foreach (var type in names.TypesIn(blob.ReadTypeHandle()))
                {
                    found.Add(type);
                }

                break;
            case ElementPointer:
            case ElementSzArray:
                CollectType(ref blob, names, found);
                break;
            case ElementArray:
                CollectType(ref blob, names, found);
                SkipArrayShape(ref blob);
                break;
            case ElementGenericInstance:
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
            case ElementVar:
            case ElementMethodVar:
                blob.ReadCompressedInteger();
                break;
            case ElementFunctionPointer:
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
            case ElementValueType:
            case ElementClass:
                return names.UseOf(blob.ReadTypeHandle());
            case ElementPointer:
            case ElementSzArray:
                return ReadUse(ref blob, names);
            case ElementArray:
                var element = ReadUse(ref blob, names);
                SkipArrayShape(ref blob);
                return element;
            case ElementGenericInstance:
                blob.ReadByte();
                var generic = names.UseOf(blob.ReadTypeHandle());
                var count = blob.ReadCompressedInteger();
                var arguments = new List<TypeUse>(CapacityFor(count, blob));
                for (var i = 0; i < count; i++)
                {
                    if (ReadUse(ref blob, names) is { } argument)
                    {
                        arguments.Add(argument);
                    }
                }

                return generic is null ? null : generic with { Arguments = arguments };
            case ElementVar:
                return new TypeUse(GenericParameters.OfType(blob.ReadCompressedInteger()), []);
            case ElementMethodVar:
                return new TypeUse(GenericParameters.OfMethod(blob.ReadCompressedInteger()), []);
            case ElementFunctionPointer:
                var ignored = new List<TypeName>();
                CollectMethodSignature(ref blob, names, ignored, ignored);
                return null;
            default:
                return PrimitiveName(code) is { } primitive ? new TypeUse(names.Primitive(primitive), []) : null;
        }
    }

    /// <summary>The names of the primitive types a signature can name by code, without a type reference.</summary>
    public static readonly string[] PrimitiveNames =
        [.. Enumerable.Range(0, 0x20).Select(code => PrimitiveName((byte)code)).OfType<string>()];

    private static string? PrimitiveName(byte code) => code switch
    {
        0x02 => "Boolean",
        0x03 => "Char",
        0x04 => "SByte",
        0x05 => "Byte",
        0x06 => "Int16",
        0x07 => "UInt16",
        0x08 => "Int32",
        0x09 => "UInt32",
        0x0a => "Int64",
        0x0b => "UInt64",
        0x0c => "Single",
        0x0d => "Double",
        ElementString => "String",
        ElementIntPtr => "IntPtr",
        ElementUIntPtr => "UIntPtr",
        ElementObject => "Object",
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
    private static byte ReadElementCode(ref BlobReader blob)
    {
        var code = blob.ReadByte();
        while (code is ModifierRequired or ModifierOptional or ElementPinned or ElementSentinel or ElementByRef)
        {
            if (code is ModifierRequired or ModifierOptional)
            {
                blob.ReadTypeHandle();
            }

            code = blob.ReadByte();
        }

        return code;
    }

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
