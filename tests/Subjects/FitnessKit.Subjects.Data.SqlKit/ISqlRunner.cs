namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>What callers see of the retrying runner: they call the interface, never the class.</summary>
public interface ISqlRunner
{
    Task<int> ExecuteAsync(string sql);
}
