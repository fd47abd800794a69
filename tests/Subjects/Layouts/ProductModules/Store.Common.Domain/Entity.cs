namespace Store.Common.Domain;

public abstract class Entity
{
    public Guid Id { get; init; } = Guid.NewGuid();
}
