// PLANTED VIOLATION (FK007): Reporting reads legacy_exports, a table left over from the old monolith that no context's DbContext maps, so no context owns it or its schema.
using Dapper;

using Microsoft.Data.Sqlite;

namespace Shop.Reporting;
#region shop-broken-legacy-export-archive
/// <summary>"Finance still wants the old exports on the dashboard": reads the monolith's export log straight from the shop database.</summary>
public sealed class LegacyExportArchive(string shopConnectionString)
{
    private static readonly string RecentExports =
        "SELECT FileName, ExportedAt FROM legacy_exports WHERE ExportedAt >= @since ORDER BY ExportedAt DESC";

    public async Task<IReadOnlyList<LegacyExportRow>> RecentAsync(DateTimeOffset since)
    {
        await using var connection = new SqliteConnection(shopConnectionString);
        var rows = await connection.QueryAsync<LegacyExportRow>(RecentExports, new { since });
        return [.. rows];
    }
}
#endregion
