using System.Data;

using Microsoft.Data.SqlClient;

using MySqlConnector;

using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: the worker bulk loads other contexts' tables, with no SQL INSERT in sight. A PostgreSQL binary import
/// (<c>COPY sales."Orders" ... FROM STDIN</c>) writes Sales' orders; a SQL Server bulk copy whose destination is
/// <c>[support].[Tickets]</c>, and a MySqlConnector one whose destination is <c>`support`.`Customers`</c>, write Support's
/// tickets and customers.
/// </summary>
internal sealed class BulkImports(string connectionString)
{
    public void CopyOrdersIn(NpgsqlConnection connection, IEnumerable<Guid> ids)
    {
        connection.Open();
        using var importer = connection.BeginBinaryImport("COPY sales.\"Orders\" (\"Id\") FROM STDIN (FORMAT BINARY)");
        foreach (var id in ids)
        {
            importer.StartRow();
            importer.Write(id);
        }

        importer.Complete();
    }

    public void LoadTickets(DataTable tickets)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var bulk = new SqlBulkCopy(connection) { DestinationTableName = "[support].[Tickets]" };
        bulk.WriteToServer(tickets);
    }

    public void LoadCustomers(MySqlConnection connection, DataTable customers)
    {
        connection.Open();
        var bulk = new MySqlBulkCopy(connection) { DestinationTableName = "`support`.`Customers`" };
        bulk.WriteToServer(customers);
    }
}
