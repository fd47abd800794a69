namespace FitnessKit.Subjects.Output.Catalog.Storage;

/// <summary>An open generic definition with two named parameters: messages name it <c>Repository&lt;TEntity, TKey&gt;</c>.</summary>
public class Repository<TEntity, TKey>
    where TEntity : class
{
    public TEntity? Find(TKey key) => key is null ? null : default;
}
