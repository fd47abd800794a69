using System.Reflection;
using FitnessKit.Rules;
using Xunit.Sdk;

namespace FitnessKit.Xunit;

/// <summary>
/// Supplies every rule of the <see cref="RuleCatalog"/> to a theory as a <see cref="CatalogRule"/>, one test case per
/// rule, so that the test explorer lists <c>ContractsOnly</c>, <c>NoSharedEntityPackages</c> and <c>PersistenceInternal</c> separately.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CatalogRulesAttribute : DataAttribute
{
    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        RuleCatalog.All.Select(rule => new object[] { new CatalogRule(rule) });
}
