namespace FitnessKit.Subjects.Data.Returns.Scenarios;

/// <summary>
/// Predicates over configuration types as modules write them for <c>ApplyConfigurationsFromAssembly</c>, each read by
/// FitnessKit for a type at a time (ConfigurationPredicateTests): null checks, <c>?.</c>, <c>&amp;&amp;</c>, <c>||</c>,
/// <c>!</c>, and comparisons that ignore case; the last ones ask what FitnessKit does not read.
/// </summary>
public static class ConfigurationPredicates
{
    public static bool GuardedNamespace(Type type) => type.Namespace != null && type.Namespace.EndsWith(".Archive", StringComparison.Ordinal);

    public static bool ConditionalNamespace(Type type) => type.Namespace?.StartsWith("FitnessKit.Subjects.Data.Returns.Archive", StringComparison.Ordinal) == true;

    public static bool ConditionalOrFalse(Type type) => type.Namespace?.Contains("Archive", StringComparison.Ordinal) ?? false;

    public static bool NotInArchive(Type type) => !(type.Namespace ?? string.Empty).EndsWith(".Archive", StringComparison.Ordinal);

    public static bool EitherName(Type type) => type.Name == "RefundLineConfiguration" || type.Name == "ArchivedReturnConfiguration";

    public static bool IgnoringCase(Type type) => type.Name.StartsWith("refundline", StringComparison.OrdinalIgnoreCase);

    public static bool NamespaceAndName(Type type) => !string.IsNullOrEmpty(type.Namespace) && type.Namespace.Contains("Returns", StringComparison.Ordinal) && type.Name.EndsWith("Configuration", StringComparison.Ordinal);

    public static bool ByInterface(Type type) => type.GetInterfaces().Length > 0;

    public static bool ByAssemblyQualifiedName(Type type) => type.AssemblyQualifiedName?.Contains("Archive", StringComparison.Ordinal) == true;
}
