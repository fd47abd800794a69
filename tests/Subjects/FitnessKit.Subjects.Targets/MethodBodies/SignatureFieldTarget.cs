namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario MemberSignatureField, as the type of the field SignatureService.Current.</summary>
public class SignatureFieldTarget
{
}
