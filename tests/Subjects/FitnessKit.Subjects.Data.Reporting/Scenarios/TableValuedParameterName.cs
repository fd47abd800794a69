using System.Data;

using Dapper;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Compliant: Dapper's other string-taking methods name no SQL. A table-valued parameter's type name
/// (<c>AsTableValuedParameter("reporting.id_list")</c>, <c>SetTypeName</c>) is not a statement; only the query sent
/// through the connection is, and it reads Reporting's own table.
/// </summary>
internal sealed class TableValuedParameterName
{
    public IReadOnlyList<string> NamesOf(IDbConnection connection, DataTable ids)
    {
        ids.SetTypeName("reporting.id_list");
        return connection.Query<string>(
            "SELECT \"Name\" FROM reporting.\"ReportRuns\" WHERE \"Id\" = ANY(@ids)",
            new { ids = ids.AsTableValuedParameter("reporting.id_list") }).ToList();
    }
}
