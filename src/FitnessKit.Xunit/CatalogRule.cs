using FitnessKit.Rules;
using Xunit.Abstractions;

namespace FitnessKit.Xunit;

/// <summary>
/// A rule of the <see cref="RuleCatalog"/> as an argument of a theory. xUnit can serialize it (by rule id), so each
/// rule is a test case of its own, shown by its name (<c>ContractsOnly</c>, <c>PersistenceInternal</c>) in the test explorer.
/// </summary>
public sealed class CatalogRule : IXunitSerializable
{
    private IFitnessRule? _rule;

    /// <summary>Initializes a new instance for xUnit's deserialization; use <see cref="CatalogRule(IFitnessRule)"/> in code.</summary>
    [Obsolete("Used by xUnit to deserialize a test case; use CatalogRule(IFitnessRule).")]
    public CatalogRule()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="rule">A rule of the catalog.</param>
    public CatalogRule(IFitnessRule rule) => _rule = rule ?? throw new ArgumentNullException(nameof(rule));

    /// <summary>Gets the rule.</summary>
    public IFitnessRule Rule => _rule ?? throw new InvalidOperationException("The rule was not deserialized.");

    /// <summary>Gets what the rule is.</summary>
    public RuleDescriptor Descriptor => Rule.Descriptor;

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _rule = RuleCatalog.Get(info.GetValue<string>("id"));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("id", Rule.Descriptor.Id);
    }

    /// <summary>Gets the rule's name, which is how the test explorer shows the test case.</summary>
    /// <returns>The name, such as <c>ContractsOnly</c>.</returns>
    public override string ToString() => Rule.Descriptor.Name;
}
