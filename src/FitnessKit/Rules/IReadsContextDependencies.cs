namespace FitnessKit.Rules;

/// <summary>
/// A rule that reads which context depends on which (<see cref="RuleContext"/>'s dependencies between contexts), or
/// how they use each other (its coupling, which the dependencies are built from, first), the longest thing to build
/// that rules share: it needs the tables and the calls between contexts read from the IL. Rules run side by side: the
/// first of these starts first, so that the other rules run while it builds them, and the rest of these start last, as
/// they would only wait for it (a rule that reads only the coupling, once it is built).
/// </summary>
internal interface IReadsContextDependencies;
