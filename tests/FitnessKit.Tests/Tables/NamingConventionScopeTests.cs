using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// Which naming convention a DbContext follows is read from the methods its assembly calls: where the assembly calls
/// two (FitnessKit.Subjects.Data.Archive, two DbContexts on two conventions), neither is guessed, and a note says so.
/// </summary>
public sealed class NamingConventionScopeTests
{
    [Fact]
    public void Names_the_tables_as_EF_Core_does_and_says_why_when_an_assembly_calls_two_conventions()
    {
        var map = ContextMap.Define().Context("Archive", c => c.Assemblies("FitnessKit.Subjects.Data.Archive")).Build();

        var tables = TableCatalog.Build(map.Resolve(CodeBase.Load(AssemblySource.Files(Repository.Subject("FitnessKit.Subjects.Data.Archive")))));

        tables.Mappings.Select(m => m.Table.ToString()).Should().Equal("public.ArchivedOrders", "public.ArchivedOrders");
        tables.Notes.Should().Contain(
            "FitnessKit.Subjects.Data.Archive.LowerArchiveDbContext: its assemblies call UseLowerCaseNamingConvention and UseSnakeCaseNamingConvention, so which naming convention its tables follow is not known; they are listed as EF Core names them.")
            .And.Contain(n => n.StartsWith("FitnessKit.Subjects.Data.Archive.SnakeArchiveDbContext: its assemblies call ", StringComparison.Ordinal));
    }
}
