using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Sales' "Customers". A literal concatenated with an int parameter: the compiler calls Int32.ToString on
/// the hoisted parameter and string.Concat(string, string), inside an async state machine.
/// </summary>
internal sealed class ConcatenatedCustomerLookup
{
    public async Task<string> CustomerNameAsync(NpgsqlConnection connection, int id)
    {
        await connection.OpenAsync();
        return await connection.QueryFirstAsync<string>("SELECT \"Name\" FROM sales.\"Customers\" WHERE \"Id\" = " + id);
    }
}
