using FitnessKit.Contracts;
using FitnessKit.Loading;
using FitnessKit.Loading.Contracts;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Inspection;

/// <summary>
/// Where the code of some inspected assemblies uses members of a contract's types: each call, constructor call, field
/// access or accessor call whose member reference names one of them, with the user type and member that hold it and
/// its place from the PDB. Read from the IL only when FK013 asks, for the members a breaking change reaches; the
/// dependency model records which types a type uses, not which of their members.
/// </summary>
internal static class ContractMemberUses
{
    /// <summary>Finds the uses.</summary>
    /// <param name="codeBase">The code base, for the PDBs.</param>
    /// <param name="consumers">The assemblies whose code to read.</param>
    /// <param name="contractAssembly">The simple name of the assembly that defines the contract types.</param>
    /// <param name="members">The contract members, each with its type's full name as a snapshot writes it.</param>
    /// <returns>For each member, in the order given, its uses, in assembly and IL order.</returns>
    /// <exception cref="FitnessKitException">An assembly is damaged.</exception>
    public static IReadOnlyList<IReadOnlyList<ContractMemberUse>> Find(CodeBase codeBase, IEnumerable<InspectedAssembly> consumers, string contractAssembly, IReadOnlyList<ContractMemberQuery> members)
    {
        var uses = members.Select(_ => new List<ContractMemberUse>()).ToArray();
        var names = TypeNameTable.ForOneThread();
        foreach (var assembly in consumers)
        {
            using var data = DataAssembly.Open(assembly.Path, names);
            var references = data.Guard(() => ContractMemberReferences.Find(data.Metadata, contractAssembly, members));
            foreach (var use in data.UsesOf(references))
            {
                var location = codeBase.Locate(assembly.Path, CodeAnchor.ForMethod(use.Owner.TypeToken, use.Owner.MethodToken, use.Offset));
                uses[use.Target].Add(new ContractMemberUse(use.Owner.Type, use.Owner.Member, location));
            }
        }

        return uses;
    }
}

/// <summary>One use of a contract member in a consumer's code.</summary>
/// <param name="Type">The user type whose code uses it.</param>
/// <param name="Member">The member of that type that holds the use (a lambda's or state machine's is the member that holds it).</param>
/// <param name="Location">Where, from the PDB; <see langword="null"/> without one.</param>
internal sealed record ContractMemberUse(TypeName Type, string Member, SourceLocation? Location);
