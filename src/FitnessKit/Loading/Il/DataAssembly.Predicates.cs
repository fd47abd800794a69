using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// A predicate over types read for one type at a time, as <c>ApplyConfigurationsFromAssembly</c> is given one: its IL
/// is followed with the type's names as the values of its <c>Namespace</c>, <c>Name</c> and <c>FullName</c>, through
/// <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, null checks and <c>?.</c>, and the comparisons of text EF Core's users write
/// (<c>==</c>, <c>!=</c>, <c>Equals</c>, <c>StartsWith</c>, <c>EndsWith</c>, <c>Contains</c>, <c>string.IsNullOrEmpty</c>).
/// Nothing of the assembly runs: a few instructions are followed over these values, and any other instruction or call
/// makes the answer unknown.
/// </summary>
internal sealed partial class DataAssembly
{
    private const int MostPredicateSteps = 512;

    /// <summary>Whether the predicate picks the type: <see langword="null"/> when its IL does more than this reads.</summary>
    /// <param name="predicate">The predicate's method (a lambda's), defined in this assembly.</param>
    /// <param name="type">The type it is asked about.</param>
    public bool? Picks(MethodDefinitionHandle predicate, TypeName type) => Guard(() =>
    {
        var definition = Metadata.GetMethodDefinition(predicate);
        if (definition.RelativeVirtualAddress == 0)
        {
            return (bool?)null;
        }

        var body = Loading.MethodBody.Read(_pe, definition.RelativeVirtualAddress);
        var typeArgument = (definition.Attributes & System.Reflection.MethodAttributes.Static) != 0 ? 0 : 1;
        return new PredicateRun(this, body, typeArgument, type).Result();
    });

    /// <summary>A value the predicate's IL holds: the type asked about, a text (or none), or a number (a Boolean is one).</summary>
    private readonly record struct PredicateValue(bool IsType, string? Text, long Number, bool IsText)
    {
        public static PredicateValue Type { get; } = new(true, null, 0, false);

        public static PredicateValue Null { get; } = new(false, null, 0, false);

        public static PredicateValue Of(string? text) => new(false, text, 0, text is not null);

        public static PredicateValue Of(long number) => new(false, null, number, false);

        public static PredicateValue Of(bool value) => Of(value ? 1 : 0);

        /// <summary>Gets a value indicating whether the value is true as a branch reads it: a number other than 0, a text, the type.</summary>
        public bool IsTrue => IsType || IsText || Number != 0;
    }

    private sealed class PredicateRun(DataAssembly assembly, Loading.MethodBody body, int typeArgument, TypeName type)
    {
        private readonly Stack<PredicateValue> _stack = new();
        private readonly Dictionary<int, PredicateValue> _locals = new();

