using FitnessKit.Rules;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The audit counts stored procedures and functions apart from tables: the Data subjects call and create routines in
/// Support's, Ledger's and Reporting's SQL (and Reporting's model maps three functions), and a count of "tables" that held them would overstate the tables.
/// </summary>
public sealed class RoutineCountTests
{
    [Fact]
    public void Counts_the_routines_of_the_catalog_apart_from_its_tables()
    {
        var routines = DataSubjects.Tables.Tables.Where(t => t.IsRoutine).Select(t => t.Table.ToString()).Order(StringComparer.Ordinal).ToList();

        routines.Should().Equal(
            "ops.ufn_BalanceOf", "ops.usp_CloseAccount", "reporting.archived_count", "reporting.orders_of_customer", "reporting.refresh_daily_sales",
            "reporting.runs_of_day", "support.open_ticket_count", "support.open_tickets_of", "support.usp_CloseStaleTickets");
        DataPhrases.Objects(DataSubjects.Tables).Should().Be($"{DataSubjects.Tables.Tables.Count - 9} tables and 9 routines");
    }
}
