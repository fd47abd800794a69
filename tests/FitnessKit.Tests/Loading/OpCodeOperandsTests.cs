using System.Reflection;
using System.Reflection.Metadata;
using FitnessKit.Loading;
using FluentAssertions;
using Xunit;
using Emit = System.Reflection.Emit;

namespace FitnessKit.Tests.Loading;

/// <summary>The loader's opcode table against the runtime's own (System.Reflection.Emit.OpCodes): every opcode's operand is skipped by its size, and every token is read.</summary>
public sealed class OpCodeOperandsTests
{
    public static TheoryData<string> OpCodes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(Emit.OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OpCodes))]
    public void Skips_the_operand_of_each_opcode_by_the_size_the_runtime_gives_it(string name)
    {
        // Given an opcode as the runtime describes it
        var opCode = (Emit.OpCode)typeof(Emit.OpCodes).GetField(name)!.GetValue(null)!;
        var code = (ILOpCode)(ushort)opCode.Value;

        // When the loader reads it, then its operand has the size the runtime gives it, and a token is read as one
        OpCodeOperands.Of(code).Should().Be(Expected(opCode.OperandType), $"{opCode.Name} has an operand of type {opCode.OperandType}");
    }

    private static OperandKind Expected(Emit.OperandType type) => type switch
    {
        Emit.OperandType.InlineNone => OperandKind.None,
        Emit.OperandType.ShortInlineBrTarget or Emit.OperandType.ShortInlineI or Emit.OperandType.ShortInlineVar => OperandKind.Byte,
        Emit.OperandType.InlineVar => OperandKind.Short,
        Emit.OperandType.InlineBrTarget or Emit.OperandType.InlineI or Emit.OperandType.ShortInlineR => OperandKind.Int,
        Emit.OperandType.InlineI8 or Emit.OperandType.InlineR => OperandKind.Long,
        Emit.OperandType.InlineSwitch => OperandKind.Switch,
        // A string token names no type: skipped as four bytes.
        Emit.OperandType.InlineString => OperandKind.Int,
        _ => OperandKind.Token,
    };
}
