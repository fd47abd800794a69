using System.Data;

using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Compliant: Dapper calls a routine of Reporting's by its name alone (<c>commandType: StoredProcedure</c>), as data
/// layers on PostgreSQL and SQL Server do. The name is the whole command: no statement to puzzle over, and no table.
/// </summary>
internal sealed class ProcedureByName
{
    public int RefreshDailySales(NpgsqlConnection connection)
    {
        connection.Open();
        return connection.Execute("reporting.refresh_daily_sales", commandType: CommandType.StoredProcedure);
    }
}
