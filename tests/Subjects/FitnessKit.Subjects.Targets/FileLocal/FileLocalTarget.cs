namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario FileLocalType, from a file-local class and from a lambda inside it.</summary>
public sealed class FileLocalTarget
{
    public static int Compute() => 1;
}
