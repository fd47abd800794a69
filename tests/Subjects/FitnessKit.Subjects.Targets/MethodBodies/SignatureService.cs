namespace FitnessKit.Subjects.Targets;

/// <summary>
/// Called by the scenarios MemberSignatureReturn, MemberSignatureParameter and MemberSignatureField, which name only this
/// service and never the types in its signatures.
/// </summary>
public static class SignatureService
{
    public static readonly SignatureFieldTarget Current = new();

    public static SignatureTarget Make() => new();

    public static void Accept(SignatureParameterTarget? target)
    {
    }
}
