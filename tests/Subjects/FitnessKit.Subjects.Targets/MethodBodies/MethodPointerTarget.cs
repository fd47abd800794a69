namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario MethodPointer.</summary>
public static class MethodPointerTarget
{
    public static int Compute() => 1;
}
