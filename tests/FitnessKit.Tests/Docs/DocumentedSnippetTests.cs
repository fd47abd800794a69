using FitnessKit.Configuration;
using FitnessKit.Tests.EndToEnd;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Docs;

/// <summary>
/// Every code block a user may copy from the documentation is code this test run compiles and executes: a C# block is a
/// named region of a compiled file (under tests/ or samples/), whose tests run it on a violating subject and on a
/// compliant one; the quick start is compiled in a new project by <see cref="QuickStartTests"/>. An edit of a block
/// without the code, or of the code without the block, fails here.
/// </summary>
public sealed class DocumentedSnippetTests
{
    /// <summary>The marker above a block that shows the README's quick start, compiled and run by <see cref="QuickStartTests"/>.</summary>
    public const string QuickStartMarker = "quick-start";

    /// <summary>The marker above a JSON block that is not a whole fitness.json (a fragment of one, or a report).</summary>
    public const string NotAConfigurationMarker = "not a whole fitness.json";

    public static TheoryData<string> CSharpBlocks => Ids("csharp");

    public static TheoryData<string> JsonBlocks => Ids("json", "jsonc");

    public sealed class A_csharp_block
    {
        [Theory]
        [MemberData(nameof(CSharpBlocks), MemberType = typeof(DocumentedSnippetTests))]
        public void Is_a_region_of_compiled_code_or_the_quick_start(string block)
        {
            var documented = Find(block);

            if (documented.Marker?.StartsWith(QuickStartMarker, StringComparison.Ordinal) == true)
            {
                documented.Code.Should().Be(Find(Documentation.Blocks.Single(b => b.Page == "README.md" && b.Marker?.StartsWith(QuickStartMarker, StringComparison.Ordinal) == true).ToString()).Code,
                    "a block marked as the quick start shows the README's quick start, which QuickStartTests compiles and runs");
            }
            else
            {
                Documentation.Regions.Select(r => r.Code).Should().Contain(c => c == documented.Code || c == Documentation.WithoutLeadingComments(documented.Code),
                    $"the C# block at {block} must be the text of a #region in compiled code under tests/ or samples/, whose test runs it (compared without common indentation, XML doc comments, or the comment lines the block starts with):\n{documented.Code}");
            }
        }
    }

    public sealed class A_json_block
    {
        [Theory]
        [MemberData(nameof(JsonBlocks), MemberType = typeof(DocumentedSnippetTests))]
        public void Is_a_fitness_json_that_parses_or_is_marked_as_not_one(string block)
        {
            var documented = Find(block);
            if (documented.Marker?.Contains(NotAConfigurationMarker, StringComparison.Ordinal) == true)
            {
                return;
            }

            var parse = () => FitnessConfig.Parse(documented.Code, documented.Page);

            parse.Should().NotThrow($"the JSON block at {block} is shown as a fitness.json; mark a fragment with <!-- {NotAConfigurationMarker} -->")
                .Which.Map.Contexts.Should().NotBeEmpty();
        }
    }

    public sealed class The_regions
    {
        [Fact]
        public void Have_unique_names_so_that_a_block_points_at_one_place() =>
            Documentation.Regions.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    private static FencedBlock Find(string id) => Documentation.Blocks.Single(b => b.ToString() == id);

    private static TheoryData<string> Ids(params string[] languages) =>
        [.. Documentation.Blocks.Where(b => languages.Contains(b.Language)).Select(b => b.ToString())];
}
