using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.LocalVariable;

/// <summary>
/// Keeps the target in a local of <see cref="Run"/> that lives across a loop: a release build drops a local that is
/// only used right after it is set (<c>newobj; dup; callvirt</c>), but not this one.
/// </summary>
public class Dependent
{
    public void Run(int count)
    {
        LocalTarget local = new();
        for (int i = 0; i < count; i++)
        {
            local.Touch();
        }
    }
}

/// <summary>Keeps a BCL type in a local that lives across a loop.</summary>
public class Independent
{
    public void Run(int count)
    {
        List<int> local = new();
        for (int i = 0; i < count; i++)
        {
            local.Clear();
        }
    }
}
