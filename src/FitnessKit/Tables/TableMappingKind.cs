namespace FitnessKit.Tables;

/// <summary>How an entity type reaches its table in an EF Core model.</summary>
public enum TableMappingKind
{
    /// <summary>An entity type mapped to a table.</summary>
    Table,

    /// <summary>An entity type mapped to a view (<c>ToView</c>).</summary>
    View,

    /// <summary>An owned type (<c>OwnsOne</c>, <c>OwnsMany</c>) with a table of its own or sharing its owner's.</summary>
    Owned,
}
