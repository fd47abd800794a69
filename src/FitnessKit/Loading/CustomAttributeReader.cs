using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads custom attributes: the attribute type itself, enum types in the constructor's signature, and the
/// <c>typeof</c> and enum arguments stored as strings in the value blob (ECMA-335 II.23.3). A blob it cannot read to
/// the end is read up to that point; an enum defined in another assembly is taken to be 4 bytes wide.
/// </summary>
internal sealed class CustomAttributeReader
{
    /// <summary>The length byte of a null string in an attribute's value blob (ECMA-335 II.23.3).</summary>
    private const byte NullString = 0xFF;

    private readonly MetadataReader _metadata;
    private readonly MetadataNames _names;
    private readonly MemberFactsCache _members;
    private readonly TypeNameTable _table;
    // Keyed by token and row number: collections keyed by metadata handles are compiled at run time, on every start.
    private readonly Dictionary<int, ArgumentType[]?> _constructors = new();
    private readonly List<TypeName> _buffer = new();
    private readonly Func<string, string, string> _defaultAssemblyOf;
    // The reader's own name to look a type of the assembly up by (see TypeName.Probe).
    private readonly TypeName _probe = TypeName.Probe();
    private Dictionary<TypeName, int>? _localTypes;

    public CustomAttributeReader(MetadataReader metadata, MetadataNames names, MemberFactsCache members, TypeNameTable table)
    {
        _metadata = metadata;
        _names = names;
        _members = members;
        _table = table;
        // One delegate for the reader: a method group passed at each call makes one each time.
        _defaultAssemblyOf = DefaultAssemblyOf;
    }

    public void Read(CustomAttributeHandleCollection attributes, DependencySink sink, string? member, bool isPublicSurface, CodeAnchor anchor, List<TypeName>? attributeTypes = null)
    {
        foreach (var handle in attributes)
        {
            var attribute = _metadata.GetCustomAttribute(handle);
            var constructor = _members.Of(attribute.Constructor);
            if (!constructor.Exists)
            {
                continue;
            }

            foreach (var type in _members.DeclaringTypes(constructor))
            {
                sink.Add(type, DependencyKind.Attribute, member, isPublicSurface, anchor);
                attributeTypes?.Add(type);
            }

            foreach (var type in _members.SignatureTypes(constructor))
            {
                sink.Add(type, DependencyKind.AttributeArgument, member, isPublicSurface, anchor);
            }

            if (ReadArgumentTypes(attribute))
            {
                sink.AddAll(_buffer, DependencyKind.AttributeArgument, member, isPublicSurface, anchor);
            }
        }
    }

