using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeOnType;

/// <summary>Carries the target attribute.</summary>
[TypeMarker]
public class Dependent
{
}

/// <summary>Carries a BCL attribute.</summary>
[Serializable]
public class Independent
{
}
