namespace FitnessKit.Model;

/// <summary>What sort of type a type definition is.</summary>
public enum TypeCategory
{
    /// <summary>A class (including records and static classes).</summary>
    Class,

    /// <summary>An interface.</summary>
    Interface,

    /// <summary>A value type that is not an enum.</summary>
    Struct,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>A delegate.</summary>
    Delegate,
}
