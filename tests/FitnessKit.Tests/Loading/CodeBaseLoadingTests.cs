using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>Loading assemblies from files, folders and globs: what is read, what is skipped, what is an error.</summary>
public sealed class CodeBaseLoadingTests : IDisposable
{
    private const string Kinds = "FitnessKit.Subjects.DependencyKinds";
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-load-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Records_a_reference_it_cannot_find_and_still_reads_the_dependencies_on_it()
    {
        var copy = Copy(Repository.Subject(Kinds));

        var codeBase = CodeBase.Load(AssemblySource.Files(copy));

        codeBase.UnresolvedReferences.Should().ContainSingle(r => r.AssemblyName == "FitnessKit.Subjects.Targets")
            .Which.ReferencedBy.Should().Equal(Kinds);
        codeBase.FindTypes($"{Kinds}.FieldType.Dependent").Single().Dependencies
            .Should().Contain(d => d.Target.FullName == "FitnessKit.Subjects.Targets.FieldTarget");
    }

    [Fact]
    public void Skips_files_in_a_folder_that_are_not_NET_assemblies_and_says_so()
    {
        Copy(Repository.Subject(Kinds));
        File.WriteAllText(Path.Combine(_folder, "notes.dll"), "not an assembly");

        var codeBase = CodeBase.Load(AssemblySource.Folder(_folder));

        codeBase.Assemblies.Select(a => a.Name).Should().Equal(Kinds);
        codeBase.SkippedFiles.Should().ContainSingle().Which.Path.Should().EndWith("notes.dll");
    }

    [Fact]
    public void Rejects_a_named_file_that_is_not_a_NET_assembly_naming_the_file()
    {
        var path = Path.Combine(_folder, "notes.dll");
        File.WriteAllText(path, "not an assembly");

        FluentActions.Invoking(() => CodeBase.Load(AssemblySource.Files(path)))
            .Should().Throw<FitnessKitException>().WithMessage($"{path}: not a .NET assembly (not a PE file*");
    }

    [Fact]
    public void Rejects_a_named_file_that_does_not_exist() =>
        FluentActions.Invoking(() => CodeBase.Load(AssemblySource.Files(Path.Combine(_folder, "Missing.dll"))))
            .Should().Throw<FitnessKitException>().WithMessage("*Missing.dll: the assembly file does not exist.");

    [Fact]
    public void Reads_the_same_build_found_in_two_folders_once()
    {
        var codeBase = CodeBase.Load(AssemblySource.Glob(Path.Combine(Repository.Root, "artifacts", "subjects"), "FitnessKit.Subjects.DependencyKinds/*.dll", "FitnessKit.Subjects.Targets/*.dll"));

        codeBase.Assemblies.Select(a => a.Name).Should().Equal(Kinds, "FitnessKit.Subjects.Targets");
        codeBase.SkippedFiles.Should().ContainSingle().Which.Reason.Should().StartWith("the same build of FitnessKit.Subjects.Targets");
    }

    [Fact]
    public void Reads_the_assemblies_behind_type_handles() =>
        CodeBase.Load(AssemblySource.AssembliesOf(typeof(CodeBase), typeof(TypeName))).Assemblies.Should().ContainSingle()
            .Which.Name.Should().Be("FitnessKit");

    [Fact]
    public void Locates_a_dependency_in_a_method_body_on_its_source_line()
    {
        var dependency = Dependency("ObjectCreation", DependencyKind.ObjectCreation, "CreatedTarget");

        var location = Subjects.DependencyKinds.Locate(dependency);

        SourceLine(location).Should().Contain("new CreatedTarget()");
    }

    [Fact]
    public void Locates_a_dependency_inside_an_async_lambda_on_the_line_the_user_wrote()
    {
        var dependency = Dependency("AsyncLambda", DependencyKind.MethodCall, "AsyncLambdaTarget");

        var location = Subjects.DependencyKinds.Locate(dependency);

        dependency.Member.Should().Be("Run");
        SourceLine(location).Should().Contain("AsyncLambdaTarget.Compute()");
    }

    private static TypeDependency Dependency(string scenario, DependencyKind kind, string target) =>
        Subjects.DependencyKinds.FindTypes($"{Kinds}.{scenario}.Dependent").Single().Dependencies
            .Single(d => d.Kind == kind && d.Target.Name == target);

    private static string SourceLine(SourceLocation? location)
    {
        location.Should().NotBeNull();
        return File.ReadAllLines(location!.File)[location.Line - 1];
    }

    private string Copy(string file)
    {
        var target = Path.Combine(_folder, Path.GetFileName(file));
        File.Copy(file, target);
        return target;
    }
}
