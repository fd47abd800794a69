using FitnessKit.Configuration;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>schema/fitness.schema.json, which editors use to complete fitness.json, says what the parser accepts: no more, no less.</summary>
public sealed class ConfigSchemaTests
{
    private static readonly System.Text.Json.JsonElement Schema =
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "schema", "fitness.schema.json"))).RootElement;

    [Theory]
    [InlineData("Shop")]
    [InlineData("Shop.Broken")]
    public void Should_accept_the_sample_configurations(string sample)
    {
        var json = File.ReadAllText(SampleReports.Config(sample));

        JsonSchemas.ConfigProblems(json).Should().BeEmpty();
        json.Should().Contain("\"$schema\": \"../../schema/fitness.schema.json\"");
    }

    [Fact]
    public void Should_reject_what_the_parser_rejects()
    {
        JsonSchemas.ConfigProblems("{ \"assemblies\": [\"bin/*.dll\"], \"contexts\": [ { \"name\": \"Orders\", \"contract\": [] } ] }").Should().NotBeEmpty();
        JsonSchemas.ConfigProblems("{ \"assemblies\": [\"bin/*.dll\"], \"contexts\": [], \"rules\": { \"FK009\": \"error\" } }").Should().NotBeEmpty();
        JsonSchemas.ConfigProblems("{ \"contexts\": [ { \"name\": \"Orders\" } ] }").Should().NotBeEmpty();
    }

    [Fact]
    public void Should_list_exactly_the_settings_the_parser_knows()
    {
        Keys(Schema).Should().BeEquivalentTo(FitnessConfig.TopLevelKeys);
        Keys(Schema.GetProperty("definitions").GetProperty("context")).Should().BeEquivalentTo(FitnessConfig.ContextKeys);
        Keys(Schema.GetProperty("properties").GetProperty("sharedKernel")).Should().BeEquivalentTo(FitnessConfig.KernelKeys);
        Keys(Schema.GetProperty("properties").GetProperty("persistence")).Should().BeEquivalentTo(FitnessConfig.PersistenceKeys);
    }

    [Fact]
    public void Should_name_every_rule_of_the_catalog_by_id_and_name()
    {
        var names = Schema.GetProperty("properties").GetProperty("rules").GetProperty("propertyNames").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        names.Should().BeEquivalentTo(RuleCatalog.Descriptors.SelectMany(d => new[] { d.Id, d.Name }));
    }

    private static IEnumerable<string> Keys(System.Text.Json.JsonElement node) => node.GetProperty("properties").EnumerateObject().Select(p => p.Name);
}
