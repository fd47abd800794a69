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

    public static TheoryData<string> Documents => new(AgreementTable.Keys);

    public static TheoryData<string> Examples => new(Enumerable.Range(0, Schema.GetProperty("examples").GetArrayLength()).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_accept_its_own_examples_and_so_should_the_parser(string index)
    {
        var json = Schema.GetProperty("examples")[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture)].GetRawText();

        JsonSchemas.ConfigProblems(json).Should().BeEmpty();
        ParserProblems(json).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Should_accept_and_reject_what_the_parser_accepts_and_rejects(string name)
    {
        var (json, valid) = AgreementTable[name];

        var schema = JsonSchemas.ConfigProblems(json);
        var parser = ParserProblems(json);

        (schema.Count == 0).Should().Be(valid, "the schema should {0} {1}: {2}", valid ? "accept" : "reject", json, string.Join("; ", schema));
        (parser.Count == 0).Should().Be(valid, "the parser should {0} {1}: {2}", valid ? "accept" : "reject", json, string.Join("; ", parser));
    }

    [Theory]
    [InlineData("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["A"] }, { "name": "Orders", "assemblies": ["B"] } ] }""")]
    [InlineData("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["A"], "mayUse": ["Billing"] } ] }""")]
    public void Should_leave_to_the_parser_what_a_schema_cannot_say_one_value_compared_with_another(string json)
    {
        JsonSchemas.ConfigProblems(json).Should().BeEmpty("a JSON schema checks each value, not whether one context's name is another's");
        ParserProblems(json).Should().NotBeEmpty();
    }

    [Fact]
    public void Should_say_a_plain_string_must_be_an_array_and_show_the_array()
    {
        ParserProblems(Config(context: "\"contracts\": \"Shop.Orders\"")).Should().ContainSingle()
            .Which.Should().EndWith("fitness.json(1,110): \"contracts\" of context 'Orders' must be an array of strings, such as [\"Shop.Orders\"], not a string.");
    }

    private static readonly Dictionary<string, (string Json, bool Valid)> AgreementTable = new()
    {
        ["smallest"] = (Config(), true),
        ["$schema is a string"] = (Config(top: "\"$schema\": \"fitness.schema.json\""), true),
        ["$schema is a number"] = (Config(top: "\"$schema\": 1"), false),
        ["root is an array"] = ("[]", false),
        ["root is a string"] = ("\"fitness\"", false),
        ["unknown key"] = (Config(top: "\"assembly\": []"), false),
        ["assemblies missing"] = ("""{ "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["assemblies is a string"] = ("""{ "assemblies": "bin/*.dll", "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["assemblies is empty"] = ("""{ "assemblies": [], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["assemblies holds an empty string"] = ("""{ "assemblies": [""], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["assemblies holds a number"] = ("""{ "assemblies": [1], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["assemblies is null"] = ("""{ "assemblies": null, "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["assemblies with a space in a folder name"] = ("""{ "assemblies": ["My App/bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""", true),
        ["contexts missing"] = ("""{ "assemblies": ["bin/*.dll"] }""", false),
        ["contexts is an object"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": {} }""", false),
        ["contexts is empty"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [] }""", false),
        ["a context is a string"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": ["Orders"] }""", false),
        ["context name missing"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "assemblies": ["Shop.Orders"] } ] }""", false),
        ["context name empty"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["context name blank"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": " ", "assemblies": ["Shop.Orders"] } ] }""", false),
        ["context name is a number"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": 1, "assemblies": ["Shop.Orders"] } ] }""", false),
        ["context unknown key"] = (Config(context: "\"contract\": []"), false),
        ["context owns nothing"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders" } ] }""", false),
        ["context owns an empty list"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": [] } ] }""", false),
        ["context owns namespaces only"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "namespaces": ["Shop.Orders.**"] } ] }""", true),
        ["context assemblies is a string"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": "Shop.Orders" } ] }""", false),
        ["context assembly pattern empty"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": [""] } ] }""", false),
        ["context assembly pattern with a space"] = ("""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["Shop Orders"] } ] }""", false),
        ["contracts is a string"] = (Config(context: "\"contracts\": \"Shop.Orders\""), false),
        ["contracts is empty"] = (Config(context: "\"contracts\": []"), true),
        ["contract namespaces"] = (Config(context: "\"contractNamespaces\": [\"Shop.Orders.Contracts.**\"]"), true),
        ["contract namespaces is a string"] = (Config(context: "\"contractNamespaces\": \"Shop.Orders.Contracts\""), false),
        ["description is a string"] = (Config(context: "\"description\": \"Takes orders.\""), true),
        ["description is a number"] = (Config(context: "\"description\": 1"), false),
        ["mayUse a context"] = (Config(context: "\"mayUse\": [\"Orders\"]"), true),
        ["mayUse two contracts of a context"] = (Config(context: "\"mayUse\": [\"Orders:Shop.Orders.Contracts, Shop.Orders.Api\"]"), true),
        ["mayUse a context with an empty list"] = (Config(context: "\"mayUse\": [\"Orders:\"]"), true),
        ["mayUse is a string"] = (Config(context: "\"mayUse\": \"Orders\""), false),
        ["mayUse an empty string"] = (Config(context: "\"mayUse\": [\"\"]"), false),
        ["mayUse a contract with a space"] = (Config(context: "\"mayUse\": [\"Orders:Shop Orders\"]"), false),
        ["mayUse a name with a space"] = (Config(context: "\"mayUse\": [\"Orders \"]"), false),
        ["tables"] = (Config(context: "\"tables\": [\"legacy.*\"]"), true),
        ["tables is a string"] = (Config(context: "\"tables\": \"legacy.*\""), false),
        ["database"] = (Config(context: "\"database\": \"SalesDb\""), true),
        ["database is empty"] = (Config(context: "\"database\": \"\""), false),
        ["database is blank"] = (Config(context: "\"database\": \" \""), false),
        ["database is a number"] = (Config(context: "\"database\": 1"), false),
        ["database is a list"] = (Config(context: "\"database\": [\"SalesDb\"]"), false),
        ["sharedKernel is empty"] = (Config(top: "\"sharedKernel\": {}"), true),
        ["sharedKernel is an array"] = (Config(top: "\"sharedKernel\": []"), false),
        ["sharedKernel namespaces"] = (Config(top: "\"sharedKernel\": { \"namespaces\": [\"Shop.Kernel.**\"] }"), true),
        ["sharedKernel assemblies is a string"] = (Config(top: "\"sharedKernel\": { \"assemblies\": \"Shop.Kernel\" }"), false),
        ["sharedKernel unknown key"] = (Config(top: "\"sharedKernel\": { \"namespace\": [] }"), false),
        ["persistence is empty"] = (Config(top: "\"persistence\": {}"), true),
        ["persistence is a string"] = (Config(top: "\"persistence\": \"ef\""), false),
        ["persistence unknown key"] = (Config(top: "\"persistence\": { \"dbContextBaseType\": [] }"), false),
        ["detectRepositories false"] = (Config(top: "\"persistence\": { \"detectRepositories\": false }"), true),
        ["detectRepositories is a string"] = (Config(top: "\"persistence\": { \"detectRepositories\": \"no\" }"), false),
        ["internalTo assembly"] = (Config(top: "\"persistence\": { \"internalTo\": \"assembly\" }"), true),
        ["internalTo in another case"] = (Config(top: "\"persistence\": { \"internalTo\": \"Context\" }"), true),
        ["internalTo unknown"] = (Config(top: "\"persistence\": { \"internalTo\": \"module\" }"), false),
        ["internalTo with a space"] = (Config(top: "\"persistence\": { \"internalTo\": \" context\" }"), false),
        ["internalTo both"] = (Config(top: "\"persistence\": { \"internalTo\": \"context,assembly\" }"), false),
        ["internalTo a number"] = (Config(top: "\"persistence\": { \"internalTo\": \"1\" }"), false),
        ["dbContextBaseTypes"] = (Config(top: "\"persistence\": { \"dbContextBaseTypes\": [\"My.Data.Db\"] }"), true),
        ["dbContextBaseTypes is a string"] = (Config(top: "\"persistence\": { \"dbContextBaseTypes\": \"My.Data.Db\" }"), false),
        ["dbContextBaseTypes holds an empty string"] = (Config(top: "\"persistence\": { \"dbContextBaseTypes\": [\"\"] }"), false),
        ["persistence namespaces"] = (Config(top: "\"persistence\": { \"namespaces\": [\"*.Persistence.**\"] }"), true),
        ["persistence namespaces with a space"] = (Config(top: "\"persistence\": { \"namespaces\": [\"My Persistence\"] }"), false),
        ["rules is empty"] = (Config(top: "\"rules\": {}"), true),
        ["rules is an array"] = (Config(top: "\"rules\": []"), false),
        ["rule by id"] = (Config(top: "\"rules\": { \"FK001\": \"off\" }"), true),
        ["rule by name"] = (Config(top: "\"rules\": { \"ContractsOnly\": \"note\" }"), true),
        ["rule and severity in another case"] = (Config(top: "\"rules\": { \"fk002\": \"Warning\" }"), true),
        ["rule unknown"] = (Config(top: "\"rules\": { \"FK099\": \"error\" }"), false),
        ["severity unknown"] = (Config(top: "\"rules\": { \"FK001\": \"loud\" }"), false),
        ["severity with a space"] = (Config(top: "\"rules\": { \"FK001\": \"off \" }"), false),
        ["severity is a number"] = (Config(top: "\"rules\": { \"FK001\": 1 }"), false),
    };

    private static string Config(string top = "", string context = "") =>
        $$"""{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"]{{(context.Length > 0 ? ", " + context : string.Empty)}} } ]{{(top.Length > 0 ? ", " + top : string.Empty)}} }""";

    private static IReadOnlyList<string> ParserProblems(string json)
    {
        try
        {
            FitnessConfig.Parse(json, Path.Combine(Path.GetTempPath(), "fitness.json"));
            return [];
        }
        catch (FitnessKitException exception)
        {
            return exception.Problems;
        }
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
        var rules = Schema.GetProperty("properties").GetProperty("rules");
        var names = Keys(rules);
        var anyCase = new System.Text.RegularExpressions.Regex(rules.GetProperty("patternProperties").EnumerateObject().Single().Name);
        var catalog = RuleCatalog.Descriptors.SelectMany(d => new[] { d.Id, d.Name }).ToList();

        names.Should().BeEquivalentTo(catalog);
        catalog.Should().OnlyContain(n => anyCase.IsMatch(n.ToLowerInvariant()) && anyCase.IsMatch(n.ToUpperInvariant()), "the parser reads rule names in any case");
        anyCase.IsMatch("FK099").Should().BeFalse();
    }

    private static IEnumerable<string> Keys(System.Text.Json.JsonElement node) => node.GetProperty("properties").EnumerateObject().Select(p => p.Name);
}
