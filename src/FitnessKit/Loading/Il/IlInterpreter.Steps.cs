using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading.Il;

/// <summary>The effect of each instruction on the interpreter's state.</summary>
internal sealed partial class IlInterpreter
{
    /// <summary>Applies one instruction; returns whether the next instruction can be reached from this one.</summary>
    private bool Step(ILOpCode code, ref BlobReader il, int offset, State state, MethodTrace trace, int depth)
    {
        switch (code)
        {
            case ILOpCode.Ldarg_0: case ILOpCode.Ldarg_1: case ILOpCode.Ldarg_2: case ILOpCode.Ldarg_3:
                state.Push(state.Argument(code - ILOpCode.Ldarg_0));
                return true;
            case ILOpCode.Ldarg_s:
                state.Push(state.Argument(il.ReadByte()));
                return true;
            case ILOpCode.Ldarg:
                state.Push(state.Argument(il.ReadUInt16()));
                return true;
            case ILOpCode.Starg_s:
                state.Arguments[il.ReadByte()] = state.Pop();
                return true;
            case ILOpCode.Starg:
                state.Arguments[il.ReadUInt16()] = state.Pop();
                return true;
            case ILOpCode.Ldarga_s:
                il.ReadByte();
                state.Push(IlValue.Unknown);
                return true;
            case ILOpCode.Ldarga:
                il.ReadUInt16();
                state.Push(IlValue.Unknown);
                return true;
            case ILOpCode.Ldloc_0: case ILOpCode.Ldloc_1: case ILOpCode.Ldloc_2: case ILOpCode.Ldloc_3:
                state.Push(state.Local(code - ILOpCode.Ldloc_0));
                return true;
            case ILOpCode.Ldloc_s:
                state.Push(state.Local(il.ReadByte()));
                return true;
            case ILOpCode.Ldloc:
                state.Push(state.Local(il.ReadUInt16()));
                return true;
            case ILOpCode.Stloc_0: case ILOpCode.Stloc_1: case ILOpCode.Stloc_2: case ILOpCode.Stloc_3:
                state.Locals[code - ILOpCode.Stloc_0] = state.Pop();
                return true;
            case ILOpCode.Stloc_s:
                state.Locals[il.ReadByte()] = state.Pop();
                return true;
            case ILOpCode.Stloc:
                state.Locals[il.ReadUInt16()] = state.Pop();
                return true;
            case ILOpCode.Ldloca_s:
                state.Push(new LocalAddressValue(il.ReadByte()));
                return true;
            case ILOpCode.Ldloca:
                state.Push(new LocalAddressValue(il.ReadUInt16()));
                return true;
            case ILOpCode.Ldc_i4_m1: case ILOpCode.Ldc_i4_0: case ILOpCode.Ldc_i4_1: case ILOpCode.Ldc_i4_2: case ILOpCode.Ldc_i4_3:
            case ILOpCode.Ldc_i4_4: case ILOpCode.Ldc_i4_5: case ILOpCode.Ldc_i4_6: case ILOpCode.Ldc_i4_7: case ILOpCode.Ldc_i4_8:
                state.Push(new IntegerValue(code - ILOpCode.Ldc_i4_0));
                return true;
            case ILOpCode.Ldc_i4_s:
                state.Push(new IntegerValue(il.ReadSByte()));
                return true;
            case ILOpCode.Ldc_i4:
                state.Push(new IntegerValue(il.ReadInt32()));
                return true;
            case ILOpCode.Ldc_i8:
                il.ReadInt64();
                state.Push(IlValue.Unknown);
                return true;
            case ILOpCode.Ldc_r4:
                il.ReadSingle();
                state.Push(IlValue.Unknown);
                return true;
            case ILOpCode.Ldc_r8:
                il.ReadDouble();
                state.Push(IlValue.Unknown);
                return true;
            case ILOpCode.Ldnull:
                state.Push(IlValue.Null);
                return true;
            case ILOpCode.Ldstr:
                var text = metadata.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF));
                trace.Literals.Add((offset, text));
                state.Push(TextValue.Of(text));
                return true;
            case ILOpCode.Dup:
                var top = state.Pop();
                state.Push(top);
                state.Push(top);
                return true;
            case ILOpCode.Pop:
                state.Pop();
                return true;
            case ILOpCode.Call: case ILOpCode.Callvirt: case ILOpCode.Newobj:
                Call(code, MetadataTokens.EntityHandle(il.ReadInt32()), offset, state, trace, depth);
                return true;
            case ILOpCode.Calli:
                CallIndirect(MetadataTokens.EntityHandle(il.ReadInt32()), state);
                return true;
            case ILOpCode.Jmp:
                il.ReadInt32();
                return false;
            case ILOpCode.Ret:
                if (state.Stack.Count > 0)
                {
                    trace.Returns.Add(state.Pop());
                }

