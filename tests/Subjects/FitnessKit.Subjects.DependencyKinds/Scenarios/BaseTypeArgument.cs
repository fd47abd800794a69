using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.BaseTypeArgument;

/// <summary>Derives from a BCL type whose generic argument mentions the target two levels down.</summary>
public class Dependent : List<KeyValuePair<string, BaseArgumentTarget>>
{
}

/// <summary>Derives from the same BCL type over BCL types only.</summary>
public class Independent : List<KeyValuePair<string, int>>
{
}
