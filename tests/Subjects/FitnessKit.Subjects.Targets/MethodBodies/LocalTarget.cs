namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario LocalVariable.</summary>
public class LocalTarget
{
    public void Touch()
    {
    }
}
