using System.Reflection.Metadata;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>How many operand bytes follow an IL opcode, or whether the operand is a metadata token (ECMA-335 III).</summary>
internal enum OperandKind
{
    None = 0,
    Byte = 1,
    Short = 2,
    Int = 4,
    Long = 8,
    Token = -1,
    Switch = -2,
}

/// <summary>The IL opcode table, reduced to what a dependency scan needs: operand sizes and the dependency kind of each token operand.</summary>
internal static class OpCodeOperands
{
    /// <summary>The first byte of a two-byte opcode (ECMA-335 III.1.2.1); <see cref="ILOpCode"/> numbers such an opcode as this byte, then the second.</summary>
    private const byte TwoByteOpCode = 0xFE;

    /// <summary>The <c>no.</c> prefix (ECMA-335 III.2.2), which <see cref="ILOpCode"/> does not name; a one-byte operand follows it.</summary>
    private const ILOpCode No = (ILOpCode)0xFE19;

    /// <summary>Reads an opcode, one byte or two.</summary>
    public static ILOpCode Read(ref BlobReader il)
    {
        int code = il.ReadByte();
        return (ILOpCode)(code == TwoByteOpCode ? (TwoByteOpCode << 8) | il.ReadByte() : code);
    }

    /// <summary>Steps over an operand that is not a token: its bytes, or a switch's count and jump table.</summary>
    public static void Skip(ref BlobReader il, OperandKind operand)
    {
        if (operand == OperandKind.Switch)
        {
            // The count first: 'il.Offset += il.ReadInt32() * 4' would add to the offset as it was before the count.
            var targets = il.ReadInt32();
            il.Offset += targets * 4;
        }
        else
        {
            il.Offset += (int)operand;
        }
    }

    public static OperandKind Of(ILOpCode code) => code switch
    {
        // Short forms of argument and local access, ldc.i4.s, short branches, leave.s, unaligned., no.
        ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s or ILOpCode.Stloc_s
            or ILOpCode.Ldc_i4_s or >= ILOpCode.Br_s and <= ILOpCode.Blt_un_s or ILOpCode.Leave_s or ILOpCode.Unaligned or No => OperandKind.Byte,
        // Long forms of argument and local access: ldarg ldarga starg ldloc ldloca stloc.
        >= ILOpCode.Ldarg and <= ILOpCode.Stloc => OperandKind.Short,
        ILOpCode.Ldc_i4 or ILOpCode.Ldc_r4 or >= ILOpCode.Br and <= ILOpCode.Blt_un or ILOpCode.Leave => OperandKind.Int,
        ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => OperandKind.Long,
        ILOpCode.Switch => OperandKind.Switch,
        // A string token, which names no type.
        ILOpCode.Ldstr => OperandKind.Int,
        ILOpCode.Jmp or ILOpCode.Call or ILOpCode.Calli or ILOpCode.Callvirt or ILOpCode.Cpobj or ILOpCode.Ldobj
            or ILOpCode.Newobj or ILOpCode.Castclass or ILOpCode.Isinst or ILOpCode.Unbox
            // ldfld ldflda stfld ldsfld ldsflda stsfld stobj
            or >= ILOpCode.Ldfld and <= ILOpCode.Stobj
            or ILOpCode.Box or ILOpCode.Newarr or ILOpCode.Ldelema or ILOpCode.Ldelem or ILOpCode.Stelem or ILOpCode.Unbox_any
            or ILOpCode.Refanyval or ILOpCode.Mkrefany or ILOpCode.Ldtoken
            or ILOpCode.Ldftn or ILOpCode.Ldvirtftn or ILOpCode.Initobj or ILOpCode.Constrained or ILOpCode.Sizeof => OperandKind.Token,
        _ => OperandKind.None,
    };

    public static DependencyKind KindForTypeOperand(ILOpCode code) => code switch
    {
        ILOpCode.Ldtoken => DependencyKind.TypeOf,
        ILOpCode.Castclass or ILOpCode.Isinst => DependencyKind.TypeCheck,
        ILOpCode.Box or ILOpCode.Unbox or ILOpCode.Unbox_any => DependencyKind.Boxing,
        ILOpCode.Initobj => DependencyKind.DefaultValue,
        ILOpCode.Newarr => DependencyKind.ArrayCreation,
        _ => DependencyKind.TypeOperand,
    };

    public static DependencyKind KindForMemberOperand(ILOpCode code, bool isField) => code switch
    {
        ILOpCode.Ldtoken => DependencyKind.TypeOf,
        _ when isField => DependencyKind.FieldAccess,
        ILOpCode.Newobj => DependencyKind.ObjectCreation,
        ILOpCode.Ldftn or ILOpCode.Ldvirtftn => DependencyKind.MethodPointer,
        _ => DependencyKind.MethodCall,
    };
}
