using System.Reflection.Metadata;

namespace FitnessKit.Loading.Il;

/// <summary>What one method body does with values, read by the IL interpreter: the calls it makes with the values of their arguments, the string literals it loads, and what it returns.</summary>
internal sealed class MethodTrace(MethodDefinitionHandle method)
{
    /// <summary>Gets the interpreted method.</summary>
    public MethodDefinitionHandle Method { get; } = method;

    /// <summary>Gets every call, in IL order, with the values of its arguments (<c>this</c> first for an instance call).</summary>
    public List<CallSite> Calls { get; } = new();

    /// <summary>Gets every string literal the method loads, with its IL offset.</summary>
    public List<(int Offset, string Text)> Literals { get; } = new();

    /// <summary>Gets the values the method returns.</summary>
    public List<IlValue> Returns { get; } = new();

    /// <summary>Gets the values stored into fields of <c>this</c> or into static fields, by field definition row.</summary>
    public Dictionary<int, IlValue> FieldStores { get; } = new();
}

/// <summary>One call in a method body.</summary>
/// <param name="Method">The called method.</param>
/// <param name="Arguments">The argument values, <c>this</c> first for an instance call; for a constructor, without the new object.</param>
/// <param name="Offset">The IL offset of the call instruction.</param>
/// <param name="IsConstruction">Whether the call is <c>newobj</c>.</param>
/// <param name="IsVirtual">Whether the call is <c>callvirt</c>, which runs the receiver's override (a <c>base.</c> call is a plain <c>call</c>).</param>
internal sealed record CallSite(CalledMethod Method, IReadOnlyList<IlValue> Arguments, int Offset, bool IsConstruction, bool IsVirtual = false);
