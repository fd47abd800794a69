namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario MemberSignatureReturn, as the return type of SignatureService.Make.</summary>
public class SignatureTarget
{
}
