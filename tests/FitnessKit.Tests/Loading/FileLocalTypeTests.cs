using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// C# 11 file-local types (<c>file class Hidden</c>), compiled as top-level types named <c>&lt;File&gt;F…__Hidden</c>:
/// inspected like any type, named as the user wrote them and by their file. The scenario is FileLocalType.cs of the
/// DependencyKinds subject, with a second file-local Hidden in the same namespace in FileLocalTypeTwin.cs.
/// </summary>
public static class FileLocalTypeTests
{
    private const string Namespace = "FitnessKit.Subjects.DependencyKinds.FileLocalType";
    private const string Scenarios = "tests/Subjects/FitnessKit.Subjects.DependencyKinds/Scenarios/";

    private static InspectedType Hidden(string file) =>
        Subjects.DependencyKinds.FindTypes($"{Namespace}.Hidden@{file}").Should().ContainSingle($"{file}.cs declares a file-local Hidden").Subject;

    public sealed class Read_a_file_local_class
    {
        [Fact]
        public void Is_a_type_of_its_own_named_as_the_user_wrote_it_and_by_its_file()
        {
            // Given the compiled file-local class of FileLocalType.cs
            var type = Hidden("FileLocalType");

            // Then its compiled name is its identity, and it is reported by the name the user wrote
            type.Name.Name.Should().StartWith("<FileLocalType>F").And.EndWith("__Hidden");
            type.Name.IsCompilerGenerated.Should().BeFalse();
            type.Name.IsFileLocal.Should().BeTrue();
            type.Name.WrittenName.Should().Be("Hidden");
            type.Name.DisplayName.Should().Be($"{Namespace}.Hidden");
            type.Name.ReportedName.Should().Be($"{Namespace}.Hidden@FileLocalType");
        }

        [Fact]
        public void Keeps_two_file_local_classes_of_one_name_in_two_files_apart()
        {
            // Given two file-local classes named Hidden in one namespace, in two files
            var types = Subjects.DependencyKinds.Types.Where(t => t.Name.Namespace == Namespace && t.Name.WrittenName == "Hidden").ToList();

            // Then they are two types, each with its own dependencies: only the first uses the target
            types.Select(t => t.Name.ReportedName).Should().BeEquivalentTo($"{Namespace}.Hidden@FileLocalType", $"{Namespace}.Hidden@FileLocalTypeTwin");
            Hidden("FileLocalType").Dependencies.Should().Contain(d => d.Target.Name == "FileLocalTarget");
            Hidden("FileLocalTypeTwin").Dependencies.Should().NotContain(d => d.Target.Namespace == "FitnessKit.Subjects.Targets");
        }

        [Fact]
        public void Points_each_at_the_line_that_declares_it_in_its_own_file()
        {
            // When each file-local Hidden is located from the PDB
            var first = Subjects.DependencyKinds.Locate(Hidden("FileLocalType"))!;
            var second = Subjects.DependencyKinds.Locate(Hidden("FileLocalTypeTwin"))!;

            // Then each points at its own "file sealed class Hidden"
            first.ToString(Repository.Root).Should().Be(Scenarios + "FileLocalType.cs:9");
            second.ToString(Repository.Root).Should().Be(Scenarios + "FileLocalTypeTwin.cs:7");
            File.ReadLines(first.File).ElementAt(8).Should().Be("file sealed class Hidden");
        }

        [Fact]
        public void Attributes_the_dependency_in_its_lambda_to_it_and_the_member_that_holds_the_lambda()
        {
            var type = Hidden("FileLocalType");

            type.Dependencies.Should().Contain(d => d.Member == "Later" && d.Kind == DependencyKind.MethodCall && d.Target.Name == "FileLocalTarget");
            Subjects.DependencyKinds.Types.Should().NotContain(t => t.Name.Namespace == Namespace && t.Name.IsCompilerGenerated);
        }
    }

    public sealed class Read_a_compiled_name
    {
        [Theory]
        [InlineData("<Foo>F0A1B2C3D__Hidden", "Foo", "Hidden", "Shop.Hidden@Foo")]
        [InlineData("<Foo>F0A1B2C3D__Hidden`1", "Foo", "Hidden`1", "Shop.Hidden`1@Foo")]
        [InlineData("<Foo>F0A1B2C3D__Hidden+Inner", "Foo", "Hidden+Inner", "Shop.Hidden+Inner@Foo")]
        [InlineData("<My_File_g>FFF__Hidden", "My_File_g", "Hidden", "Shop.Hidden@My_File_g")]
        public void Reads_a_file_local_name_with_its_file_arity_and_nested_names(string name, string file, string written, string reported)
        {
            var type = new TypeName("Shop", "Shop", name);

            type.IsFileLocal.Should().BeTrue();
            type.IsCompilerGenerated.Should().BeFalse();
            type.DeclaringFile.Should().Be(file);
            type.WrittenName.Should().Be(written);
            type.ReportedName.Should().Be(reported);
        }

        [Theory]
        [InlineData("<Module>", true, false)]
        [InlineData("<PrivateImplementationDetails>", true, false)]
        [InlineData("<>f__AnonymousType0`2", true, false)]
        [InlineData("<>z__ReadOnlyArray`1", true, false)]
        [InlineData("Order+<>c__DisplayClass0_0", true, false)]
        [InlineData("<Foo>F0A1B2C3D__Hidden+<Make>d__0", true, true)]
        [InlineData("<Woven>ShipmentPlanner", false, false)]
        [InlineData("<Foo>Fxyz__Hidden", false, false)] // no checksum: another tool's name, not a file-local type
        [InlineData("Order<script>", false, false)]
        public void Tells_the_compilers_own_types_from_types_of_their_own(string name, bool compilerGenerated, bool fileLocal)
        {
            var type = new TypeName("Shop", "Shop", name);

            type.IsCompilerGenerated.Should().Be(compilerGenerated);
            type.IsFileLocal.Should().Be(fileLocal);
        }
    }
}
