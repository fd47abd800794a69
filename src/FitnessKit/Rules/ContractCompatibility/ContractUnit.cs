using FitnessKit.ContextMapping;
using FitnessKit.Contracts;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>
/// One contract that gets a snapshot of its own: a contract assembly of a context (named after the assembly), or the
/// contract namespaces of a context in an assembly it shares with others (named <c>Assembly.Context</c>).
/// </summary>
/// <param name="Context">The context that owns the contract.</param>
/// <param name="Assembly">The assembly that holds it.</param>
/// <param name="Name">The contract's name, and its snapshot file's without <c>.contract.txt</c>.</param>
/// <param name="Includes">Which namespaces of the assembly belong to the contract.</param>
internal sealed record ContractUnit(BoundedContext Context, InspectedAssembly Assembly, string Name, Func<string, bool> Includes)
{
    /// <summary>Lists the contracts of every context, in map order and by assembly name.</summary>
    /// <param name="model">The resolved contexts.</param>
    /// <returns>The contracts.</returns>
    public static IReadOnlyList<ContractUnit> Of(ContextModel model)
    {
        var units = new List<ContractUnit>();
        foreach (var context in model.Contexts)
        {
            var definition = context.Definition;
            foreach (var assembly in context.Assemblies)
            {
                if (definition.ContractAssemblies.Any(p => p.Matches(assembly.Name, ignoreCase: true)))
                {
                    units.Add(new(context, assembly, assembly.Name, _ => true));
                }
                else if (definition.ContractNamespaces.Count > 0 && context.ContractTypes.Any(t => t.Assembly == assembly))
                {
                    units.Add(new(context, assembly, $"{assembly.Name}.{context.Name}", ns => definition.ContractNamespaces.Any(p => p.Matches(ns))));
                }
            }
        }

        return units;
    }

    /// <summary>Gets the type of the current build that a contract type's name (<c>Shop.Orders.Contracts.Page&lt;T&gt;</c>) stands for.</summary>
    /// <param name="fullName">The name as a snapshot writes it.</param>
    /// <returns>The type, or <see langword="null"/> when the build no longer has it.</returns>
    public InspectedType? TypeNamed(string fullName)
    {
        var plain = ContractType.WithoutTypeParameters(fullName);
        return Assembly.Types.FirstOrDefault(t => Plain(t.Name) == plain);
    }

    private static string Plain(TypeName name)
    {
        var text = name.FullName.Replace('+', '.');
        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '`')
            {
                while (i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    i++;
                }

                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
