using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

internal sealed partial class DataAssembly
{
    /// <summary>
    /// Every call (<c>call</c>, <c>callvirt</c>; not <c>newobj</c>) that the methods of the given user types make to a
    /// method of a type that passes <paramref name="declaringType"/>, with the user type and member that hold it and
    /// the called method's signature. The IL is scanned, not interpreted: no value is followed, and nothing is kept.
    /// A called method's signature is decoded only when its declaring type passes.
    /// </summary>
    /// <param name="types">The metadata tokens of the user types whose code to read (a lambda or state machine belongs to the member that holds it).</param>
    /// <param name="declaringType">Which declaring types of called methods to keep.</param>
    /// <param name="member">Which of those types' methods to read, by the user type and member that hold them; all when <see langword="null"/>.</param>
    public IReadOnlyList<CodeCall> CallsOf(IReadOnlySet<int> types, Func<TypeName, bool> declaringType, Func<MethodOwner, bool>? member = null) => Guard(() =>
    {
        var calls = new List<CodeCall>();
        // By token: only the types whose methods are read have their names read.
        foreach (var method in ReadMethods(owner => types.Contains(MetadataTokens.GetToken(owner))))
        {
            if (member is not null && !member(method))
            {
                continue;
            }

            ForEachToken(method.Method, (code, offset, handle) =>
            {
                if (code is ILOpCode.Call or ILOpCode.Callvirt
                    && _resolver.DeclaringTypeOf(handle) is { } declaring && declaringType(declaring) && _resolver.Describe(handle) is { } called)
                {
                    calls.Add(new CodeCall(method, called, offset));
                }
            });
        }

        return calls;
    });
}

/// <summary>One call in a method body, found by scanning the IL.</summary>
/// <param name="Owner">The user type and member that hold the call.</param>
/// <param name="Method">The called method, with its signature.</param>
/// <param name="Offset">The IL offset of the call instruction.</param>
internal sealed record CodeCall(MethodOwner Owner, CalledMethod Method, int Offset);
