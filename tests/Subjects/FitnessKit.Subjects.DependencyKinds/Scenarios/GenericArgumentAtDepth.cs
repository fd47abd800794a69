using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.GenericArgumentAtDepth;

/// <summary>Holds a field whose type mentions the target three generic levels down, as an array element.</summary>
public class Dependent
{
    private Dictionary<string, List<DepthTarget[]>>? _byName;
}

/// <summary>Holds a field of the same shape over BCL types only.</summary>
public class Independent
{
    private Dictionary<string, List<string[]>>? _byName;
}
