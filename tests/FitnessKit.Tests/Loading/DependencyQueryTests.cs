using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tests.DependencyKinds;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// <see cref="CodeBase.TypesDependingOn"/> reads only what answers its question (it skips assemblies whose metadata
/// names no matching type and stops reading a type at its first match) and still gives exactly the answer that the
/// fully decoded dependencies give.
/// </summary>
public sealed class DependencyQueryTests : IDisposable
{
    private const string Kinds = "FitnessKit.Subjects.DependencyKinds";
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-query-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> TargetTypes()
    {
        var data = new TheoryData<string>();
        foreach (var target in DependencyScenarios.All.Select(r => r.TargetType).Distinct())
        {
            data.Add(target);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TargetTypes))]
    public void Finds_the_types_that_the_decoded_dependencies_name_for_each_kind_of_dependency(string targetType)
    {
        // Given the subjects, one scenario per kind of dependency, and the answer their decoded dependencies give
        var source = AssemblySource.Files(Repository.Subject(Kinds), Repository.Subject("FitnessKit.Subjects.Targets"));
        bool Target(TypeName name) => name.FullName == targetType;
        var decoded = CodeBase.Load(source).Types.Where(t => t.Dependencies.Any(d => Target(d.Target))).Select(t => t.FullName).ToList();

        // When the query runs on a fresh load, then it finds the same types
        decoded.Should().NotBeEmpty($"a scenario depends on {targetType}");
        CodeBase.Load(source).TypesDependingOn(Target).Select(t => t.FullName).Should().Equal(decoded.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TargetTypes))]
    public void Gives_the_same_answer_from_a_cache_written_at_load_and_from_the_dependencies_the_query_cached(string targetType)
    {
        // Given the answer the decoded dependencies give, and a cache written by a load that decoded nothing
        var source = AssemblySource.Files(Repository.Subject(Kinds), Repository.Subject("FitnessKit.Subjects.Targets"));
        bool Target(TypeName name) => name.FullName == targetType;
        var decoded = CodeBase.Load(source).Types.Where(t => t.Dependencies.Any(d => Target(d.Target))).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        var options = new LoadOptions { CacheDirectory = Path.Combine(_folder, "cache") };
        _ = CodeBase.Load(source, options);

        // When the query runs on a load from that cache (the assembly file tells), and again on the next one (the cached dependencies tell)
        var fromHeaders = CodeBase.Load(source, options).TypesDependingOn(Target).Select(t => t.FullName).ToList();
        var warm = CodeBase.Load(source, options);
        var fromDependencies = warm.TypesDependingOn(Target).Select(t => t.FullName).ToList();

        // Then both answers are the decoded one, and the model stays whole
        fromHeaders.Should().Equal(decoded).And.NotBeEmpty();
        fromDependencies.Should().Equal(decoded);
        ModelDescription.Decoded(warm).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
    }

    [Fact]
    public void Finds_dependencies_reached_only_through_an_attribute_argument_or_a_called_members_signature()
    {
        var codeBase = CodeBase.Load(AssemblySource.Files(Repository.Subject(Kinds)));
        var kinds = new[] { DependencyKind.AttributeArgument, DependencyKind.MemberSignature };
        var rows = DependencyScenarios.All.Where(r => kinds.Contains(r.Kind)).ToList();

        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            codeBase.TypesDependingOn(t => t.FullName == row.TargetType, t => t.FullName == row.SourceType)
                .Should().ContainSingle($"{row.SourceType} depends on {row.TargetType} through {row.Kind}");
        }
    }

    [Fact]
    public void An_assembly_whose_metadata_names_no_matching_type_gives_none_and_the_source_filter_holds()
    {
        var codeBase = CodeBase.Load(AssemblySource.Files(Repository.Subject(Kinds), Repository.Subject("FitnessKit.Subjects.Targets")));

        codeBase.TypesDependingOn(t => t.Namespace == "No.Such.Namespace").Should().BeEmpty();
        codeBase.TypesDependingOn(t => t.Namespace.StartsWith("FitnessKit.Subjects.Targets", StringComparison.Ordinal), t => t.Name.Namespace.EndsWith(".FieldType", StringComparison.Ordinal))
            .Select(t => t.FullName).Should().Equal("FitnessKit.Subjects.DependencyKinds.FieldType.Dependent");
    }

    [Fact]
    public void Answers_question_after_question_on_one_code_base_as_a_fresh_load_answers_each()
    {
        // Given the answer each target's question gets from a load of its own
        var source = AssemblySource.Files(Repository.Subject(Kinds), Repository.Subject("FitnessKit.Subjects.Targets"));
        var targets = DependencyScenarios.All.Select(r => r.TargetType).Distinct().ToList();
        var fresh = targets.ToDictionary(t => t, t => CodeBase.Load(source).TypesDependingOn(n => n.FullName == t).Select(x => x.FullName).ToList());

        // When one code base is asked every question in turn, twice (each question reads its assemblies afresh: what it read is let go with its answer)
        var shared = CodeBase.Load(source);
        var asked = targets.Concat(targets).Select(t => (Target: t, Answer: shared.TypesDependingOn(n => n.FullName == t).Select(x => x.FullName).ToList())).ToList();

        // Then each answer is the fresh one, and the model decoded afterwards is whole
        asked.Should().HaveCount(2 * targets.Count).And.OnlyContain(a => a.Answer.Count > 0 && a.Answer.SequenceEqual(fresh[a.Target]));
        ModelDescription.Decoded(shared).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
    }

    [Fact]
    public void Lets_go_of_each_file_with_its_answer_and_finds_out_a_file_rebuilt_before_the_next_question()
    {
        // Given Shop.Broken's assemblies in a folder of their own, and a question every one of them is read for
        foreach (var file in Directory.GetFiles(ShopSample.Bin(ShopSample.Broken), "Shop.*.dll"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        var orders = Path.Combine(_folder, "Shop.Orders.dll");
        var codeBase = CodeBase.Load(AssemblySource.Folder(_folder, "Shop.*.dll"));
        static bool Target(TypeName name) => name.FullName == "System.Object";
        var first = codeBase.TypesDependingOn(Target).Select(t => t.FullName).ToList();

        // When Shop.Orders is replaced by another build (a new file moved over it, as a build writes) and the question is asked again
        var rebuilt = Path.Combine(_folder, "rebuilt.tmp");
        File.Copy(Path.Combine(ShopSample.Bin(ShopSample.Good), "Shop.Orders.dll"), rebuilt);
        File.Move(rebuilt, orders, overwrite: true);
        var askingAgain = () => codeBase.TypesDependingOn(Target);

        // Then the first answer named Shop.Orders types, and the second reads the file again and says it changed
        // (held open after the first answer, the file would still answer for the build that was replaced)
        first.Should().Contain(name => name.StartsWith("Shop.Orders.", StringComparison.Ordinal));
        askingAgain.Should().Throw<FitnessKitException>().WithMessage($"{orders}: replaced by another build of Shop.Orders while it was inspected*");
    }

    [Fact]
    public void Filling_an_empty_cache_answers_as_a_fresh_load_and_leaves_the_model_whole_read_again_when_asked()
    {
        // Given the answer and model of a load without a cache
        var source = AssemblySource.Files(Repository.Subject(Kinds), Repository.Subject("FitnessKit.Subjects.Targets"));
        static bool Target(TypeName name) => name.Namespace.StartsWith("FitnessKit.Subjects.Targets", StringComparison.Ordinal);
        var fresh = CodeBase.Load(source);
        var expected = fresh.TypesDependingOn(Target).Select(t => t.FullName).ToList();

        // When a load with an empty cache is asked twice (the first question decodes in full to write the cache, then lets what it decoded go)
        var filling = CodeBase.Load(source, new LoadOptions { CacheDirectory = Path.Combine(_folder, "cache") });
        var answers = new[] { filling.TypesDependingOn(Target), filling.TypesDependingOn(Target) };

        // Then both answers and the model decoded afterwards are the fresh load's, and the next load answers from the cache alike
        expected.Should().NotBeEmpty();
        answers.Should().AllSatisfy(answer => answer.Select(t => t.FullName).Should().Equal(expected));
        ModelDescription.Decoded(filling).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
        CodeBase.Load(source, new LoadOptions { CacheDirectory = Path.Combine(_folder, "cache") }).TypesDependingOn(Target).Select(t => t.FullName).Should().Equal(expected);
    }

    [Fact]
    public void Leaves_the_model_whole_the_types_it_read_decode_every_dependency_afterwards()
    {
        var source = AssemblySource.Files(Repository.Subject(Kinds));
        var queried = CodeBase.Load(source);
        queried.TypesDependingOn(t => t.Namespace.StartsWith("FitnessKit.Subjects.Targets", StringComparison.Ordinal)).Should().NotBeEmpty();

        ModelDescription.Decoded(queried).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
    }

    [Fact]
    public void Gives_the_same_answer_from_a_warm_cache()
    {
        var source = AssemblySource.Files(Repository.Subject(Kinds));
        var options = new LoadOptions { CacheDirectory = Path.Combine(_folder, "cache") };
        static bool Target(TypeName name) => name.Namespace.StartsWith("FitnessKit.Subjects.Targets", StringComparison.Ordinal);
        var cold = CodeBase.Load(source, options);
        var coldAnswer = cold.TypesDependingOn(Target).Select(t => t.FullName).ToList();
        cold.Types.SelectMany(t => t.Dependencies).Should().NotBeEmpty("reading every dependency fills the cache");

        var warm = CodeBase.Load(source, options);

        warm.TypesDependingOn(Target).Select(t => t.FullName).Should().Equal(coldAnswer).And.NotBeEmpty();
        warm.TypesDependingOn(t => t.Namespace == "No.Such.Namespace").Should().BeEmpty();
    }

    [Fact]
    public void An_assembly_cached_at_load_whose_metadata_names_no_matching_type_gives_none()
    {
        var source = AssemblySource.Files(Repository.Subject(Kinds), Repository.Subject("FitnessKit.Subjects.Targets"));
        var options = new LoadOptions { CacheDirectory = Path.Combine(_folder, "cache") };
        _ = CodeBase.Load(source, options);
        var warm = CodeBase.Load(source, options);

        warm.TypesDependingOn(t => t.Namespace == "No.Such.Namespace").Should().BeEmpty();
        warm.TypesDependingOn(t => t.Namespace.StartsWith("FitnessKit.Subjects.Targets", StringComparison.Ordinal), t => t.Name.Namespace.EndsWith(".FieldType", StringComparison.Ordinal))
            .Select(t => t.FullName).Should().Equal("FitnessKit.Subjects.DependencyKinds.FieldType.Dependent");
    }
}
