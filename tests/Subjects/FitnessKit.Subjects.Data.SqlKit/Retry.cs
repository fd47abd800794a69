using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>The retry policy every caller shares: it runs a delegate up to three times, and sees no SQL of its own.</summary>
public static class Retry
{
    public static async Task<T> Run<T>(Func<Task<T>> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (NpgsqlException) when (attempt < 3)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }
}
