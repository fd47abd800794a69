using FitnessKit.Inspection;
using FitnessKit.Persistence;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Persistence;

/// <summary>
/// Entities mapped by the entity sets of a generic base context in a package: <c>AppDbContext : IdentityDbContext&lt;AppUser&gt;</c>
/// (FitnessKit.Subjects.Data.Identity) maps <c>AppUser</c> through <c>DbSet&lt;TUser&gt; Users</c>, which the package's
/// <c>IdentityUserContext</c> declares. The package is not beside the subject; its deps.json finds it in the NuGet folder.
/// </summary>
public sealed class GenericBaseContextTests
{
    private const string Subject = "FitnessKit.Subjects.Data.Identity";

    private static readonly Lazy<PersistenceCatalog> Catalog = new(() =>
        PersistenceCatalog.Build(CodeBase.Load(AssemblySource.Files(Repository.Subject(Subject)))));

    [Fact]
    public void Should_map_the_derived_contexts_entity_through_the_base_contexts_entity_set()
    {
        var user = Catalog.Value.Types.Should().ContainSingle(t => t.Type.FullName == $"{Subject}.AppUser").Subject;

        user.Kind.Should().Be(PersistenceKind.MappedEntity);
        user.MappedBy.Select(m => m.FullName).Should().Equal($"{Subject}.AppDbContext");
        user.Evidence.Should().StartWith("mapped by DbSet<AppUser> Users of Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityUserContext<TUser, TKey, ")
            .And.EndWith($">, the base of {Subject}.AppDbContext", "the base context is named as C# writes it, with its type parameters");
    }

    [Fact]
    public void Should_map_the_base_contexts_other_entities_with_their_default_arguments()
    {
        Catalog.Value.Types.Where(t => t.MappedBy.Any(m => m.FullName == $"{Subject}.AppDbContext")).Select(t => t.Type.FullName).Should().Contain(
            ["Microsoft.AspNetCore.Identity.IdentityRole", "Microsoft.AspNetCore.Identity.IdentityUserClaim`1"]);
    }
}
