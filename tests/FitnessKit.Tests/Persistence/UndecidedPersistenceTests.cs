using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Persistence;

/// <summary>
/// A type whose base lies in an assembly that cannot be found might be a DbContext: the check says it could not tell,
/// never passes it silently. The Ordering service is inspected without the EventBus library its event derives from.
/// </summary>
public sealed class UndecidedPersistenceTests
{
    private const string Ordering = "FitnessKit.Subjects.Services.Ordering";

    [Fact]
    public void Should_say_which_type_could_not_be_judged_and_which_assembly_is_missing()
    {
        using var folder = new TemporaryFolder();
        var subject = Repository.Subject(Ordering);
        File.Copy(subject, Path.Combine(folder.Path, Path.GetFileName(subject)));

        var report = FitnessCheck.Evaluate(
            AssemblySource.Folder(folder.Path),
            ContextMap.Define().Context("Ordering", c => c.Assemblies(Ordering)).Build(),
            [RuleCatalog.Get("FK003")]);

        report.Notes.Should().Equal(
            $"could not tell whether {Ordering}.OrderPlaced is a DbContext, migration or model snapshot: its base FitnessKit.Subjects.Services.EventBus.IntegrationEvent is in assembly FitnessKit.Subjects.Services.EventBus, which was not found.");
    }

    [Fact]
    public void Should_say_nothing_when_every_base_type_can_be_read()
    {
        var report = FitnessCheck.Evaluate(
            AssemblySource.Files(Repository.Subject(Ordering)),
            ContextMap.Define().Context("Ordering", c => c.Assemblies(Ordering)).Build(),
            [RuleCatalog.Get("FK003")]);

        report.Notes.Should().BeEmpty("EventBus lies beside the Ordering service's build output");
    }
}
