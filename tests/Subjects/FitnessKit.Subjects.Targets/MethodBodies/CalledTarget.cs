namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario MethodCall.</summary>
public static class CalledTarget
{
    public static int Compute() => 1;
}
