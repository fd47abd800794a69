using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.IndexerParameter;

/// <summary>Has an indexer keyed by the target.</summary>
public class Dependent
{
    public int this[IndexerTarget key] => 0;
}

/// <summary>Has an indexer keyed by a BCL type.</summary>
public class Independent
{
    public int this[string key] => 0;
}
