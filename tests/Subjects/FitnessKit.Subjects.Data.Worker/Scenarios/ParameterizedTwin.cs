using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Compliant twin of <see cref="NpgsqlCommandConstructor"/>: the same constructor, with SQL that names no table (a
/// connection check). It parses, and it reads and writes nothing.
/// </summary>
internal sealed class ParameterizedTwin
{
    public bool IsAlive(NpgsqlConnection connection)
    {
        connection.Open();
        using var command = new NpgsqlCommand("SELECT 1", connection);
        return command.ExecuteScalar() is 1;
    }
}
