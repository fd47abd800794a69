using FitnessKit.Inspection;
using FitnessKit.Persistence;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Persistence;

/// <summary>
/// An owned collection (<c>OwnsMany</c>) has a table of its own in EF Core's model, so it is a mapped entity of the
/// context like any other: FitnessKit.Subjects.Data.Sales configures <c>Order.Lines</c> so in <c>OrderConfiguration</c>.
/// </summary>
public sealed class OwnedCollectionTests
{
    private const string Subject = "FitnessKit.Subjects.Data.Sales";

    [Fact]
    public void Should_be_a_mapped_entity_configured_by_the_configuration_that_owns_it()
    {
        var catalog = PersistenceCatalog.Build(CodeBase.Load(AssemblySource.Files(Repository.Subject(Subject))));

        var line = catalog.Types.Should().ContainSingle(t => t.Type.FullName == $"{Subject}.OrderLine").Subject;
        line.Kind.Should().Be(PersistenceKind.MappedEntity);
        line.MappedBy.Select(m => m.FullName).Should().Equal($"{Subject}.OrderConfiguration");
        line.Evidence.Should().Be($"an owned collection with a table of its own (OwnsMany<OrderLine>() in {Subject}.OrderConfiguration)");
    }
}
