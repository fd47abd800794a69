using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.MemberSignatureReturn;

/// <summary>
/// Calls a method that returns the target and uses the result only as <see cref="object"/>: the target's name appears
/// only in the called method's signature.
/// </summary>
public class Dependent
{
    public int Run() => SignatureService.Make().GetHashCode();
}

/// <summary>Calls a method of its own namespace that returns a type of its own namespace.</summary>
public class Independent
{
    public int Run() => LocalService.Make().GetHashCode();
}

public static class LocalService
{
    public static LocalProduct Make() => new();
}

public class LocalProduct
{
}
