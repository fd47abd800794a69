using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.MemberSignatureField;

/// <summary>Reads a field whose type is the target and uses it only as <see cref="object"/>: the target's name appears only in the field's signature.</summary>
public class Dependent
{
    public int Run() => SignatureService.Current.GetHashCode();
}

/// <summary>Reads a field of its own namespace whose type is of its own namespace.</summary>
public class Independent
{
    public int Run() => LocalService.Current.GetHashCode();
}

public static class LocalService
{
    public static readonly LocalProduct Current = new();
}

public class LocalProduct
{
}
