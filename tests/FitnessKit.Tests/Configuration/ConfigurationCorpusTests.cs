using System.Text;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>
/// A corpus of fitness.json mistakes, each a named case with a snapshot of what the library and the CLI say: every
/// problem names the file (and, in the JSON, the line and column) and what to do, the CLI exits with 2, and nothing
/// passes silently. The config sits in a temp folder beside <c>bin/FitnessKit.Subjects.Targets.dll</c>, a real subject.
/// </summary>
public sealed class ConfigurationCorpusTests : IDisposable
{
    private const string Targets = """{ "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"] }""";

    private static readonly Dictionary<string, string> Corpus = new()
    {
        ["malformed-json"] = """
            {
              "assemblies": ["bin/*.dll"]
              "contexts": []
            }
            """,
        ["unterminated-json"] = """{ "assemblies": ["bin/*.dll"], """,
        ["text-after-the-object"] = $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}] } { "contexts": [] }""",
        ["json-nested-too-deep"] = $$"""{ "assemblies": {{new string('[', 100)}}{{new string(']', 100)}}, "contexts": [{{Targets}}] }""",
        ["empty-file"] = string.Empty,
        ["only-a-comment"] = "// the contexts will come later\n",
        ["not-an-object"] = """["bin/*.dll"]""",
        ["byte-order-mark"] = "\uFEFF" + $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}] }""",
        ["nothing-configured"] = "{}",
        ["unknown-settings-with-suggestions"] = """
            {
              "assemblys": ["bin/*.dll"],
              "contexts": [ { "name": "Targets", "assembly": ["FitnessKit.Subjects.Targets"], "contract": [] } ],
              "sharedKernel": { "namespace": [] },
              "persistence": { "dbContextBaseType": [] }
            }
            """,
        ["unknown-rules-with-suggestions"] = $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}], "rules": { "FK01": "off", "ContractOnly": "warning", "FK999": "error" } }""",
        ["values-of-the-wrong-type"] = """
            {
              "assemblies": "bin/*.dll",
              "contexts": [
                { "assemblies": ["Shop.Orders"] },
                { "name": "Billing", "assemblies": [42], "contracts": "Shop Billing" },
                "Shipping"
              ],
              "sharedKernel": ["Shop.Kernel"],
              "persistence": { "detectRepositories": "yes" },
              "rules": { "FK002": "loud" }
            }
            """,
        ["context-without-assemblies"] = $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}, { "name": "Orders" }] }""",
        ["context-pattern-that-matches-nothing"] = $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}, { "name": "Orders", "assemblies": ["Shop.Orders"] }] }""",
        ["assembly-claimed-by-two-contexts"] = $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}, { "name": "Copy", "assemblies": ["FitnessKit.Subjects.*"] }] }""",
        ["contract-outside-its-context"] = """{ "assemblies": ["bin/*.dll", "kinds/*.dll"], "contexts": [ { "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"], "contracts": ["FitnessKit.Subjects.DependencyKinds"] } ] }""",
        ["may-use-an-unknown-context"] = """{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"], "mayUse": ["Orderz"] } ] }""",
        ["two-contexts-with-one-name"] = $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}, {{Targets}}] }""",
        ["no-context"] = """{ "assemblies": ["bin/*.dll"], "contexts": [] }""",
        ["plain-strings-instead-of-arrays"] = """{ "assemblies": "bin/*.dll", "contexts": [ { "name": "Targets", "assemblies": "FitnessKit.Subjects.Targets", "mayUse": "Targets" } ] }""",
        ["namespace-claimed-by-two-contexts"] = """{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "All", "namespaces": ["FitnessKit.Subjects.**"] }, { "name": "Targets", "namespaces": ["FitnessKit.Subjects.Targets"] } ] }""",
        ["namespace-and-assembly-of-two-contexts"] = $$"""{ "assemblies": ["bin/*.dll"], "contexts": [{{Targets}}, { "name": "Copy", "namespaces": ["FitnessKit.Subjects.Targets"] }] }""",
        ["assembly-of-a-context-and-the-shared-kernel"] = $$"""{ "assemblies": ["bin/*.dll"], "sharedKernel": { "assemblies": ["FitnessKit.Subjects.*"] }, "contexts": [{{Targets}}] }""",
        ["shared-kernel-patterns-that-match-nothing"] = $$"""{ "assemblies": ["bin/*.dll"], "sharedKernel": { "assemblies": ["Shop.Kernel"], "namespaces": ["Shop.Kernel.**"] }, "contexts": [{{Targets}}] }""",
        ["contract-namespace-that-matches-nothing"] = """{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"], "contractNamespaces": ["FitnessKit.Subjects.Target"] } ] }""",
        ["contract-namespace-outside-its-context"] = """{ "assemblies": ["bin/*.dll", "kinds/*.dll"], "contexts": [ { "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"], "contractNamespaces": ["FitnessKit.Subjects.DependencyKinds.**"] } ] }""",
        ["assembly-file-that-does-not-exist"] = $$"""{ "assemblies": ["bin/Shop.Orders.dll"], "contexts": [{{Targets}}] }""",
        ["folder-that-does-not-exist"] = $$"""{ "assemblies": ["build/*.dll"], "contexts": [{{Targets}}] }""",
        ["pattern-that-is-a-folder"] = $$"""{ "assemblies": ["bin/..", "."], "contexts": [{{Targets}}] }""",
        ["pattern-that-is-empty"] = $$"""{ "assemblies": ["", "bin/*.dll"], "contexts": [{{Targets}}] }""",
        ["pattern-with-a-space"] = """{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"], "contracts": ["FitnessKit Subjects"] } ] }""",
        ["pattern-with-a-null-character"] = $$"""{ "assemblies": ["bin/\u0000*.dll"], "contexts": [{{Targets}}] }""",
        ["invalid-utf8"] = "{ \"assemblies\": [\"bin/\xFF*.dll\"], \"contexts\": [] }",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-config-corpus-").FullName;

    public ConfigurationCorpusTests()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        File.Copy(Repository.Subject("FitnessKit.Subjects.Targets"), Path.Combine(bin, "FitnessKit.Subjects.Targets.dll"));
        var kinds = Directory.CreateDirectory(Path.Combine(_folder, "kinds")).FullName;
        File.Copy(Repository.Subject("FitnessKit.Subjects.DependencyKinds"), Path.Combine(kinds, "FitnessKit.Subjects.DependencyKinds.dll"));
    }

    public static TheoryData<string> Cases => new(Corpus.Keys);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Says_what_is_wrong_and_where(string name)
    {
        var config = Path.Combine(_folder, "fitness.json");
        var text = Corpus[name];
        File.WriteAllBytes(config, name == "invalid-utf8" ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text));

        var outcome = InputOutcome.Of(config);

        outcome.Should().NotContain("   at ", "no stack trace is ever printed");
        Approvals.Verify(outcome, "corpus-" + name);
    }

    /// <summary>Every mistake in the context map or the assembly patterns, whether found when it is read, when the patterns are expanded or when the map is matched against code, points at the entry it is about.</summary>
    [Theory]
    [InlineData("context-without-assemblies")]
    [InlineData("context-pattern-that-matches-nothing")]
    [InlineData("assembly-claimed-by-two-contexts")]
    [InlineData("contract-outside-its-context")]
    [InlineData("may-use-an-unknown-context")]
    [InlineData("two-contexts-with-one-name")]
    [InlineData("no-context")]
    [InlineData("plain-strings-instead-of-arrays")]
    [InlineData("namespace-claimed-by-two-contexts")]
    [InlineData("namespace-and-assembly-of-two-contexts")]
    [InlineData("assembly-of-a-context-and-the-shared-kernel")]
    [InlineData("shared-kernel-patterns-that-match-nothing")]
    [InlineData("contract-namespace-that-matches-nothing")]
    [InlineData("contract-namespace-outside-its-context")]
    [InlineData("values-of-the-wrong-type")]
    [InlineData("assembly-file-that-does-not-exist")]
    [InlineData("folder-that-does-not-exist")]
    [InlineData("pattern-that-is-a-folder")]
    [InlineData("pattern-with-a-null-character")]
    public void Names_the_line_and_column_of_every_mistake_in_the_context_map(string name)
    {
        var config = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(config, Corpus[name]);

        var problems = FluentActions.Invoking(() => FitnessConfig.Load(config).Map.Resolve(CodeBase.Load(FitnessConfig.Load(config).Assemblies)))
            .Should().Throw<FitnessKitException>().Which.Problems;

        problems.Should().NotBeEmpty().And.OnlyContain(p => System.Text.RegularExpressions.Regex.IsMatch(p, "^" + System.Text.RegularExpressions.Regex.Escape(config) + @"\(\d+,\d+\): "));
    }

    [Fact]
    public void Reads_assemblies_outside_its_folder_through_a_relative_path_and_names_the_folder_it_resolved()
    {
        var tests = Directory.CreateDirectory(Path.Combine(_folder, "tests")).FullName;
        var config = Path.Combine(tests, "fitness.json");
        File.WriteAllText(config, $$"""{ "assemblies": ["../bin/*.dll", "../build/*.dll"], "contexts": [{{Targets}}] }""");

        var outcome = InputOutcome.Of(config, _folder);

        Approvals.Verify(outcome, "corpus-pattern-outside-the-config-folder");
    }

    [Fact]
    public void Does_not_follow_a_folder_link_that_loops_back_under_a_double_star()
    {
        Directory.CreateSymbolicLink(Path.Combine(_folder, "bin", "loop"), _folder);
        var config = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(config, $$"""{ "assemblies": ["**/*.dll"], "contexts": [{{Targets}}] }""");

        var codeBase = InputOutcome.Bounded(() => CodeBase.Load(FitnessConfig.Load(config).Assemblies));

        codeBase.Assemblies.Select(a => a.Path).Should().Equal(Path.Combine(_folder, "kinds", "FitnessKit.Subjects.DependencyKinds.dll"), Path.Combine(_folder, "bin", "FitnessKit.Subjects.Targets.dll"));
        codeBase.SkippedFiles.Should().BeEmpty();
    }
}
