using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.MemberSignatureParameter;

/// <summary>Calls a method that takes the target, passing <see langword="null"/>: the target's name appears only in the called method's signature.</summary>
public class Dependent
{
    public void Run() => SignatureService.Accept(null);
}

/// <summary>Calls a method of its own namespace that takes a type of its own namespace, passing <see langword="null"/>.</summary>
public class Independent
{
    public void Run() => LocalService.Accept(null);
}

public static class LocalService
{
    public static void Accept(LocalProduct? product)
    {
    }
}

public class LocalProduct
{
}
