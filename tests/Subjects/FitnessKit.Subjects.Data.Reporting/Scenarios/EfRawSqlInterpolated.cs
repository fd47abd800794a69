using FitnessKit.Subjects.Data.Reporting.Persistence;

using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// EF Core raw SQL through Reporting's own context. Planted: SqlQuery&lt;int&gt; with an interpolated string that the
/// compiler turns into a FormattableString (FormattableStringFactory.Create with "{0}" and a boxed Guid), reading Sales'
/// "Orders". Compliant: ExecuteSqlRaw deleting from Reporting's own "ReportRuns", where "{0}" is EF's parameter
/// placeholder, not a hole in the text.
/// </summary>
internal sealed class EfRawSqlInterpolated
{
    public async Task<int> OrderCountOfCustomerAsync(Guid customerId)
    {
        await using var context = new ReportingDbContext();
        return await context.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sales.\"Orders\" WHERE \"CustomerId\" = {customerId}").SingleAsync();
    }

    public int DeleteRunsBefore(DateTime cutoff)
    {
        using var context = new ReportingDbContext();
        return context.Database.ExecuteSqlRaw("DELETE FROM reporting.\"ReportRuns\" WHERE \"StartedAt\" < {0}", cutoff);
    }
}
