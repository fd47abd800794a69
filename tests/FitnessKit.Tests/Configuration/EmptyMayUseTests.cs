using System.Text.Json;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>
/// <c>"mayUse": []</c> is a context that may use no other context, not one that may use them all: it was read as if the
/// property were absent, so the kit's own map let its kernel use a layer above it unseen.
/// </summary>
public sealed class EmptyMayUseTests
{
    private const string Prefix = "FitnessKit.Subjects.Rules";

    [Fact]
    public void An_empty_mayUse_refuses_even_the_contracts_of_other_contexts()
    {
        var violations = Check("[]").Where(v => v.SourceContext == "Billing" && v.TargetContext == "Shipping").ToList();

        violations.Should().NotBeEmpty("Billing uses Shipping's contracts");
        violations.Should().OnlyContain(v => v.Rule.Id == "FK001" && v.Message.Contains("Billing may use no other context (its mayUse is empty), not Shipping", StringComparison.Ordinal));
    }

    [Fact]
    public void Naming_the_context_in_mayUse_allows_its_contracts() =>
        Check("""["Shipping"]""").Should().NotContain(v => v.SourceContext == "Billing" && v.TargetContext == "Shipping");

    private static IReadOnlyList<FitnessKit.Rules.Violation> Check(string billingMayUse)
    {
        var subjects = Path.Combine(Repository.Root, "artifacts", "subjects");
        var json = $$"""
            {
              "assemblies": [{{JsonSerializer.Serialize(Path.Combine(subjects, $"{Prefix}.*", $"{Prefix}.*.dll"))}}],
              "contexts": [
                { "name": "Ordering", "assemblies": ["{{Prefix}}.Ordering.**"], "contracts": ["{{Prefix}}.Ordering.Contracts"] },
                { "name": "Shipping", "assemblies": ["{{Prefix}}.Shipping.**"], "contracts": ["{{Prefix}}.Shipping.Contracts"] },
                { "name": "Billing", "assemblies": ["{{Prefix}}.Billing.**"], "contracts": ["{{Prefix}}.Billing.Contracts"], "mayUse": {{billingMayUse}} }
              ]
            }
            """;
        var config = FitnessConfig.Parse(json, Path.Combine(subjects, "fitness.json"));
        return FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map, config.Rules, config.Severities).Violations;
    }
}