                return false;
            case ILOpCode.Br_s: case ILOpCode.Leave_s:
                state.Branch(il.ReadSByte() + il.Offset);
                return false;
            case ILOpCode.Br: case ILOpCode.Leave:
                var far = il.ReadInt32();
                state.Branch(far + il.Offset);
                return false;
            case ILOpCode.Brfalse_s: case ILOpCode.Brtrue_s:
                state.Pop();
                state.Branch(il.ReadSByte() + il.Offset);
                return true;
            case ILOpCode.Brfalse: case ILOpCode.Brtrue:
                state.Pop();
                var conditional = il.ReadInt32();
                state.Branch(conditional + il.Offset);
                return true;
            case >= ILOpCode.Beq_s and <= ILOpCode.Blt_un_s:
                state.Pop(2);
                state.Branch(il.ReadSByte() + il.Offset);
                return true;
            case >= ILOpCode.Beq and <= ILOpCode.Blt_un:
                state.Pop(2);
                var compare = il.ReadInt32();
                state.Branch(compare + il.Offset);
                return true;
            case ILOpCode.Switch:
                state.Pop();
                var count = il.ReadInt32();
                var targets = new int[Math.Max(0, Math.Min(count, il.RemainingBytes / 4))];
                for (var i = 0; i < targets.Length; i++)
                {
                    targets[i] = il.ReadInt32();
                }

                foreach (var target in targets)
                {
                    state.Branch(target + il.Offset);
                }

                return true;
            case ILOpCode.Throw: case ILOpCode.Rethrow: case ILOpCode.Endfinally: case ILOpCode.Endfilter:
                state.Stack.Clear();
                return false;
            case ILOpCode.Ldfld:
                LoadField(state.Pop(), MetadataTokens.EntityHandle(il.ReadInt32()), state, trace);
                return true;
            case ILOpCode.Ldsfld:
                LoadField(null, MetadataTokens.EntityHandle(il.ReadInt32()), state, trace);
                return true;
            case ILOpCode.Stfld:
                var stored = state.Pop();
                StoreField(state.Pop(), MetadataTokens.EntityHandle(il.ReadInt32()), stored, trace);
                return true;
            case ILOpCode.Stsfld:
                StoreField(null, MetadataTokens.EntityHandle(il.ReadInt32()), state.Pop(), trace);
                return true;
            case ILOpCode.Ldflda:
                state.Pop();
                il.ReadInt32();
                state.Push(IlValue.Unknown);
                return true;
            case ILOpCode.Ldsflda:
                il.ReadInt32();
                state.Push(IlValue.Unknown);
                return true;
            case ILOpCode.Ldtoken:
                var token = MetadataTokens.EntityHandle(il.ReadInt32());
                state.Push(token.Kind is HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification && methods.TypeOf(token) is { } type
                    ? new TypeTokenValue(type)
                    : token.Kind is HandleKind.MethodDefinition or HandleKind.MemberReference
                    ? new MethodTokenValue(methods.NameOf(token))
                    : IlValue.Unknown);
                return true;
            case ILOpCode.Ldftn:
                state.Push(methods.Describe(MetadataTokens.EntityHandle(il.ReadInt32())) is { } pointed ? new MethodPointerValue(pointed) : IlValue.Unknown);
                return true;
            case ILOpCode.Ldvirtftn:
                state.Pop();
                state.Push(methods.Describe(MetadataTokens.EntityHandle(il.ReadInt32())) is { } virtualPointed ? new MethodPointerValue(virtualPointed) : IlValue.Unknown);
                return true;
            case ILOpCode.Newarr:
                il.ReadInt32();
                state.Push(ArrayValue.Sized(state.Pop()));
                return true;
            case ILOpCode.Stelem_ref: case ILOpCode.Stelem: case ILOpCode.Stelem_i: case ILOpCode.Stelem_i1: case ILOpCode.Stelem_i2:
            case ILOpCode.Stelem_i4: case ILOpCode.Stelem_i8: case ILOpCode.Stelem_r4: case ILOpCode.Stelem_r8:
                if (code == ILOpCode.Stelem)
                {
                    il.ReadInt32();
                }

                var element = state.Pop();
                var index = state.Pop();
                if (state.Pop() is ArrayValue array && index is IntegerValue { Value: var i2 } && i2 >= 0 && i2 < array.Elements.Length)
                {
                    array.Elements[i2] = element;
                }

                return true;
            case ILOpCode.Stind_ref:
                var indirect = state.Pop();
                if (state.Pop() is ElementAddressValue address && state.Local(address.Local) is ArrayValue inline && address.Index < inline.Elements.Length)
                {
                    inline.Elements[address.Index] = indirect;
                }

                return true;
            case ILOpCode.Initobj:
                il.ReadInt32();
                if (state.Pop() is LocalAddressValue initialized)
                {
                    state.Locals[initialized.Index] = IlValue.Unknown;
                }

                return true;
            case ILOpCode.Box: case ILOpCode.Castclass:
                il.ReadInt32();
                return true;
            default:
                return Generic(code, ref il, state);
        }
    }

    /// <summary>Instructions whose values the interpreter does not follow: their stack effect only.</summary>
    private static bool Generic(ILOpCode code, ref BlobReader il, State state)
    {
        var (pops, pushes, operand) = StackEffect.Of(code);
        il.Offset += operand;
        state.Pop(pops);
        for (var i = 0; i < pushes; i++)
        {
            state.Push(IlValue.Unknown);
        }

        return true;
    }
}
