using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ExceptionFilter;

/// <summary>Catches the target exception through a filter: the catch type appears only inside the filter block (isinst).</summary>
public class Dependent
{
    private static bool s_filtering = true;

    public bool Run()
    {
        try
        {
            Work();
        }
        catch (FilterTarget) when (s_filtering)
        {
            return false;
        }

        return true;
    }

    private static void Work()
    {
    }
}

/// <summary>Catches a BCL exception through a filter.</summary>
public class Independent
{
    private static bool s_filtering = true;

    public bool Run()
    {
        try
        {
            Work();
        }
        catch (InvalidOperationException) when (s_filtering)
        {
            return false;
        }

        return true;
    }

    private static void Work()
    {
    }
}
