using System.Reflection.Metadata;

namespace FitnessKit.Loading.Contracts;

/// <summary>
/// Reads what the C# compiler records about nullable references: a <c>NullableAttribute</c> on a field, property,
/// event or parameter (one byte for every position, or one byte per position), else the <c>NullableContextAttribute</c>
/// of the method, else of the type or the types that enclose it. 0 is oblivious, 1 not null, 2 nullable.
/// </summary>
internal sealed class Nullability(MetadataReader reader)
{
    private const string NullableAttribute = "System.Runtime.CompilerServices.NullableAttribute";
    private const string ContextAttribute = "System.Runtime.CompilerServices.NullableContextAttribute";

    public IReadOnlyList<byte> Of(CustomAttributeHandleCollection attributes, IReadOnlyList<byte> context) =>
        Bytes(attributes, NullableAttribute) ?? context;

    public IReadOnlyList<byte> ContextOf(MethodDefinition method, IReadOnlyList<byte> typeContext) =>
        Bytes(method.GetCustomAttributes(), ContextAttribute) ?? typeContext;

    public IReadOnlyList<byte> ContextOf(TypeDefinition type)
    {
        if (Bytes(type.GetCustomAttributes(), ContextAttribute) is { } own)
        {
            return own;
        }

        var declaring = type.GetDeclaringType();
        return declaring.IsNil ? [0] : ContextOf(reader.GetTypeDefinition(declaring));
    }

    /// <summary>Gets whether an attribute of the full name is present.</summary>
    public bool Has(CustomAttributeHandleCollection attributes, string fullName) =>
        attributes.Any(a => ContractNames.AttributeType(reader, reader.GetCustomAttribute(a)) == fullName);

    private byte[]? Bytes(CustomAttributeHandleCollection attributes, string fullName)
    {
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (ContractNames.AttributeType(reader, attribute) != fullName)
            {
                continue;
            }

            var blob = reader.GetBlobReader(attribute.Value);
            if (blob.Length < 5 || blob.ReadUInt16() != 1)
            {
                return null;
            }

            // The constructor takes one byte (the blob is prolog, byte, named-argument count) or an array of them.
            if (blob.RemainingBytes == 3)
            {
                return [blob.ReadByte()];
            }

            var count = blob.ReadInt32();
            return count < 0 || count > blob.RemainingBytes ? null : blob.ReadBytes(count);
        }

        return null;
    }
}
