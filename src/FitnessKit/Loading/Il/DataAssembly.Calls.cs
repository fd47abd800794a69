using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading.Il;

internal sealed partial class DataAssembly
{
    /// <summary>
    /// Every call (<c>call</c>, <c>callvirt</c>, <c>newobj</c>) that the methods of the given user types make to a
    /// method whose declaring type passes <paramref name="callee"/>, with the user type and member that hold it and the
    /// called method's signature. The IL is scanned, not interpreted: no value is followed, and nothing is kept.
    /// </summary>
    /// <param name="types">The user types whose code to read (a lambda or state machine belongs to the member that holds it).</param>
    /// <param name="callee">Which declaring types of called methods to keep.</param>
    public IReadOnlyList<CodeCall> CallsOf(IReadOnlySet<string> types, Func<CalledMethod, bool> callee) => Guard(() =>
    {
        var calls = new List<CodeCall>();
        foreach (var method in ReadMethods().Where(m => types.Contains(m.Type.FullName)))
        {
            var definition = Metadata.GetMethodDefinition(method.Method);
            var il = _pe.GetMethodBody(definition.RelativeVirtualAddress).GetILReader();
            while (il.RemainingBytes > 0)
            {
                var offset = il.Offset;
                var code = OpCodeOperands.Read(ref il);
                var operand = OpCodeOperands.Of(code);
                if (operand == OperandKind.Token)
                {
                    var handle = MetadataTokens.EntityHandle(il.ReadInt32());
                    if (code is ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj && _resolver.Describe(handle) is { } called && callee(called))
                    {
                        calls.Add(new CodeCall(method, called, offset, code == ILOpCode.Newobj));
                    }
                }
                else
                {
                    OpCodeOperands.Skip(ref il, operand);
                }
            }
        }

        return calls;
    });
}

/// <summary>One call in a method body, found by scanning the IL.</summary>
/// <param name="Owner">The user type and member that hold the call.</param>
/// <param name="Method">The called method, with its signature.</param>
/// <param name="Offset">The IL offset of the call instruction.</param>
/// <param name="IsConstruction">Whether the call is <c>newobj</c>.</param>
internal sealed record CodeCall(MethodOwner Owner, CalledMethod Method, int Offset, bool IsConstruction);
