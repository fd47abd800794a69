using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>The size of each IL instruction's operand, as the raw scans step through method bodies.</summary>
internal static class IlOperands
{
    /// <summary>A metadata token of four bytes: a type, member, signature or string.</summary>
    public const int Token = -1;

    /// <summary>A switch: a count of four bytes, then that many four-byte targets.</summary>
    public const int Switch = -2;

    /// <summary>Steps through a method body to the next instruction whose operand is a metadata token.</summary>
    /// <returns><see langword="false"/> at the end of the body.</returns>
    public static bool NextToken(ref BlobReader il, out EntityHandle token)
    {
        while (il.RemainingBytes > 0)
        {
            int code = il.ReadByte();
            if (code == 0xFE)
            {
                code = 0xFE00 | il.ReadByte();
            }

            switch (Size(code))
            {
                case Token:
                    token = MetadataTokens.EntityHandle(il.ReadInt32());
                    return true;
                case Switch:
                    var targets = il.ReadInt32();
                    il.Offset += targets * 4;
                    break;
                case var size:
                    il.Offset += size;
                    break;
            }
        }

        token = default;
        return false;
    }

    /// <summary>The operand's size in bytes, or <see cref="Token"/> or <see cref="Switch"/>.</summary>
    /// <param name="code">The opcode, two-byte opcodes as 0xFE00 | second byte.</param>
    public static int Size(int code) => code switch
    {
        >= 0x0E and <= 0x13 or 0x1F or >= 0x2B and <= 0x37 or 0xDE or 0xFE12 or 0xFE19 => 1,
        >= 0xFE09 and <= 0xFE0E => 2,
        0x20 or 0x22 or >= 0x38 and <= 0x44 or 0xDD or 0x72 => 4,
        0x21 or 0x23 => 8,
        0x45 => Switch,
        0x27 or 0x28 or 0x29 or >= 0x6F and <= 0x71 or >= 0x73 and <= 0x75 or 0x79 or >= 0x7B and <= 0x81
            or 0x8C or 0x8D or 0x8F or 0xA3 or 0xA4 or 0xA5 or 0xC2 or 0xC6 or 0xD0
            or 0xFE06 or 0xFE07 or 0xFE15 or 0xFE16 or 0xFE1C => Token,
        _ => 0,
    };
}
