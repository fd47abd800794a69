using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Benchmarks;

/// <summary>Says why FitnessKit's answer and a peer's differ for one type, from FitnessKit's own dependency data.</summary>
internal sealed class Explanations
{
    private readonly CodeBase _codeBase;
    private readonly Question _question;

    private readonly HashSet<string>? _floor;

    public Explanations(string corpus, HashSet<string>? floor)
    {
        _floor = floor;
        _codeBase = CodeBase.Load(AssemblySource.Files([.. Corpora.Files(corpus)]));
        _question = Corpora.QuestionFor(corpus);
    }

    /// <summary>Why FitnessKit reports a type the peer does not: the kinds of dependency it found.</summary>
    public string WhyFitnessKit(string typeName)
    {
        if (FirstOf(_codeBase.FindTypes(typeName)) is not { } type)
        {
            return "(type not found)";
        }

        var kinds = type.Dependencies.Where(d => _question.IsForbidden(d.Target.Namespace)).Select(d => d.Kind).Distinct().Order().ToList();
        var signatureOnly = kinds.All(k => k is Model.DependencyKind.MemberSignature or Model.DependencyKind.GenericArgument);
        var attributeOnly = kinds.All(k => k is Model.DependencyKind.Attribute or Model.DependencyKind.AttributeArgument);
        return signatureOnly
            ? "FitnessKit is right: the type reaches the target only through the signature of a member it calls, which the peer does not read"
            : attributeOnly
                ? "FitnessKit is right: the type reaches the target only through attributes on its members"
                : $"FitnessKit is right: found as {string.Join(", ", kinds)}";
    }

    /// <summary>Why a peer reports a type FitnessKit does not.</summary>
    public string WhyPeer(string typeName)
    {
        if (typeName.Contains('<', StringComparison.Ordinal))
        {
            return "the peer reports a compiler-generated type with no user-written owner (generated route handlers, anonymous types); FitnessKit folds such code into types the user wrote, or leaves it out when there is none";
        }

        if (FirstOf(_codeBase.FindTypes(typeName)) is null)
        {
            return "FitnessKit has no type of that name";
        }

        return _floor is not null && !_floor.Contains(typeName)
            ? "the peer is wrong: neither FitnessKit nor the raw metadata scan finds any signature, attribute or IL operand of this type or its nested types that names the target"
            : "FitnessKit misses a dependency the raw metadata scan finds: investigate";
    }

    private static Model.InspectedType? FirstOf(IReadOnlyList<Model.InspectedType> types) => types.Count == 0 ? null : types[0];
}
