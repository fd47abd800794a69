using FitnessKit.ContextMapping;
using FitnessKit.Rules;

namespace FitnessKit.ArchUnitNET;

/// <summary>FitnessKit's rules as ArchUnitNET rules: <c>FitnessRules.ContractsOnly(map).Check(architecture)</c>.</summary>
public static class FitnessRules
{
    /// <summary>Gets FK001: a context uses another context only through that context's contracts.</summary>
    /// <param name="map">The context map.</param>
    /// <returns>The rule.</returns>
    public static FitnessArchRule ContractsOnly(ContextMap map) => Of(map, RuleCatalog.ContractsOnly);

    /// <summary>Gets FK002: no assembly shared by two or more contexts carries persistence types.</summary>
    /// <param name="map">The context map.</param>
    /// <returns>The rule.</returns>
    public static FitnessArchRule NoSharedEntityPackages(ContextMap map) => Of(map, RuleCatalog.NoSharedEntityPackages);

    /// <summary>Gets FK003: persistence types are internal to their context and absent from its contracts.</summary>
    /// <param name="map">The context map.</param>
    /// <returns>The rule.</returns>
    public static FitnessArchRule PersistenceInternal(ContextMap map) => Of(map, RuleCatalog.PersistenceInternal);

    /// <summary>Gets every rule of the catalog as one ArchUnitNET rule, evaluated in one pass.</summary>
    /// <param name="map">The context map.</param>
    /// <returns>The rule.</returns>
    public static FitnessArchRule All(ContextMap map) => Of(map, [.. RuleCatalog.Descriptors]);

    /// <summary>Gets rules of the catalog as one ArchUnitNET rule.</summary>
    /// <param name="map">The context map.</param>
    /// <param name="rules">The rules, such as <see cref="RuleCatalog.ContractsOnly"/>.</param>
    /// <returns>The rule.</returns>
    public static FitnessArchRule Of(ContextMap map, params RuleDescriptor[] rules)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(rules);
        return new FitnessArchRule([.. rules.Select(r => RuleCatalog.Get(r.Id))], map, new ArchitectureFiles([]));
    }
}
