using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.FunctionPointerField;

/// <summary>Holds a function pointer that takes the target.</summary>
public unsafe class Dependent
{
    private delegate*<FunctionPointerTarget, void> _callback;
}

/// <summary>Holds a function pointer that takes a BCL type.</summary>
public unsafe class Independent
{
    private delegate*<string, void> _callback;
}
