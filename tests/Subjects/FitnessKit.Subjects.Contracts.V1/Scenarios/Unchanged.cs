// FK013, the compliant twin: the same in both builds, with the shapes a contract has (records, generics, nullable
// references at depth, optional parameters, events, constants, nested types), so nothing may be reported for it.
namespace FitnessKit.Subjects.Contracts.Unchanged;

public sealed record OrderPlaced(Guid OrderId, decimal Total, IReadOnlyList<string?> Notes);

public sealed class Page<T>
    where T : class
{
    public const int MaxSize = 100;

    public IReadOnlyList<T?> Items { get; init; } = [];

    public Dictionary<string, List<T>?>? Index { get; set; }

    public int? Total { get; init; }

    public event EventHandler<T>? Changed;

    public Page<T> Next(int size = 20, string? cursor = null, params string[] fields) => this;

    public bool TryGet(int index, out T? item)
    {
        item = null;
        return false;
    }

    public sealed class Cursor
    {
        public string Value { get; init; } = "";
    }
}

public interface IOrderQueries
{
    Task<OrderPlaced?> FindAsync(Guid orderId, CancellationToken cancellationToken = default);

    string Describe(OrderPlaced order) => order.OrderId.ToString();
}

public abstract class Handler
{
    protected abstract void Handle(OrderPlaced message);

    public virtual string Name => "handler";
}
