// FK013, breaking: V2 removes OrderDto.Note.
namespace FitnessKit.Subjects.Contracts.PropertyRemoved;

public sealed class OrderDto
{
    public Guid Id { get; init; }
}

public sealed class OrderLineDto
{
    public string Sku { get; init; } = "";
}
