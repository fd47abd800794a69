// FK013, breaking: V2 makes Address.Street read-only and Address.City init-only.
namespace FitnessKit.Subjects.Contracts.SettableMadeReadOnly;

public sealed class Address
{
    public string Street { get; set; } = "";

    public string City { get; set; } = "";
}
