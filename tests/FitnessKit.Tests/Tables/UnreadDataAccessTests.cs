using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// A context that keeps data through a library whose tables FitnessKit does not read (the Preferences subject's audit,
/// on Azure Table Storage) is named in a note with the library, so that no table there does not read as a clean bill;
/// the libraries that are read (Cosmos DB's SDK beside it, MongoDB's driver in Tracking) are not.
/// </summary>
public sealed class UnreadDataAccessTests
{
    private const string Preferences = DataSubjects.Prefix + ".Preferences";
    private const string Tracking = DataSubjects.Prefix + ".Tracking";

    [Fact]
    public void Names_the_context_and_the_library_whose_tables_are_not_read()
    {
        var map = ContextMap.Define()
            .Context("Preferences", c => c.Assemblies(Preferences))
            .Context("Tracking", c => c.Assemblies(Tracking))
            .Build();

        var tables = TableCatalog.Build(map.Resolve(CodeBase.Load(AssemblySource.Files(Repository.Subject(Preferences), Repository.Subject(Tracking)))));

        tables.Notes.Should().Contain(
            $"context Preferences uses Azure Table Storage ({Preferences} references Azure.Data.Tables), whose tables FitnessKit does not read: what it keeps there is in no table of this model, so the data-ownership rules do not judge it");
        tables.Notes.Should().NotContain(n => n.Contains("Cosmos", StringComparison.Ordinal) || n.Contains("context Tracking", StringComparison.Ordinal));
    }
}
