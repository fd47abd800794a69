using System.Reflection;
using FitnessKit.Loading;
using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The predicates of <c>ApplyConfigurationsFromAssembly</c>, read from their IL for one type at a time, held to the
/// predicates themselves: the Returns subject's <c>ConfigurationPredicates</c> are run here, in the test process, on
/// every type of that assembly, and FitnessKit must say what each says, or that it cannot tell. The subject's two
/// DbContexts, whose lambdas join comparisons with <c>&amp;&amp;</c>, <c>||</c> and <c>?.</c>, are held to EF Core's
/// model by StaticModelAgreesWithEfCoreTests.
/// </summary>
public sealed class ConfigurationPredicateTests
{
    private const string Subject = "FitnessKit.Subjects.Data.Returns";
    private const string Shapes = Subject + ".Scenarios.ConfigurationPredicates";

    public static TheoryData<string> Readable() =>
        new("GuardedNamespace", "ConditionalNamespace", "ConditionalOrFalse", "NotInArchive", "EitherName", "IgnoringCase", "NamespaceAndName");

    [Theory]
    [MemberData(nameof(Readable))]
    public void Picks_each_type_the_predicate_picks(string predicate)
    {
        var (run, read) = Both(predicate);

        read.Should().NotContain(r => r.Picks == null, "every type can be told by this predicate")
            .And.Equal(run, "FitnessKit reads what the predicate does");
        run.Should().Contain(r => r.Picks == true).And.Contain(r => r.Picks == false, "the predicate tells some types from others");
    }

    [Theory]
    [InlineData("ByInterface")]
    [InlineData("ByAssemblyQualifiedName")]
    public void Says_it_cannot_tell_when_the_predicate_asks_more_than_names(string predicate)
    {
        var (_, read) = Both(predicate);

        read.Should().OnlyContain(r => r.Picks == null);
    }

    /// <summary>The answer of the predicate, run on each type of the subject, and FitnessKit's, read from its IL.</summary>
    private static (List<(string Type, bool? Picks)> Run, List<(string Type, bool? Picks)> Read) Both(string predicate)
    {
        var path = Repository.Subject(Subject);
        var loaded = Assembly.LoadFrom(path);
        var method = loaded.GetType(Shapes, throwOnError: true)!.GetMethod(predicate)!;
        var types = loaded.GetTypes().Where(t => !t.Name.StartsWith('<')).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
        var run = types.Select(t => (t.FullName!, (bool?)(bool)method.Invoke(null, [t])!)).ToList();

        using var assembly = DataAssembly.Open(path, TypeNameTable.ForOneThread());
        var handle = assembly.FindMethod(assembly.FindType(Shapes), predicate, 1);
        handle.IsNil.Should().BeFalse();
        var read = types.Select(t => (t.FullName!, assembly.Picks(handle, new TypeName(Subject, t.Namespace ?? string.Empty, t.FullName![(t.Namespace is null ? 0 : t.Namespace.Length + 1)..])))).ToList();
        return (run, read);
    }
}
