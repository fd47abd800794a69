using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.PersistenceInternal;

/// <summary>Who uses each public persistence type from outside the assembly that defines it, split by where the user lies.</summary>
internal sealed class PersistenceUsers
{
    private readonly Dictionary<TypeName, List<InspectedType>> _users = new();

    private PersistenceUsers()
    {
    }

    /// <summary>Finds the types outside their assembly that use any of the given types, as the check reads their dependencies.</summary>
    public static PersistenceUsers Find(CodeBase codeBase, IReadOnlyCollection<InspectedType> types, DependencyView view)
    {
        var found = new PersistenceUsers();
        if (types.Count == 0)
        {
            return found;
        }

        var targets = types.Select(t => t.Name).ToHashSet();
        var assemblies = types.Select(t => t.Name.Assembly).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var user in codeBase.TypesDependingOn(targets.Contains, view, targetAssemblies: assemblies))
        {
            foreach (var target in view.Of(user).Select(d => d.Target).Where(targets.Contains).Distinct())
            {
                if (!string.Equals(target.Assembly, user.Assembly.Name, StringComparison.OrdinalIgnoreCase))
                {
                    if (!found._users.TryGetValue(target, out var list))
                    {
                        found._users[target] = list = new List<InspectedType>();
                    }

                    list.Add(user);
                }
            }
        }

        return found;
    }

    /// <summary>The types outside its assembly that use a type, ordered by name.</summary>
    public IReadOnlyList<InspectedType> Of(TypeName type) => _users.TryGetValue(type, out var list) ? list : [];
}
