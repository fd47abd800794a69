using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Contracts;

namespace FitnessKit.Loading.Contracts;

/// <summary>
/// Finds, in a consumer assembly's member references, those that name a member of a contract type: a field by its
/// name, a property by its <c>get_</c> and <c>set_</c> accessors, an event by <c>add_</c> and <c>remove_</c>, a method or
/// constructor by its name and the shapes of its parameters (which tell overloads apart; return types and
/// nullability are not compared), an indexer by <c>get_Item</c> and <c>set_Item</c> and its parameters. The type must
/// be the contract's, from the contract's assembly; a member reached through a generic instance of it counts.
/// </summary>
internal static class ContractMemberReferences
{
    /// <summary>Matches the member references of an assembly with contract members.</summary>
    /// <param name="reader">The consumer assembly's metadata.</param>
    /// <param name="assembly">The contract assembly's simple name.</param>
    /// <param name="members">The contract members, each with its type's full name as a snapshot writes it.</param>
    /// <returns>
    /// The member references that name one of them, by row number, each with the index of the member it names. Keyed
    /// by the number, not the handle, and grouped by index lists, not tuples: tables of the metadata library's structs
    /// or of tuples are generic code compiled at every start.
    /// </returns>
    public static Dictionary<int, int> Find(MetadataReader reader, string assembly, IReadOnlyList<ContractMemberQuery> members)
    {
        var found = new Dictionary<int, int>();
        var byType = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            var typeName = ContractType.WithoutTypeParameters(members[i].Type);
            if (!byType.TryGetValue(typeName, out var indexes))
            {
                byType[typeName] = indexes = [];
            }

            indexes.Add(i);
        }

        var provider = new SignatureNodeProvider(reader);
        foreach (var handle in reader.MemberReferences)
        {
            var reference = reader.GetMemberReference(handle);
            if (!TryGetDeclaring(reader, reference.Parent, out var parentName, out var parentAssembly) || !byType.TryGetValue(parentName, out var candidates)
                || !string.Equals(parentAssembly, assembly, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = reader.GetString(reference.Name);
            foreach (var index in candidates)
            {
                var (type, member) = members[index];
                if (Names(reference, name, member) && Parameters(reference, provider, type, member))
                {
                    found[MetadataTokens.GetRowNumber(handle)] = index;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Whether a reference's name is the member's, or one of its accessors'.</summary>
    private static bool Names(MemberReference reference, string name, ContractMember member)
    {
        var isField = reference.GetKind() == MemberReferenceKind.Field;
        return member.Kind switch
        {
            ContractMemberKind.Field => isField && name == member.Name,
            ContractMemberKind.Property when member.Parameters.Count > 0 => !isField && name is "get_Item" or "set_Item",
            ContractMemberKind.Property => !isField && (name == "get_" + member.Name || name == "set_" + member.Name),
            ContractMemberKind.Event => !isField && (name == "add_" + member.Name || name == "remove_" + member.Name),
            ContractMemberKind.Constructor => !isField && name == ".ctor",
            ContractMemberKind.Method => !isField && name == ContractType.WithoutTypeParameters(member.Name),
            _ => false,
        };
    }

    /// <summary>Whether a method reference's parameters have the member's shapes: all of them, or for an indexer's setter all but the value.</summary>
    private static bool Parameters(MemberReference reference, SignatureNodeProvider provider, string type, ContractMember member)
    {
        if (member.Kind is not (ContractMemberKind.Method or ContractMemberKind.Constructor) && !(member.Kind == ContractMemberKind.Property && member.Parameters.Count > 0))
        {
            return true;
        }

        var scope = new SignatureNodeProvider.Scope(TypeParameters(type), TypeParameters(member.Name));
        var shapes = reference.DecodeMethodSignature(provider, scope).ParameterTypes.Select(p => p.Render([])).ToList();
        var expected = member.Parameters.Select(p => ContractTypeText.WithoutNullability(p.Type)).ToList();
        return shapes.Count >= expected.Count && shapes.Count <= expected.Count + (member.Kind == ContractMemberKind.Property ? 1 : 0) && shapes.Take(expected.Count).SequenceEqual(expected, StringComparer.Ordinal);
    }

    /// <summary>The type a member reference belongs to, by contract name, and the assembly that defines it; none for a type of the consumer itself, an array or a pointer.</summary>
    private static bool TryGetDeclaring(MetadataReader reader, EntityHandle parent, out string name, out string assembly)
    {
        (name, assembly) = (string.Empty, string.Empty);
        if (parent.Kind == HandleKind.TypeSpecification)
        {
            var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return false;
            }

            blob.ReadByte();
            parent = blob.ReadTypeHandle();
        }

        if (parent.Kind != HandleKind.TypeReference || AssemblyOf(reader, (TypeReferenceHandle)parent) is not { } found)
        {
            return false;
        }

        (name, assembly) = (ContractNames.Of(reader, (TypeReferenceHandle)parent), found);
        return true;
    }

    private static string? AssemblyOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.TypeReference => AssemblyOf(reader, (TypeReferenceHandle)scope),
            HandleKind.AssemblyReference => reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name),
            _ => null,
        };
    }

    /// <summary>The type parameters a name declares, of the type and its enclosing types in order: <c>Shop.Page&lt;T&gt;.Cursor&lt;U&gt;</c> has T and U.</summary>
    private static List<string> TypeParameters(string name)
    {
        var parameters = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < name.Length; i++)
        {
            switch (name[i])
            {
                case '<':
                    if (depth++ == 0)
                    {
                        start = i + 1;
                    }

                    break;
                case '>':
                    if (--depth == 0)
                    {
                        parameters.AddRange(name[start..i].Split(',').Select(p => p.Trim()));
                    }

                    break;
            }
        }

        return parameters;
    }
}
