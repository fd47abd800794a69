using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The DbContexts' models are read on several threads at once, each thread with its own open assemblies: the catalog
/// must be the one that a single thread reading them in turn builds, mappings, places, notes and their order alike.
/// </summary>
public sealed class ParallelModelReadingTests
{
    private static readonly string[] CrowdContexts = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];

    [Fact]
    public void Several_threads_build_the_catalog_that_one_thread_builds()
    {
        var one = TableCatalog.Build(DataSubjects.Map.Resolve(CodeBase.Load(DataSubjects.Source, new LoadOptions { MaxDegreeOfParallelism = 1 })));
        var four = TableCatalog.Build(DataSubjects.Map.Resolve(CodeBase.Load(DataSubjects.Source, new LoadOptions { MaxDegreeOfParallelism = 4 })));

        one.Mappings.Select(m => m.DbContext.FullName).Distinct().Should().HaveCountGreaterThan(4, "the data subjects hold several DbContexts to share out");
        four.Mappings.Select(Describe).Should().Equal(one.Mappings.Select(Describe));
        four.Tables.Select(t => $"{t.Table} {t.Owner}").Should().Equal(one.Tables.Select(t => $"{t.Table} {t.Owner}"));
    }

    /// <summary>
    /// Sales and Support both map tables through the outbox library's extension methods; here that library is a damaged
    /// file. Each thread that meets it records the problem, and the catalog lists it once, after the notes of the
    /// contexts, as one thread reading them in turn does.
    /// </summary>
    [Fact]
    public void A_damaged_assembly_that_several_contexts_need_is_one_note_whichever_threads_meet_it()
    {
        using var folder = new TemporaryFolder();
        var inspected = new List<string>();
        foreach (var subject in new[] { "Sales", "Support", "Crowd" })
        {
            var file = Repository.Subject($"FitnessKit.Subjects.Data.{subject}");
            inspected.Add(Path.Combine(folder.Path, Path.GetFileName(file)));
            File.Copy(file, inspected[^1]);
        }

        File.WriteAllBytes(Path.Combine(folder.Path, "FitnessKit.Subjects.Data.Outbox.dll"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7))]);
        var map = ContextMap.Define()
            .Context("Sales", c => c.Assemblies("FitnessKit.Subjects.Data.Sales"))
            .Context("Support", c => c.Assemblies("FitnessKit.Subjects.Data.Support"));
        foreach (var name in CrowdContexts)
        {
            map.Context(name, c => c.Namespaces($"FitnessKit.Subjects.Data.Crowd.{name}"));
        }

        var contexts = map.Build();
        TableCatalog Read(int threads) => TableCatalog.Build(contexts.Resolve(CodeBase.Load(AssemblySource.Files([.. inspected]), new LoadOptions { MaxDegreeOfParallelism = threads })));
        var one = Read(1);

        // Which threads meet the damaged file depends on the scheduling of each reading: a few readings see more of them.
        for (var reading = 0; reading < 5; reading++)
        {
            var four = Read(4);
            four.Notes.Should().Equal(one.Notes);
            four.Mappings.Select(Describe).Should().Equal(one.Mappings.Select(Describe));
        }

        one.Notes.Should().ContainSingle(n => n.Contains("Outbox.dll: not a readable .NET assembly", StringComparison.Ordinal))
            .Which.Should().Be(one.Notes[^1]);
        one.Notes.Should().Contain(n => n.StartsWith("FitnessKit.Subjects.Data.Sales.SalesDbContext: ", StringComparison.Ordinal))
            .And.Contain(n => n.StartsWith("FitnessKit.Subjects.Data.Support.SupportDbContext: ", StringComparison.Ordinal));
    }

    private static string Describe(TableMapping mapping) =>
        $"{mapping.Table} {mapping.Kind} {mapping.DbContext.FullName} {mapping.Entity.FullName} {mapping.Dialect} {mapping.Location?.File}:{mapping.Location?.Line}";
}
