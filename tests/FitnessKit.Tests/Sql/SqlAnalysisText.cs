using FitnessKit.Sql;

namespace FitnessKit.Tests.Sql;

/// <summary>
/// Writes an analysis as one line that a table of expectations can hold:
/// <c>SELECT: R sales.Orders, R sales.Customers | INSERT: W audit.Log | CREATE VIEW: C sales.Recent</c>. Statements keep their order; the uses of
/// a statement are compared as a set (sorted), so an expectation lists them in the order a reader finds natural.
/// A statement without tables is its kind alone; an answer that is not Sql is <c>Unparseable: problem</c>.
/// </summary>
internal static class SqlAnalysisText
{
    public static string Describe(SqlAnalysis analysis) =>
        analysis.Kind == SqlTextKind.Sql
            ? Canonical(string.Join(" | ", analysis.Statements.Select(Describe)))
            : $"{analysis.Kind}: {analysis.Problem}";

    /// <summary>The expectation with each statement's uses sorted, as <see cref="Describe(SqlAnalysis)"/> writes them.</summary>
    public static string Canonical(string expected) =>
        string.Join(" | ", expected.Split(" | ").Select(statement =>
        {
            int colon = statement.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                return statement;
            }

            IEnumerable<string> uses = statement[(colon + 2)..].Split(", ").Order(StringComparer.Ordinal);
            return $"{statement[..colon]}: {string.Join(", ", uses)}";
        }));

    private static string Describe(SqlStatementInfo statement) =>
        statement.Tables.Count == 0
            ? statement.Kind
            : $"{statement.Kind}: {string.Join(", ", statement.Tables.Select(Describe))}";

    private static string Describe(SqlTableUse use) => $"{use.Access switch { TableAccess.Write => "W", TableAccess.Create => "C", TableAccess.Execute => "X", _ => "R" }}{(use.Routine && use.Access != TableAccess.Execute ? " routine" : string.Empty)} {use.Table}";
}
