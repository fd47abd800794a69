namespace FitnessKit.Benchmarks;

/// <summary>Says why FitnessKit's answer and a peer's differ for one type, from FitnessKit's own dependency data.</summary>
internal sealed class Explanations
{
    private readonly CodeBase _codeBase;
    private readonly Question _question;

    public Explanations(string corpus)
    {
        _codeBase = CodeBase.Load(AssemblySource.Files([.. Corpora.Files(corpus)]));
        _question = Corpora.QuestionFor(corpus);
    }

    public string WhyFitnessKit(string typeName)
    {
        var type = FirstOf(_codeBase.FindTypes(typeName));
        if (type is null)
        {
            return "(type not found)";
        }

        var kinds = type.Dependencies.Where(d => _question.IsForbidden(d.Target.Namespace)).GroupBy(d => d.Kind).Select(g => $"{g.Key} ({string.Join(", ", g.Select(d => d.Target.Name).Distinct().Take(2))})").ToList();
        var signatureOnly = type.Dependencies.Where(d => _question.IsForbidden(d.Target.Namespace)).All(d => d.Kind is Model.DependencyKind.MemberSignature or Model.DependencyKind.GenericArgument or Model.DependencyKind.AttributeArgument);
        return (signatureOnly ? "right: reached only through the signature of a called member, a generic argument or an attribute argument, which the peer does not read; " : "right: ")
            + "found as " + string.Join("; ", kinds);
    }

    public string WhyPeer(string typeName) =>
        FirstOf(_codeBase.FindTypes(typeName)) is { } type
            ? $"FitnessKit sees no dependency of {type.FullName} on {_question.ForbiddenNamespace}: the peer matched a name prefix or a compiler-generated artefact"
            : typeName.Contains('<', StringComparison.Ordinal)
                ? "a compiler-generated type with no user-written owner (anonymous type, private implementation details): FitnessKit folds such code into the type the user wrote"
                : "FitnessKit has no such type";

    private static Model.InspectedType? FirstOf(IReadOnlyList<Model.InspectedType> types) => types.Count == 0 ? null : types[0];
}