    /// <summary>The types that attributes anywhere in the assembly name in their arguments (<c>typeof</c>, enum values), which its type references need not list; read as they are enumerated.</summary>
    public IEnumerable<TypeName> ArgumentNames()
    {
        foreach (var handle in _metadata.CustomAttributes)
        {
            var attribute = _metadata.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind is not (HandleKind.MethodDefinition or HandleKind.MemberReference) || !ReadArgumentTypes(attribute))
            {
                continue;
            }

            foreach (var name in _buffer)
            {
                yield return name;
            }
        }
    }

    /// <summary>Reads the types named in an attribute's value blob into the buffer; false when the blob holds no arguments.</summary>
    private bool ReadArgumentTypes(CustomAttribute attribute)
    {
        var value = _metadata.GetBlobReader(attribute.Value);
        if (value.Length <= 4)
        {
            return false;
        }

        _buffer.Clear();
        try
        {
            ReadArguments(ref value, attribute.Constructor);
        }
        catch (BadImageFormatException)
        {
            // Keep what was read before the blob stopped making sense.
        }

        return true;
    }

    private void ReadArguments(ref BlobReader value, EntityHandle constructor)
    {
        if (value.ReadUInt16() != 1 || ParametersOf(constructor) is not { } parameters)
        {
            return;
        }

        foreach (var parameter in parameters)
        {
            ReadValue(ref value, parameter);
        }

        if (value.RemainingBytes < 2)
        {
            return;
        }

        var named = value.ReadUInt16();
        for (var i = 0; i < named; i++)
        {
            value.ReadByte();
            var type = ReadFieldOrPropertyType(ref value);
            SkipSerializedString(ref value);
            ReadValue(ref value, type);
        }
    }

    private void ReadValue(ref BlobReader value, ArgumentType type)
    {
        switch (type.Code)
        {
            case SerializationTypeCode.Type:
                if (SkipCompilerTypeName(ref value))
                {
                    break;
                }

                var name = value.ReadSerializedString();
                if (!string.IsNullOrEmpty(name))
                {
                    SerializedTypeNames.TryParse(name, _defaultAssemblyOf, _table, _buffer);
                }

                break;
            case SerializationTypeCode.String:
                SkipSerializedString(ref value);
                break;
            case SerializationTypeCode.TaggedObject:
                ReadValue(ref value, ReadFieldOrPropertyType(ref value));
                break;
            case SerializationTypeCode.SZArray:
                // Every element takes at least one byte; a damaged count would otherwise spin for billions of empty reads.
                var count = value.ReadInt32();
                if (count > value.RemainingBytes)
                {
                    throw new BadImageFormatException("an attribute array argument counts more elements than its blob holds");
                }

                for (var i = 0; i < count; i++)
                {
                    ReadValue(ref value, type.Element!);
                }

                break;
            default:
                value.Offset += type.Size;
                break;
        }
    }

    /// <summary>
    /// Steps over a <c>typeof</c> argument that names a type the compiler made, nested in the user's (<c>Outer+&lt;Run&gt;d__3</c>,
    /// an <c>async</c> or iterator method's state machine), which no dependency records (<see cref="TypeName.IsCompilerGenerated"/>):
    /// every such method names one, and reading each name, with the names of every type of its assembly to tell which
    /// assembly it is in, made 80 MB of strings, names and tables decoding 3,000 assemblies. Any other name, and one
    /// with generic arguments, arrays or escapes, is left to be read.
    /// </summary>
    private static unsafe bool SkipCompilerTypeName(ref BlobReader value)
    {
        var start = value.Offset;
        if (value.RemainingBytes == 0 || value.ReadByte() == NullString)
        {
            value.Offset = start;
            return false;
        }

        value.Offset--;
        var length = value.ReadCompressedInteger();
        if (length <= value.RemainingBytes)
        {
            var text = new ReadOnlySpan<byte>(value.CurrentPointer, length);
            var comma = text.IndexOf((byte)',');
            var type = comma < 0 ? text : text[..comma];
            if (type.IndexOfAny((byte)'[', (byte)'\\') < 0 && type.IndexOf("+<"u8) > 0)
            {
                value.Offset += length;
                return true;
            }
        }

        value.Offset = start;
        return false;
    }

    /// <summary>Steps over a string argument or a named argument's name without making a string: only type names are kept.</summary>
    private static void SkipSerializedString(ref BlobReader value)
    {
        if (value.ReadByte() != NullString)
        {
            value.Offset--;
            var length = value.ReadCompressedInteger();
            value.Offset += length <= value.RemainingBytes ? length : throw new BadImageFormatException("an attribute string argument is longer than its blob");
        }
    }

    private ArgumentType ReadFieldOrPropertyType(ref BlobReader value)
    {
        var code = (SerializationTypeCode)value.ReadByte();
        switch (code)
        {
            case SerializationTypeCode.SZArray:
                return new ArgumentType(SerializationTypeCode.SZArray, 0, ReadFieldOrPropertyType(ref value));
            case SerializationTypeCode.Enum:
                var name = value.ReadSerializedString() ?? string.Empty;
                var before = _buffer.Count;
                SerializedTypeNames.TryParse(name, _defaultAssemblyOf, _table, _buffer);
                return new ArgumentType(SerializationTypeCode.Enum, before < _buffer.Count ? EnumSize(_buffer[before]) : 4, null);
            default:
                return new ArgumentType(code, PrimitiveSize(code), null);
        }
    }

    private ArgumentType[]? ParametersOf(EntityHandle constructor)
    {
        if (_constructors.TryGetValue(MetadataTokens.GetToken(constructor), out var cached))
        {
            return cached;
        }

        var signature = constructor.Kind == HandleKind.MethodDefinition
            ? _metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).Signature
            : _metadata.GetMemberReference((MemberReferenceHandle)constructor).Signature;
        var blob = _metadata.GetBlobReader(signature);
        ArgumentType[]? parameters;
        try
        {
            blob.ReadSignatureHeader();
            var count = blob.ReadCompressedInteger();
            blob.ReadByte();
            parameters = count <= blob.RemainingBytes ? new ArgumentType[count] : throw new BadImageFormatException("a constructor signature counts more parameters than it holds");
            for (var i = 0; i < count; i++)
            {
                parameters[i] = ReadParameterType(ref blob);
            }
        }
        catch (BadImageFormatException)
        {
            parameters = null;
        }
        catch (NotSupportedException)
        {
            parameters = null;
        }

        _constructors[MetadataTokens.GetToken(constructor)] = parameters;
        return parameters;
    }

    /// <summary>The type of a constructor parameter, from its signature, as the value blob encodes a value of that type.</summary>
    private ArgumentType ReadParameterType(ref BlobReader blob)
    {
        var code = blob.ReadByte();
        switch (code)
        {
            case (byte)SignatureTypeCode.SZArray:
                return new ArgumentType(SerializationTypeCode.SZArray, 0, ReadParameterType(ref blob));
            case (byte)SignatureTypeCode.Object:
                return new ArgumentType(SerializationTypeCode.TaggedObject, 0, null);
            case (byte)SignatureTypeKind.Class:
                var names = _names.TypesIn(blob.ReadTypeHandle());
                return names.Length == 1 && names[0].FullName == "System.Type"
                    ? new ArgumentType(SerializationTypeCode.Type, 0, null)
                    : throw new NotSupportedException("An attribute parameter of a class type other than System.Type.");
            case (byte)SignatureTypeKind.ValueType:
                var enumNames = _names.TypesIn(blob.ReadTypeHandle());
                return new ArgumentType(SerializationTypeCode.Enum, enumNames.Length == 1 ? EnumSize(enumNames[0]) : 4, null);
            default:
                // Primitives and string: their signature codes and serialization codes are the same numbers.
                return new ArgumentType((SerializationTypeCode)code, PrimitiveSize((SerializationTypeCode)code), null);
        }
    }

    private int EnumSize(TypeName enumType)
    {
        if (!string.Equals(enumType.Assembly, _names.AssemblyName, StringComparison.OrdinalIgnoreCase)
            || !LocalTypes().TryGetValue(enumType, out var row))
        {
            return 4;
        }

        foreach (var fieldHandle in _metadata.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(row)).GetFields())
        {
            var field = _metadata.GetFieldDefinition(fieldHandle);
            if ((field.Attributes & System.Reflection.FieldAttributes.Static) == 0)
            {
                var blob = _metadata.GetBlobReader(field.Signature);
                blob.ReadSignatureHeader();
                return PrimitiveSize((SerializationTypeCode)blob.ReadByte());
            }
        }

        return 4;
    }

    private string DefaultAssemblyOf(string @namespace, string name) =>
        LocalTypes().ContainsKey(_probe.Aim(_names.AssemblyName, @namespace, name)) ? _names.AssemblyName : "System.Private.CoreLib";

    /// <summary>
    /// The rows of the assembly's types, by name: keyed by the names themselves, not their full names, which a type
    /// keeps once asked for (15 MB of 3,000 assemblies' heap, for names most of which are never printed).
    /// </summary>
    private Dictionary<TypeName, int> LocalTypes()
    {
        if (_localTypes is null)
        {
            // Sized once: grown by doubling, it left its earlier arrays behind (31 MB of decoding 3,000 assemblies).
            _localTypes = new Dictionary<TypeName, int>(_metadata.TypeDefinitions.Count);
            foreach (var handle in _metadata.TypeDefinitions)
            {
                _localTypes[_names.Of(handle)] = MetadataTokens.GetRowNumber(handle);
            }
        }

        return _localTypes;
    }

    /// <summary>The width of a primitive value; the codes of primitives are the same in signatures and in value blobs.</summary>
    private static int PrimitiveSize(SerializationTypeCode code) => code switch
    {
        SerializationTypeCode.Boolean or SerializationTypeCode.SByte or SerializationTypeCode.Byte => 1,
        SerializationTypeCode.Char or SerializationTypeCode.Int16 or SerializationTypeCode.UInt16 => 2,
        SerializationTypeCode.Int32 or SerializationTypeCode.UInt32 or SerializationTypeCode.Single => 4,
        SerializationTypeCode.Int64 or SerializationTypeCode.UInt64 or SerializationTypeCode.Double => 8,
        _ => 0,
    };

    private sealed record ArgumentType(SerializationTypeCode Code, int Size, ArgumentType? Element);
}
