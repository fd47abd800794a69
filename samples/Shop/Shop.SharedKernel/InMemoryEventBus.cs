namespace Shop.SharedKernel;

/// <summary>Delivers each event to its subscribers one after another, in the order they subscribed.</summary>
public sealed class InMemoryEventBus : IEventBus
{
    private readonly Dictionary<Type, List<Delegate>> _handlers = [];
    private readonly Lock _gate = new();

    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken = default)
        where TEvent : IIntegrationEvent
    {
        Delegate[] handlers;
        lock (_gate)
        {
            handlers = _handlers.TryGetValue(typeof(TEvent), out var subscribed) ? [.. subscribed] : [];
        }

        foreach (var handler in handlers.Cast<Func<TEvent, CancellationToken, Task>>())
        {
            await handler(integrationEvent, cancellationToken);
        }
    }

    public void Subscribe<TEvent>(Func<TEvent, CancellationToken, Task> handler)
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            if (!_handlers.TryGetValue(typeof(TEvent), out var subscribed))
            {
                subscribed = [];
                _handlers[typeof(TEvent)] = subscribed;
            }

            subscribed.Add(handler);
        }
    }
}
