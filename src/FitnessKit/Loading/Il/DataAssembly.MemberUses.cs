using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading.Il;

internal sealed partial class DataAssembly
{
    /// <summary>
    /// Every instruction of the assembly's methods whose token names one of the given member references, or a generic
    /// instance of one: a call, <c>newobj</c>, field load or store, <c>ldftn</c> or <c>ldtoken</c>, with the user type
    /// and member that hold it. The IL is scanned, not interpreted; an empty set reads no IL at all.
    /// </summary>
    /// <param name="references">The member references to find, by row number, each with a number the caller gives it.</param>
    public IReadOnlyList<MemberReferenceUse> UsesOf(IReadOnlyDictionary<int, int> references) => Guard(() =>
    {
        var uses = new List<MemberReferenceUse>();
        if (references.Count == 0)
        {
            return uses;
        }

        foreach (var method in ReadMethods())
        {
            ForEachToken(method.Method, (_, offset, handle) =>
            {
                if (handle.Kind == HandleKind.MethodSpecification)
                {
                    handle = Metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method;
                }

                if (handle.Kind == HandleKind.MemberReference && references.TryGetValue(MetadataTokens.GetRowNumber(handle), out var target))
                {
                    uses.Add(new MemberReferenceUse(method, offset, target));
                }
            });
        }

        return uses;
    });
}

/// <summary>One instruction that names a member reference, found by scanning the IL.</summary>
/// <param name="Owner">The user type and member that hold the instruction.</param>
/// <param name="Offset">The IL offset of the instruction.</param>
/// <param name="Target">The number the caller gave the member reference.</param>
internal sealed record MemberReferenceUse(MethodOwner Owner, int Offset, int Target);
