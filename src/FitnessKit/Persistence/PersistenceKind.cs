namespace FitnessKit.Persistence;

/// <summary>What makes a type a persistence type.</summary>
public enum PersistenceKind
{
    /// <summary>A database context (an EF Core <c>DbContext</c> subclass).</summary>
    DbContext,

    /// <summary>An entity type configuration (an <c>IEntityTypeConfiguration&lt;T&gt;</c> implementation).</summary>
    EntityConfiguration,

    /// <summary>A migration.</summary>
    Migration,

    /// <summary>A model snapshot.</summary>
    ModelSnapshot,

    /// <summary>An entity that a database context maps: a <c>DbSet&lt;T&gt;</c>, a configuration target, a <c>ModelBuilder.Entity&lt;T&gt;</c> call, or a <c>[Table]</c> type.</summary>
    MappedEntity,

    /// <summary>A repository implementation.</summary>
    Repository,

    /// <summary>A type in a configured persistence namespace, or derived from a configured persistence base type.</summary>
    Configured,
}
