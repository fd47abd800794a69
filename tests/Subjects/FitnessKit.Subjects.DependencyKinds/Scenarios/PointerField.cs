using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.PointerField;

/// <summary>Holds an unmanaged pointer to the target struct.</summary>
public unsafe class Dependent
{
    private PointerTarget* _pointer;
}

/// <summary>Holds an unmanaged pointer to a BCL struct.</summary>
public unsafe class Independent
{
    private int* _pointer;
}
