using FitnessKit.Coupling;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.SynchronousDataCoupling;

/// <summary>
/// FK012's message and fix, composed when read (<see cref="QueryPhrases"/>): on the framework map the rule finds
/// thousands of synchronous queries, whose sentences, composed as each was found, were 3 MB of a check that prints none
/// of them unless asked.
/// </summary>
internal sealed class QuerySentences(CodeBase codeBase, SynchronousQuery query, SourceLocation? location, IReadOnlyList<string> events) : ViolationSentences
{
    public override string Message() => QueryPhrases.Message(codeBase, query, location);

    public override string Fix() => QueryPhrases.Fix(codeBase, query, events);
}
