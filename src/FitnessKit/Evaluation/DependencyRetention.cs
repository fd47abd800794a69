using FitnessKit.ContextMapping;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.Evaluation;

/// <summary>
/// Which dependencies of a type the rules of a check read, so that the others can be let go as each assembly is
/// decoded. A check over a large code base otherwise holds every dependency of every type at once (about 48 bytes
/// each: a million for 19 MB of IL, fourteen million for 250 MB), while its rules read about one in eight: those that
/// leave the type's assembly for an assembly the check judges, or its context for another; the public surface (what
/// contracts expose); property types (the nouns a context defines); uses of data-access libraries; and everything a
/// class named like a repository uses (the persistence catalog decides from it whether the class is persistence
/// code). Calls, locals and signatures inside an assembly and context, and uses of the runtime's and packages' types
/// from method bodies, are what is let go. <c>ShortcutAnswerTests</c> checks that the rules' answers are the same as
/// with every dependency kept.
/// </summary>
internal static class DependencyRetention
{
    /// <summary>For each type, which of its dependencies the rules read.</summary>
    public static Func<InspectedType, Func<TypeDependency, bool>> For(ContextModel model)
    {
        var judged = model.CodeBase.Assemblies
            .Where(a => a.IsFirstParty)
            .Select(a => a.Name)
            .Concat(model.Contexts.SelectMany(c => c.Assemblies).Select(a => a.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var detection = model.Map.Persistence;
        return type =>
        {
            if (detection.RepositorySuffixOf(type) is not null)
            {
                return static _ => true;
            }

            var home = model.ContextOf(type);
            var assembly = type.Assembly.Name;
            return dependency =>
                dependency.IsPublicSurface
                || dependency.Kind == DependencyKind.PropertyType
                || (!string.Equals(dependency.Target.Assembly, assembly, StringComparison.OrdinalIgnoreCase) && judged.Contains(dependency.Target.Assembly))
                || model.ContextOf(dependency.Target) is { } target && target != home
                || RepositoryEvidence.IsDataAccess(dependency.Target);
        };
    }
}