        public bool? Result()
        {
            var il = body.GetILReader();
            for (var step = 0; step < MostPredicateSteps && il.RemainingBytes > 0; step++)
            {
                var code = OpCodeOperands.Read(ref il);
                switch (code)
                {
                    case ILOpCode.Nop:
                        break;
                    case ILOpCode.Ret:
                        return _stack.Count == 1 ? _stack.Pop().IsTrue : null;
                    case ILOpCode.Ldarg_0 or ILOpCode.Ldarg_1 or ILOpCode.Ldarg_2 or ILOpCode.Ldarg_3 when code - ILOpCode.Ldarg_0 == typeArgument:
                        _stack.Push(PredicateValue.Type);
                        break;
                    case ILOpCode.Ldarg_s when il.ReadByte() == typeArgument:
                        _stack.Push(PredicateValue.Type);
                        break;
                    case ILOpCode.Ldnull:
                        _stack.Push(PredicateValue.Null);
                        break;
                    case ILOpCode.Ldstr:
                        _stack.Push(PredicateValue.Of(assembly.Metadata.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF))));
                        break;
                    case >= ILOpCode.Ldc_i4_m1 and <= ILOpCode.Ldc_i4_8:
                        _stack.Push(PredicateValue.Of(code - ILOpCode.Ldc_i4_0));
                        break;
                    case ILOpCode.Ldc_i4_s:
                        _stack.Push(PredicateValue.Of(il.ReadSByte()));
                        break;
                    case ILOpCode.Ldc_i4:
                        _stack.Push(PredicateValue.Of(il.ReadInt32()));
                        break;
                    case >= ILOpCode.Stloc_0 and <= ILOpCode.Stloc_3 when _stack.Count > 0:
                        _locals[code - ILOpCode.Stloc_0] = _stack.Pop();
                        break;
                    case ILOpCode.Stloc_s when _stack.Count > 0:
                        _locals[il.ReadByte()] = _stack.Pop();
                        break;
                    case >= ILOpCode.Ldloc_0 and <= ILOpCode.Ldloc_3 when _locals.TryGetValue(code - ILOpCode.Ldloc_0, out var local):
                        _stack.Push(local);
                        break;
                    case ILOpCode.Ldloc_s when _locals.TryGetValue(il.ReadByte(), out var local):
                        _stack.Push(local);
                        break;
                    case ILOpCode.Dup when _stack.Count > 0:
                        _stack.Push(_stack.Peek());
                        break;
                    case ILOpCode.Pop when _stack.Count > 0:
                        _stack.Pop();
                        break;
                    case ILOpCode.Ceq when _stack.Count > 1:
                        _stack.Push(PredicateValue.Of(Same(_stack.Pop(), _stack.Pop())));
                        break;
                    case ILOpCode.Cgt_un when _stack.Count > 1:
                        // `x != null` compiles to `x; ldnull; cgt.un`.
                        var (right, left) = (_stack.Pop(), _stack.Pop());
                        _stack.Push(PredicateValue.Of(left.IsTrue && !right.IsTrue));
                        break;
                    case ILOpCode.Br_s or ILOpCode.Br:
                        Jump(ref il, code == ILOpCode.Br_s ? il.ReadSByte() : il.ReadInt32());
                        break;
                    case ILOpCode.Brtrue_s or ILOpCode.Brfalse_s or ILOpCode.Brtrue or ILOpCode.Brfalse when _stack.Count > 0:
                        var distance = code is ILOpCode.Brtrue_s or ILOpCode.Brfalse_s ? il.ReadSByte() : il.ReadInt32();
                        if (_stack.Pop().IsTrue == code is ILOpCode.Brtrue_s or ILOpCode.Brtrue)
                        {
                            Jump(ref il, distance);
                        }

                        break;
                    case ILOpCode.Beq_s or ILOpCode.Bne_un_s or ILOpCode.Beq or ILOpCode.Bne_un when _stack.Count > 1:
                        var offset = code is ILOpCode.Beq_s or ILOpCode.Bne_un_s ? il.ReadSByte() : il.ReadInt32();
                        if (Same(_stack.Pop(), _stack.Pop()) == code is ILOpCode.Beq_s or ILOpCode.Beq)
                        {
                            Jump(ref il, offset);
                        }

                        break;
                    case ILOpCode.Call or ILOpCode.Callvirt:
                        if (!Call(MetadataTokens.EntityHandle(il.ReadInt32())))
                        {
                            return null;
                        }

                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private static bool Same(PredicateValue one, PredicateValue other) => one == other;

        private static void Jump(ref BlobReader il, int distance) => il.Offset += distance;

        /// <summary>Follows a call to one of the few methods read, on the values it takes; any other is not followed.</summary>
        private bool Call(EntityHandle handle)
        {
            if (assembly._resolver.Describe(handle) is not { } method || method.Parameters.Count + (method.HasThis ? 1 : 0) > _stack.Count)
            {
                return false;
            }

            var arguments = new PredicateValue[method.Parameters.Count + (method.HasThis ? 1 : 0)];
            for (var i = arguments.Length - 1; i >= 0; i--)
            {
                arguments[i] = _stack.Pop();
            }

            var declaring = method.DeclaringType.Type.FullName;
            PredicateValue? result = (declaring, method.Name, arguments) switch
            {
                ("System.Type" or "System.Reflection.MemberInfo", "get_Namespace", [{ IsType: true }]) => PredicateValue.Of(type.Namespace.Length == 0 ? null : type.Namespace),
                ("System.Type" or "System.Reflection.MemberInfo", "get_Name", [{ IsType: true }]) => PredicateValue.Of(type.OwnName),
                ("System.Type", "get_FullName", [{ IsType: true }]) => PredicateValue.Of(type.FullName),
                ("System.String", "op_Equality" or "Equals", [var a, var b]) when !a.IsType && !b.IsType => PredicateValue.Of(a.Text == b.Text),
                ("System.String", "op_Inequality", [var a, var b]) when !a.IsType && !b.IsType => PredicateValue.Of(a.Text != b.Text),
                ("System.String", "IsNullOrEmpty" or "IsNullOrWhiteSpace", [var a]) when !a.IsType => PredicateValue.Of(string.IsNullOrWhiteSpace(a.Text) || (method.Name == "IsNullOrEmpty" && a.Text?.Length == 0)),
                ("System.String", "StartsWith" or "EndsWith" or "Contains" or "Equals", [{ IsText: true } a, { IsText: true } b, ..] rest) => Compare(method.Name, a.Text!, b.Text!, rest.Length > 2 ? rest[2] : null),
                _ => null,
            };
            if (result is not { } value)
            {
                return false;
            }

            if (!method.ReturnsVoid)
            {
                _stack.Push(value);
            }

            return true;
        }

        /// <summary>A comparison of two texts, ordinal unless a <see cref="StringComparison"/> says to ignore case (an odd one does).</summary>
        private static PredicateValue? Compare(string name, string text, string other, PredicateValue? comparison)
        {
            if (comparison is { } given && (given.IsType || given.IsText))
            {
                return null;
            }

            var how = comparison is { Number: var number } && number % 2 == 1 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return PredicateValue.Of(name switch
            {
                "StartsWith" => text.StartsWith(other, how),
                "EndsWith" => text.EndsWith(other, how),
                "Contains" => text.Contains(other, how),
                _ => string.Equals(text, other, how),
            });
        }
    }
}
