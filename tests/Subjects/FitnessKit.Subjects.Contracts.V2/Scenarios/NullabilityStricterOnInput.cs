// FK013, breaking: V2 no longer accepts null where consumers write (a settable property, a parameter).
namespace FitnessKit.Subjects.Contracts.NullabilityStricterOnInput;

public sealed class DeliveryNote
{
    public string Comment { get; set; } = "";

    public void Annotate(string remark)
    {
    }
}
