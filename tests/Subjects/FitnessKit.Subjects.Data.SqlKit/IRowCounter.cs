namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>Counts the rows of the table named after <typeparamref name="TRow"/> (<see cref="RowCounter{TRow}"/>).</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public interface IRowCounter<TRow>
{
    int Count();
}
