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
    public const int Call = 0x28;
    public const int CallVirt = 0x6F;
    public const int NewObj = 0x73;
    public const int Jmp = 0x27;
    public const int LdToken = 0xD0;
    public const int IsInst = 0x75;
    public const int LdFtn = 0xFE06;
    public const int LdVirtFtn = 0xFE07;

    public static OperandKind Of(int code) => code switch
    {
        // ldarg.s ldarga.s starg.s ldloc.s ldloca.s stloc.s, ldc.i4.s, short branches, leave.s, unaligned., no.
        >= 0x0E and <= 0x13 or 0x1F or >= 0x2B and <= 0x37 or 0xDE or 0xFE12 or 0xFE19 => OperandKind.Byte,
        // long-form argument and local access
        >= 0xFE09 and <= 0xFE0E => OperandKind.Short,
        // ldc.i4, ldc.r4, long branches, leave
        0x20 or 0x22 or >= 0x38 and <= 0x44 or 0xDD => OperandKind.Int,
        // ldc.i8, ldc.r8
        0x21 or 0x23 => OperandKind.Long,
        0x45 => OperandKind.Switch,
        // ldstr: a string token, which names no type
        0x72 => OperandKind.Int,
        // jmp call calli callvirt cpobj ldobj newobj castclass isinst unbox, field access, stobj box newarr ldelema
        // ldelem stelem unbox.any refanyval mkrefany ldtoken, ldftn ldvirtftn initobj constrained. sizeof
        0x27 or 0x28 or 0x29 or >= 0x6F and <= 0x71 or >= 0x73 and <= 0x75 or 0x79 or >= 0x7B and <= 0x81
            or 0x8C or 0x8D or 0x8F or 0xA3 or 0xA4 or 0xA5 or 0xC2 or 0xC6 or 0xD0
            or 0xFE06 or 0xFE07 or 0xFE15 or 0xFE16 or 0xFE1C => OperandKind.Token,
        _ => OperandKind.None,
    };

    public static DependencyKind KindForTypeOperand(int code) => code switch
    {
        0xD0 => DependencyKind.TypeOf,
        0x74 or 0x75 => DependencyKind.TypeCheck,
        0x8C or 0x79 or 0xA5 => DependencyKind.Boxing,
        0xFE15 => DependencyKind.DefaultValue,
        0x8D => DependencyKind.ArrayCreation,
        _ => DependencyKind.TypeOperand,
    };

    public static DependencyKind KindForMemberOperand(int code, bool isField) => code switch
    {
        _ when isField && code == LdToken => DependencyKind.TypeOf,
        _ when isField => DependencyKind.FieldAccess,
        NewObj => DependencyKind.ObjectCreation,
        LdFtn or LdVirtFtn => DependencyKind.MethodPointer,
        LdToken => DependencyKind.TypeOf,
        _ => DependencyKind.MethodCall,
    };
}
