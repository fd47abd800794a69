namespace FitnessKit.Rules;

/// <summary>
/// A rule that reads which context depends on which (<see cref="RuleContext"/>'s dependencies between contexts), the
/// longest thing to build that rules share: it needs the tables and the calls between contexts read from the IL. Rules
/// run side by side, and these start first, so that the others run while it is built.
/// </summary>
internal interface IReadsContextDependencies;
