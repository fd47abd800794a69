using FitnessKit.Model;

namespace FitnessKit.Rules;

/// <summary>
/// A type's dependencies grouped by the member they are in and the type they lead to, as
/// <c>GroupBy(d =&gt; (d.Member, d.Target))</c> groups them (groups in the order their first dependency comes, each
/// group's dependencies in theirs), without grouping by a tuple: that is generic code over a value type, which no
/// precompiled image holds and the runtime compiles at every start. A type has few such groups, so each dependency
/// is compared with the groups found so far.
/// </summary>
internal static class MemberTargetGroups
{
    /// <summary>The groups of the dependencies that <paramref name="include"/> keeps.</summary>
    public static List<MemberTargetGroup> Of(IReadOnlyList<TypeDependency> dependencies, Func<TypeDependency, bool> include)
    {
        var groups = new List<MemberTargetGroup>();
        for (var i = 0; i < dependencies.Count; i++)
        {
            var dependency = dependencies[i];
            if (!include(dependency))
            {
                continue;
            }

            MemberTargetGroup? group = null;
            foreach (var known in groups)
            {
                if (string.Equals(known.Member, dependency.Member, StringComparison.Ordinal) && known.Target.Equals(dependency.Target))
                {
                    group = known;
                    break;
                }
            }

            if (group is null)
            {
                groups.Add(group = new MemberTargetGroup(dependency.Member, dependency.Target));
            }

            group.Dependencies.Add(dependency);
        }

        return groups;
    }
}
