namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario FieldInitializer.</summary>
public static class FieldInitializerTarget
{
    public static int Compute() => 1;
}
