using FitnessKit.Rules;
using NetArchTest.Rules;

namespace FitnessKit.NetArchTest;

/// <summary>
/// NetArchTest conditions backed by FitnessKit. NetArchTest results name failing types only; pass the result to
/// <see cref="FitnessTypes.Explain"/> for each violation's sentence, file:line and fix.
/// </summary>
public static class FitnessConditions
{
    /// <summary>Requires each type to break no rule of FitnessKit: no violation of the rule has the type as its source.</summary>
    /// <param name="should">NetArchTest's conditions.</param>
    /// <param name="types">FitnessKit's view of the assemblies, loaded with a context map.</param>
    /// <param name="rule">The rule, such as <see cref="RuleCatalog.ContractsOnly"/>.</param>
    /// <returns>The condition list.</returns>
    public static ConditionList FollowRule(this Conditions should, FitnessTypes types, RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(should);
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(rule);
        return should.MeetCustomRule(new TypeRule((type, _) => !types.Breaks(type, rule)));
    }

    /// <summary>Requires each type not to be persistence code, as FitnessKit recognises it in the type's own assembly file.</summary>
    /// <param name="should">NetArchTest's conditions.</param>
    /// <returns>The condition list.</returns>
    public static ConditionList NotBePersistenceTypes(this Conditions should)
    {
        ArgumentNullException.ThrowIfNull(should);
        return should.MeetCustomRule(new TypeRule((type, file) => !ModuleTypes.Of(file).IsPersistenceType(type)));
    }
}
