namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario MemberSignatureParameter, as the parameter type of SignatureService.Accept.</summary>
public class SignatureParameterTarget
{
}
