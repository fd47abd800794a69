using FitnessKit.Dependencies;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tables;

namespace FitnessKit.Rules.ContextCycles;

/// <summary>
/// One step of a cycle as a message tells it: the example dependency of a context on the next (a type's member using a
/// type, or failing that a member's SQL on a table), where it is, and how many more there are.
/// </summary>
/// <param name="Dependency">The dependency of one context on the next.</param>
/// <param name="SourceType">The type that holds the example.</param>
/// <param name="SourceMember">The member that holds it.</param>
/// <param name="Who">The type and member as messages name them (a file-local type with its file).</param>
/// <param name="Target">The type used, for a code dependency.</param>
/// <param name="TargetName">The type used, as messages name it; <see langword="null"/> for a data dependency.</param>
/// <param name="Access">The table read or written, for a data-only dependency.</param>
/// <param name="Kinds">The kinds of the example's code dependency.</param>
/// <param name="Location">Where the example is, from the PDB.</param>
internal sealed record CycleStep(ContextDependency Dependency, TypeName SourceType, string? SourceMember, string Who, TypeName? Target, string? TargetName, SqlAccess? Access, IReadOnlyList<DependencyKind> Kinds, SourceLocation? Location)
{
    public static CycleStep Of(CodeBase codeBase, ContextDependency dependency)
    {
        if (dependency.CodeExample.Count > 0)
        {
            var example = dependency.CodeExample;
            var located = Located(example);
            var location = codeBase.Locate(located);
            var (source, member, target) = (example[0].Source, example[0].Member, example[0].Target);
            return new(dependency, source, member, Phrases.Member(codeBase, source, member, location), target, codeBase.NameOf(target), null, DependencyKindSet.Of(example), location);
        }

        var access = dependency.DataExample!;
        var statement = access.Statement;
        return new(dependency, statement.SourceType, DataPhrases.MemberOf(statement), Phrases.Member(codeBase, statement.SourceType, statement.SourceMember, statement.Location), null, null, access, [], statement.Location);
    }

    /// <summary>
    /// The example's dependency to place the step at: the first of those with an instruction (a line in a PDB) at the
    /// lowest offset, else the first at the lowest. A loop: LINQ's ordering of a struct is generic code compiled at
    /// every start.
    /// </summary>
    internal static TypeDependency Located(IReadOnlyList<TypeDependency> example)
    {
        var located = example[0];
        for (var i = 1; i < example.Count; i++)
        {
            var (candidate, best) = (example[i].Anchor.ILOffset, located.Anchor.ILOffset);
            if ((candidate >= 0 && best < 0) || ((candidate >= 0) == (best >= 0) && candidate < best))
            {
                located = example[i];
            }
        }

        return located;
    }
}
