using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted, with a hole: reads "Orders" in a schema chosen at run time. Every hole is a string, so the compiler lowers
/// the interpolation to string.Concat(string, string, string), not to an interpolated string handler. The table is
/// ?."Orders": the schema is unknown and must not be made up from the hole.
/// </summary>
internal sealed class InterpolatedSchemaPrefix
{
    public IReadOnlyList<(Guid Id, string Status)> OrdersIn(NpgsqlConnection connection, string schema)
    {
        connection.Open();
        return connection.Query<(Guid Id, string Status)>($"SELECT * FROM {schema}.\"Orders\"").ToList();
    }
}
