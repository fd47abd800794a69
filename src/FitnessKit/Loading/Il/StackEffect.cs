using System.Reflection.Metadata;

namespace FitnessKit.Loading.Il;

/// <summary>How many values an instruction whose values are not followed takes from the stack and leaves on it (ECMA-335 III), and its operand size.</summary>
internal static class StackEffect
{
    public static (int Pops, int Pushes, int OperandBytes) Of(ILOpCode code)
    {
        var operand = OpCodeOperands.Of(code) switch
        {
            OperandKind.Token => 4,
            OperandKind.Switch => 0,
            var size => (int)size,
        };
        var (pops, pushes) = code switch
        {
            ILOpCode.Nop or ILOpCode.Break or ILOpCode.Volatile or ILOpCode.Tail or ILOpCode.Readonly
                or ILOpCode.Unaligned or ILOpCode.Constrained => (0, 0),
            >= ILOpCode.Ldind_i1 and <= ILOpCode.Ldind_ref => (1, 1),
            >= ILOpCode.Stind_ref and <= ILOpCode.Stind_r8 or ILOpCode.Stind_i => (2, 0),
            >= ILOpCode.Add and <= ILOpCode.Shr_un => (2, 1),
            ILOpCode.Neg or ILOpCode.Not => (1, 1),
            >= ILOpCode.Conv_i1 and <= ILOpCode.Conv_u8 or ILOpCode.Conv_r_un or ILOpCode.Conv_i or ILOpCode.Conv_u or ILOpCode.Conv_u1 or ILOpCode.Conv_u2
                or >= ILOpCode.Conv_ovf_i1_un and <= ILOpCode.Conv_ovf_u_un
                or >= ILOpCode.Conv_ovf_i1 and <= ILOpCode.Conv_ovf_u8 or ILOpCode.Conv_ovf_i or ILOpCode.Conv_ovf_u => (1, 1),
            ILOpCode.Cpobj or ILOpCode.Stobj => (2, 0),
            ILOpCode.Ldobj or ILOpCode.Isinst or ILOpCode.Unbox or ILOpCode.Unbox_any or ILOpCode.Ldlen
                or ILOpCode.Refanyval or ILOpCode.Ckfinite or ILOpCode.Mkrefany or ILOpCode.Localloc or ILOpCode.Refanytype => (1, 1),
            ILOpCode.Ldelema or >= ILOpCode.Ldelem_i1 and <= ILOpCode.Ldelem_ref or ILOpCode.Ldelem => (2, 1),
            >= ILOpCode.Add_ovf and <= ILOpCode.Sub_ovf_un => (2, 1),
            ILOpCode.Ceq or ILOpCode.Cgt or ILOpCode.Cgt_un or ILOpCode.Clt or ILOpCode.Clt_un => (2, 1),
            ILOpCode.Arglist or ILOpCode.Sizeof => (0, 1),
            ILOpCode.Cpblk or ILOpCode.Initblk => (3, 0),
            _ => (0, 0),
        };
        return (pops, pushes, operand);
    }
}
