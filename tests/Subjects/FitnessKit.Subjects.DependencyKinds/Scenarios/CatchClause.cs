using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.CatchClause;

/// <summary>Catches the target exception.</summary>
public class Dependent
{
    public bool Run()
    {
        try
        {
            Work();
        }
        catch (CatchTarget)
        {
            return false;
        }

        return true;
    }

    private static void Work()
    {
    }
}

/// <summary>Catches a BCL exception.</summary>
public class Independent
{
    public bool Run()
    {
        try
        {
            Work();
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        return true;
    }

    private static void Work()
    {
    }
}
