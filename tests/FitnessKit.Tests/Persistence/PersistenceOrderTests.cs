using FitnessKit.Inspection;
using FitnessKit.Persistence;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Persistence;

/// <summary>
/// The persistence types come ordered by full name, ordinal, as reports and rules list them: sorted once by the catalog
/// without making the names, generic types (<c>`1</c>) among them.
/// </summary>
public sealed class PersistenceOrderTests
{
    [Fact]
    public void Lists_the_persistence_types_in_the_ordinal_order_of_their_full_names()
    {
        // Every subject's own assembly, once: the one named after its folder.
        var subjects = Directory.GetDirectories(Path.Combine(Repository.Root, "artifacts", "subjects"))
            .Select(folder => Path.Combine(folder, Path.GetFileName(folder) + ".dll"))
            .Where(File.Exists);
        var catalog = PersistenceCatalog.Build(CodeBase.Load(AssemblySource.Files([.. subjects])));

        var names = catalog.Types.Select(t => t.Type.FullName).ToList();

        names.Should().HaveCountGreaterThan(50).And.Contain(n => n.Contains('`'));
        names.Should().Equal(names.Order(StringComparer.Ordinal), "the catalog lists its types as their full names sort");
        catalog.Types.Should().BeSameAs(catalog.Types, "the list is sorted once");
    }
}
