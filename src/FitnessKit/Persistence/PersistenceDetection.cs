using System.Collections.ObjectModel;
using FitnessKit.Model;

namespace FitnessKit.Persistence;

/// <summary>
/// How persistence types are recognised. EF Core and <c>System.ComponentModel.DataAnnotations.Schema</c> are
/// recognised by full type name, so FitnessKit needs no EF Core reference. Every list can be extended for other
/// persistence frameworks or house conventions; each list is copied when set, so a detection says what it was made
/// with.
/// </summary>
public sealed record PersistenceDetection
{
    /// <summary>Gets the default detection: EF Core's DbContext, migrations, model snapshots, entity configurations, <c>DbSet&lt;T&gt;</c>, <c>ModelBuilder.Entity&lt;T&gt;</c> and <c>[Table]</c>, and classes named <c>*Repository</c>.</summary>
    public static PersistenceDetection Default { get; } = new();

    /// <summary>Gets the base types whose subclasses are database contexts.</summary>
    /// <value>The default value is <c>Microsoft.EntityFrameworkCore.DbContext</c>.</value>
    public IReadOnlyList<string> DbContextBaseTypes { get; init => field = Kept(value); } = ["Microsoft.EntityFrameworkCore.DbContext"];

    /// <summary>Gets the base types whose subclasses are migrations.</summary>
    /// <value>The default value is <c>Microsoft.EntityFrameworkCore.Migrations.Migration</c>.</value>
    public IReadOnlyList<string> MigrationBaseTypes { get; init => field = Kept(value); } = ["Microsoft.EntityFrameworkCore.Migrations.Migration"];

    /// <summary>Gets the base types whose subclasses are model snapshots.</summary>
    /// <value>The default value is <c>Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot</c>.</value>
    public IReadOnlyList<string> ModelSnapshotBaseTypes { get; init => field = Kept(value); } = ["Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot"];

    /// <summary>Gets the generic interfaces whose implementations configure the entity named by their first type argument.</summary>
    /// <value>The default value is <c>Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1</c>.</value>
    public IReadOnlyList<string> EntityConfigurationInterfaces { get; init => field = Kept(value); } = ["Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1"];

    /// <summary>Gets the generic types whose properties on a database context map the entity named by their first type argument.</summary>
    /// <value>The default value is <c>Microsoft.EntityFrameworkCore.DbSet`1</c>.</value>
    public IReadOnlyList<string> EntitySetTypes { get; init => field = Kept(value); } = ["Microsoft.EntityFrameworkCore.DbSet`1"];

    /// <summary>Gets the generic methods, as <c>DeclaringType.Method</c>, whose calls map the entity named by their first type argument.</summary>
    /// <value>The default value is <c>Microsoft.EntityFrameworkCore.ModelBuilder.Entity</c>.</value>
    public IReadOnlyList<string> EntityMappingMethods { get; init => field = Kept(value); } = ["Microsoft.EntityFrameworkCore.ModelBuilder.Entity"];

    /// <summary>Gets the attributes that mark a type as a mapped entity.</summary>
    /// <value>The default value is <c>System.ComponentModel.DataAnnotations.Schema.TableAttribute</c> and linq2db's <c>LinqToDB.Mapping.TableAttribute</c>.</value>
    public IReadOnlyList<string> EntityAttributes { get; init => field = Kept(value); } = ["System.ComponentModel.DataAnnotations.Schema.TableAttribute", "LinqToDB.Mapping.TableAttribute"];

    /// <summary>Gets the name suffixes of repository implementations (classes only; repository interfaces are fine to publish).</summary>
    /// <value>The default value is <c>Repository</c>.</value>
    public IReadOnlyList<string> RepositorySuffixes { get; init => field = Kept(value); } = ["Repository"];

    /// <summary>
    /// A list handed to an <c>init</c> accessor, copied: a detection does not change once made, though the caller's
    /// list may (a code base keeps what it resolved for a map under what the map said when it was built).
    /// </summary>
    private static ReadOnlyCollection<string> Kept(IReadOnlyList<string> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Array.AsReadOnly([.. value]);
    }

    /// <summary>The repository suffix that a class's name ends with (<c>OrderRepository`1</c> ends with <c>Repository</c>), or <see langword="null"/>.</summary>
    internal string? RepositorySuffixOf(InspectedType type)
    {
        if (type.Category != TypeCategory.Class)
        {
            return null;
        }

        // Asked for every type a check decodes: no delegate, no enumerator, no substring.
        var name = type.Name.Name.AsSpan();
        var tick = name.IndexOf('`');
        var plain = tick < 0 ? name : name[..tick];
        var suffixes = RepositorySuffixes;
        for (var i = 0; i < suffixes.Count; i++)
        {
            if (plain.EndsWith(suffixes[i], StringComparison.Ordinal))
            {
                return suffixes[i];
            }
        }

        return null;
    }

    /// <summary>Gets namespace patterns whose every type is a persistence type, such as <c>*.Persistence.**</c>.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> Namespaces { get; init => field = Kept(value); } = [];

    /// <summary>Gets what a persistence type must stay inside of for FK003: its context, or (strictly) its assembly.</summary>
    /// <value>The default value is <see cref="PersistenceBoundary.Context"/>.</value>
    public PersistenceBoundary InternalTo { get; init; } = PersistenceBoundary.Context;

    /// <summary>Gets further base types (full names) whose subclasses are persistence types, for other data-access frameworks.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<string> OtherBaseTypes { get; init => field = Kept(value); } = [];
}
