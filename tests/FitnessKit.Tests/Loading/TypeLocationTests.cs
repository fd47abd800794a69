using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>Where a finding about a type points: the line that declares it, though a PDB records only lines of code.</summary>
public static class TypeLocationTests
{
    private const string Scenarios = "tests/Subjects/FitnessKit.Subjects.Output.Catalog/Scenarios/";

    private static SourceLocation Locate(string fullName) =>
        OutputSubjects.CodeBase.Locate(OutputSubjects.CodeBase.FindTypes(fullName).Single())!;

    public sealed class Locate_a_type_with_its_source
    {
        [Fact]
        public void Points_at_the_class_keyword_below_its_doc_comment_and_attributes_not_at_its_first_property()
        {
            var location = Locate("FitnessKit.Subjects.Output.Catalog.Scenarios.ProductRecord");

            location.ToString(Repository.Root).Should().Be(Scenarios + "AttributedDeclaration.cs:8");
            File.ReadLines(location.File).ElementAt(7).Should().Be("public sealed class ProductRecord", "line 8 is the declaration");
        }

        [Fact]
        public void Points_at_the_class_line_not_at_the_opening_brace_of_its_first_method()
        {
            var location = Locate("FitnessKit.Subjects.Output.Catalog.Scenarios.ShelfPlanner");

            location.ToString(Repository.Root).Should().Be(Scenarios + "BraceFirstMethod.cs:5");
        }

        [Fact]
        public void Points_at_the_declaration_of_a_generic_class()
        {
            var location = Locate("FitnessKit.Subjects.Output.Catalog.Storage.Repository`2");

            location.ToString(Repository.Root).Should().Be("tests/Subjects/FitnessKit.Subjects.Output.Catalog/Storage/Repository.cs:4");
        }
    }

    public sealed class Locate_a_dependency_of_the_type_itself
    {
        [Fact]
        public void Points_a_base_type_at_the_declaration_line_not_at_the_first_member()
        {
            var type = OutputSubjects.CodeBase.FindTypes("FitnessKit.Subjects.Output.Catalog.Scenarios.ProductShelf").Single();
            var baseType = type.Dependencies.First(d => d.Kind == DependencyKind.BaseType && d.Target.Name == "Repository`2");

            var location = OutputSubjects.CodeBase.Locate(baseType);

            location!.ToString(Repository.Root).Should().Be(Scenarios + "DerivedFromRepository.cs:9");
        }
    }

    public sealed class Find_a_declaration_line
    {
        private readonly TypeDeclarationLines _lines = new();

        [Fact]
        public void Keeps_the_recorded_line_when_the_source_file_is_absent()
        {
            var recorded = new SourceLocation(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "Missing.cs"), 12);

            _lines.Find(recorded, new TypeName("A", "Shop", "Missing")).Should().Be(recorded);
        }

        [Fact]
        public void Keeps_the_recorded_line_when_the_file_declares_no_such_type()
        {
            var file = Path.Combine(Repository.Root, Scenarios, "BraceFirstMethod.cs");
            var recorded = new SourceLocation(file, 8);

            _lines.Find(recorded, new TypeName("A", "Shop", "NotDeclaredHere")).Should().Be(recorded);
        }

        [Theory]
        [InlineData("Money", 2, 3)]
        [InlineData("Refund", 6, 6)]
        [InlineData("Invoice", 6, 6)]
        [InlineData("Ledger", 12, 9)]
        [InlineData("Shipment", 11, 14)]
        [InlineData("Fake", 8, 8)]
        public void Finds_the_nearest_declaration_above_then_a_few_lines_below_outside_comments(string type, int recordedLine, int expectedLine)
        {
            using var folder = new TemporaryFolder();
            var file = Path.Combine(folder.Path, "Types.cs");
            File.WriteAllLines(file,
            [
                "namespace Shop;",                                                      // 1
                "[Serializable]",                                                       // 2
                "public readonly record struct Money(decimal Amount);",                 // 3
                "/* class Money",                                                       // 4
                " * struct Fake */",                                                    // 5
                "public record Invoice(Money Total); public sealed class Refund { }",  // 6
                "",                                                                     // 7
                "// class Fake { }",                                                    // 8
                "public class Ledger",                                                  // 9
                "{",                                                                    // 10
                "    public int Lines { get; }",                                        // 11
                "    public enum LedgerState { Open }",                                 // 12
                "}",                                                                    // 13
                "internal partial class Shipment { }",                                  // 14
            ]);

            _lines.Find(new SourceLocation(file, recordedLine), new TypeName("A", "Shop", type)).Line.Should().Be(expectedLine);
        }

        [Theory]
        [InlineData("Shop.Orders.Order+Line`1", "Line")]
        [InlineData("Repository`2", "Repository")]
        [InlineData("Order", "Order")]
        public void Looks_for_the_innermost_name_without_its_arity(string name, string declared) =>
            TypeDeclarationLines.SimpleName(name).Should().Be(declared);
    }
}
