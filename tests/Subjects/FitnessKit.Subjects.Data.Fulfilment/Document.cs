namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>The abstract root of a hierarchy with a table per concrete type (<see cref="DocumentConfiguration"/>): no table of its own.</summary>
public abstract class Document
{
    public Guid Id { get; set; }

    public DateTime IssuedAt { get; set; }
}
