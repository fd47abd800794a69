using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>T-SQL read with ScriptDom: which tables each statement reads and writes.</summary>
public sealed class SqlServerAnalysisTests
{
    public sealed class Analyze
    {
        public static TheoryData<string, string, string> Statements => new()
        {
            { "simple select", "SELECT Id, Total FROM sales.Orders", "SELECT: R sales.Orders" },
            { "unqualified name", "SELECT * FROM Orders WHERE Id = @id", "SELECT: R Orders" },
            { "inner join, alias with and without AS", "SELECT o.Id, c.Name FROM sales.Orders AS o INNER JOIN crm.Customers c ON c.Id = o.CustomerId", "SELECT: R sales.Orders, R crm.Customers" },
            { "left and cross join", "SELECT * FROM sales.Orders o LEFT OUTER JOIN sales.OrderLines l ON l.OrderId = o.Id CROSS JOIN ref.Currencies", "SELECT: R sales.Orders, R sales.OrderLines, R ref.Currencies" },
            { "comma join", "SELECT * FROM sales.Orders o, crm.Customers c WHERE o.CustomerId = c.Id", "SELECT: R sales.Orders, R crm.Customers" },
            { "bracket-quoted names", "SELECT * FROM [sales].[Order Details] d", "SELECT: R \"sales\".\"Order Details\"" },
            { "double-quoted names", "SELECT * FROM \"sales\".\"Orders\"", "SELECT: R \"sales\".\"Orders\"" },
            { "three-part name", "SELECT * FROM Shop.sales.Orders", "SELECT: R Shop.sales.Orders" },
            { "database without schema", "SELECT * FROM Shop..Orders", "SELECT: R Shop..Orders" },
            { "subquery in FROM", "SELECT t.Total FROM (SELECT CustomerId, SUM(Total) AS Total FROM sales.Orders GROUP BY CustomerId) t", "SELECT: R sales.Orders" },
            { "subquery in WHERE IN", "SELECT * FROM crm.Customers WHERE Id IN (SELECT CustomerId FROM sales.Orders)", "SELECT: R crm.Customers, R sales.Orders" },
            { "subquery in EXISTS", "SELECT * FROM crm.Customers c WHERE EXISTS (SELECT 1 FROM sales.Orders o WHERE o.CustomerId = c.Id)", "SELECT: R crm.Customers, R sales.Orders" },
            { "CTE", "WITH recent AS (SELECT * FROM sales.Orders WHERE Placed > @since) SELECT * FROM recent r JOIN crm.Customers c ON c.Id = r.CustomerId", "SELECT: R sales.Orders, R crm.Customers" },
            { "CTE referring to another CTE", "WITH a AS (SELECT * FROM sales.Orders), b AS (SELECT * FROM a WHERE Total > 10) SELECT * FROM b", "SELECT: R sales.Orders" },
            { "recursive CTE", "WITH tree AS (SELECT Id, ParentId FROM catalog.Categories WHERE ParentId IS NULL UNION ALL SELECT c.Id, c.ParentId FROM catalog.Categories c JOIN tree t ON c.ParentId = t.Id) SELECT * FROM tree", "SELECT: R catalog.Categories" },
            { "CTE named like a table of another schema", "WITH Orders AS (SELECT * FROM archive.Orders) SELECT * FROM Orders", "SELECT: R archive.Orders" },
            { "union", "SELECT Id FROM sales.Orders UNION ALL SELECT Id FROM archive.Orders", "SELECT: R sales.Orders, R archive.Orders" },
            { "insert values", "INSERT INTO audit.Log (Message) VALUES (@m)", "INSERT: W audit.Log" },
            { "insert select", "INSERT INTO archive.Orders (Id) SELECT Id FROM sales.Orders WHERE Placed < @cutoff", "INSERT: W archive.Orders, R sales.Orders" },
            { "insert into the table it reads", "INSERT INTO sales.Orders (Id) SELECT Id + 1 FROM sales.Orders", "INSERT: W sales.Orders, R sales.Orders" },
            { "update", "UPDATE sales.Orders SET Status = 2 WHERE Id = @id", "UPDATE: W sales.Orders" },
            { "update through a FROM alias", "UPDATE o SET o.Status = 3 FROM sales.Orders o JOIN crm.Customers c ON c.Id = o.CustomerId WHERE c.Blocked = 1", "UPDATE: W sales.Orders, R crm.Customers" },
            { "update named like its FROM table", "UPDATE Orders SET Seen = 1 FROM sales.Orders JOIN crm.Customers c ON c.Id = Orders.CustomerId", "UPDATE: W sales.Orders, R crm.Customers" },
            { "update with a subquery in SET", "UPDATE sales.Orders SET Total = (SELECT SUM(Amount) FROM sales.OrderLines l WHERE l.OrderId = Orders.Id)", "UPDATE: W sales.Orders, R sales.OrderLines" },
            { "delete", "DELETE FROM sales.Carts WHERE Expires < GETUTCDATE()", "DELETE: W sales.Carts" },
            { "delete through a FROM alias", "DELETE c FROM sales.Carts c JOIN crm.Customers u ON u.Id = c.CustomerId WHERE u.Deleted = 1", "DELETE: W sales.Carts, R crm.Customers" },
            { "delete with OUTPUT INTO", "DELETE FROM sales.Carts OUTPUT deleted.Id INTO audit.DeletedCarts (Id) WHERE Expires < @now", "DELETE: W sales.Carts, W audit.DeletedCarts" },
            { "merge", "MERGE INTO sales.Prices AS t USING staging.Prices AS s ON t.Sku = s.Sku WHEN MATCHED THEN UPDATE SET t.Amount = s.Amount WHEN NOT MATCHED THEN INSERT (Sku, Amount) VALUES (s.Sku, s.Amount);", "MERGE: W sales.Prices, R staging.Prices" },
            { "merge from a subquery", "MERGE sales.Stock AS t USING (SELECT Sku, SUM(Qty) AS Qty FROM sales.OrderLines GROUP BY Sku) AS s ON t.Sku = s.Sku WHEN MATCHED THEN DELETE;", "MERGE: W sales.Stock, R sales.OrderLines" },
            { "truncate", "TRUNCATE TABLE staging.Import", "TRUNCATE: W staging.Import" },
            { "select into", "SELECT * INTO archive.Orders2024 FROM sales.Orders", "SELECT: W archive.Orders2024, R sales.Orders" },
            { "select into a temp table", "SELECT * INTO #orders FROM sales.Orders", "SELECT: R sales.Orders" },
            { "the system catalog, no table", "SELECT t.TABLE_NAME FROM INFORMATION_SCHEMA.TABLES t JOIN sys.columns c ON c.object_id = OBJECT_ID(t.TABLE_NAME) JOIN sales.Orders o ON o.Id = c.column_id", "SELECT: R sales.Orders" },
            { "EF Core's migrations history, no table", "SELECT TOP 1 MigrationId FROM [orders].[__EFMigrationsHistory] h JOIN orders.Orders o ON o.Id = 1", "SELECT: R orders.Orders" },
            { "system databases and compatibility views, no tables", "SELECT name FROM master.sys.databases; SELECT * FROM msdb.dbo.sysjobs; SELECT * FROM sysobjects WHERE xtype = 'U'; SELECT * FROM dbo.sysindexes", "SELECT | SELECT | SELECT | SELECT" },
            { "a schema of the user's named like a catalog view", "SELECT * FROM ops.sysobjects; SELECT * FROM sales.pg_jobs", "SELECT: R ops.sysobjects | SELECT: R sales.pg_jobs" },
            { "temp tables and table variables", "DECLARE @ids TABLE (Id int); INSERT INTO @ids SELECT Id FROM sales.Orders; SELECT * FROM #work w JOIN @ids i ON i.Id = w.Id JOIN ##shared s ON s.Id = w.Id", "DECLARE | INSERT: R sales.Orders | SELECT" },
            { "batch of statements", "SELECT * FROM sales.Orders; UPDATE crm.Customers SET Seen = 1", "SELECT: R sales.Orders | UPDATE: W crm.Customers" },
            { "batches split by GO", "SELECT * FROM sales.Orders\nGO\nSELECT * FROM crm.Customers", "SELECT: R sales.Orders | SELECT: R crm.Customers" },
            { "table-valued function", "SELECT * FROM sales.OrdersOf(@customer) o JOIN crm.Customers c ON c.Id = o.CustomerId CROSS APPLY STRING_SPLIT(o.Tags, ',') t", "SELECT: X sales.OrdersOf, R crm.Customers" },
            { "cross apply of a built-in function", "SELECT * FROM sales.Orders o CROSS APPLY STRING_SPLIT(o.Tags, ',') t", "SELECT: R sales.Orders" },
            { "outer apply of a subquery", "SELECT * FROM crm.Customers c OUTER APPLY (SELECT TOP 1 * FROM sales.Orders o WHERE o.CustomerId = c.Id ORDER BY o.Placed DESC) last", "SELECT: R crm.Customers, R sales.Orders" },
            { "string holding FROM", "SELECT 'FROM crm.Customers' AS Text FROM sales.Orders", "SELECT: R sales.Orders" },
            { "comments holding table names", "-- reads crm.Customers\nSELECT * /* FROM crm.Customers /* nested */ */ FROM sales.Orders", "SELECT: R sales.Orders" },
            { "IF EXISTS opened into its statements", "IF EXISTS (SELECT 1 FROM sales.Orders WHERE Id = @id) UPDATE sales.Orders SET Seen = 1 ELSE INSERT INTO audit.Missing (Id) VALUES (@id)", "IF: R sales.Orders | UPDATE: W sales.Orders | INSERT: W audit.Missing" },
            { "transaction around an update", "BEGIN TRANSACTION; UPDATE sales.Orders SET Status = 1; COMMIT;", "BEGIN TRANSACTION | UPDATE: W sales.Orders | COMMIT TRANSACTION" },
            { "stored procedure call", "EXEC sales.PlaceOrder @id", "EXECUTE: X sales.PlaceOrder" },
            { "an xml column's nodes applied is no routine", "SELECT t.c.value('.', 'int') FROM sales.Docs d CROSS APPLY d.Doc.nodes('/a/b') AS t(c); SELECT n.c.value('@id', 'int') FROM @x.nodes('/r') n(c); SELECT x.c.query('.') FROM sales.Docs CROSS APPLY Doc.nodes('/a') x(c)", "SELECT: R sales.Docs | SELECT | SELECT: R sales.Docs" },
            { "a scalar function of a schema called, the methods of SQL Server's types not", "SELECT sales.TotalOf(c.Id), c.Doc.value('(/a)[1]', 'int'), Doc.query('.'), c.Place.STDistance(@p), Place.STAsText(), Node.GetAncestor(1), geography::Point(1, 2, 4326), sys.fn_varbintohexstr(0x01) FROM crm.Customers c WHERE dbo.IsActive(c.Id) = 1", "SELECT: X sales.TotalOf, R crm.Customers, X dbo.IsActive" },
            { "a procedure's name alone, as a stored procedure command", "sales.PlaceOrder", "EXECUTE: X sales.PlaceOrder" },
            { "system procedures and dynamic SQL are no routine of a context", "EXEC sp_executesql @sql; EXEC dbo.sp_getapplock @Resource = 'x', @LockMode = 'Exclusive'; EXEC (@sql); EXEC sys.sp_who", "EXECUTE | EXECUTE | EXECUTE | EXECUTE" },
            { "a procedure created, each statement of its body a statement of its own", "CREATE OR ALTER PROCEDURE reporting.RefreshTotals AS BEGIN DELETE FROM reporting.Totals; INSERT INTO reporting.Totals SELECT CustomerId, SUM(Total) FROM sales.Orders GROUP BY CustomerId; EXEC audit.Log 'refreshed' END", "CREATE OR ALTER PROCEDURE: C routine reporting.RefreshTotals | DELETE: W reporting.Totals | INSERT: W reporting.Totals, R sales.Orders | EXECUTE: X audit.Log" },
            { "functions created, altered and dropped", "CREATE FUNCTION sales.TotalOf (@id int) RETURNS money AS BEGIN RETURN (SELECT SUM(Total) FROM sales.Orders WHERE CustomerId = @id) END\nGO\nALTER FUNCTION sales.TotalOf (@id int) RETURNS money AS BEGIN RETURN 0 END\nGO\nDROP FUNCTION sales.TotalOf; DROP PROCEDURE IF EXISTS reporting.RefreshTotals", "CREATE FUNCTION: C routine sales.TotalOf | RETURN: R sales.Orders | ALTER FUNCTION: W routine sales.TotalOf | RETURN | DROP FUNCTION: W routine sales.TotalOf | DROP PROCEDURE: W routine reporting.RefreshTotals" },
            { "Dapper list parameters", "SELECT * FROM sales.Orders WHERE Id IN @ids AND Status NOT IN @statuses; DELETE FROM sales.Carts WHERE Id IN (@id)", "SELECT: R sales.Orders | DELETE: W sales.Carts" },
            { "TRY..CATCH and WHILE opened into their statements", "BEGIN TRY DELETE FROM sales.Carts END TRY BEGIN CATCH INSERT INTO audit.Errors VALUES (1) END CATCH; WHILE EXISTS (SELECT 1 FROM queue.Jobs) BEGIN DELETE TOP (10) FROM queue.Jobs END", "DELETE: W sales.Carts | INSERT: W audit.Errors | WHILE: R queue.Jobs | DELETE: W queue.Jobs" },
            { "insert of a procedure's result", "INSERT INTO audit.Log EXEC sales.GetLog", "INSERT: W audit.Log, X sales.GetLog" },
            { "a table and a view created, the view's query read", "CREATE TABLE sales.Orders (Id int)\nGO\nCREATE VIEW sales.Recent AS SELECT * FROM crm.Customers", "CREATE TABLE: C sales.Orders | CREATE VIEW: C sales.Recent, R crm.Customers" },
            { "a table with foreign keys to others", "CREATE TABLE shipping.Shipments (Id int PRIMARY KEY, OrderId int NOT NULL REFERENCES sales.Orders (Id), CustomerId int, CONSTRAINT FK_C FOREIGN KEY (CustomerId) REFERENCES crm.Customers (Id))", "CREATE TABLE: C shipping.Shipments, R sales.Orders, R crm.Customers" },
            { "a temporary table is no table", "CREATE TABLE #work (Id int); DROP TABLE #work", "CREATE TABLE | DROP TABLE" },
            { "a view created or altered", "CREATE OR ALTER VIEW reporting.vSales AS SELECT o.Id FROM sales.Orders o JOIN crm.Customers c ON c.Id = o.CustomerId\nGO\nALTER VIEW reporting.vDaily AS SELECT 1 AS One FROM sales.Orders", "CREATE OR ALTER VIEW: C reporting.vSales, R sales.Orders, R crm.Customers | ALTER VIEW: W reporting.vDaily, R sales.Orders" },
            { "a table altered with a foreign key added", "ALTER TABLE shipping.Shipments ADD CONSTRAINT FK_O FOREIGN KEY (OrderId) REFERENCES sales.Orders (Id); ALTER TABLE sales.Orders ADD Note nvarchar(100) NULL", "ALTER TABLE ADD TABLE ELEMENT: W shipping.Shipments, R sales.Orders | ALTER TABLE ADD TABLE ELEMENT: W sales.Orders" },
            { "tables and views dropped", "DROP TABLE IF EXISTS sales.Carts, sales.CartLines; DROP VIEW reporting.vDaily", "DROP TABLE: W sales.Carts, W sales.CartLines | DROP VIEW: W reporting.vDaily" },
            { "a synonym created over another schema's table reads it, and is dropped", "CREATE SYNONYM reporting.Orders FOR sales.Orders; DROP SYNONYM IF EXISTS reporting.Orders", "CREATE SYNONYM: C reporting.Orders, R sales.Orders | DROP SYNONYM: W reporting.Orders" },
            { "an index and a trigger on a table, the trigger's body read", "CREATE UNIQUE INDEX IX_Orders ON sales.Orders (Placed)\nGO\nCREATE TRIGGER sales.trgAudit ON sales.Orders AFTER UPDATE AS INSERT INTO audit.Log (Message) SELECT 'changed' FROM inserted", "CREATE INDEX: W sales.Orders | CREATE TRIGGER: W sales.Orders | INSERT: W audit.Log" },
            { "temporal table", "SELECT * FROM sales.Orders FOR SYSTEM_TIME AS OF '2024-01-01'", "SELECT: R sales.Orders" },
            { "OPENJSON with a schema", "SELECT * FROM OPENJSON(@j) WITH (Id int) j JOIN sales.Orders o ON o.Id = j.Id", "SELECT: R sales.Orders" },
        };

        [Theory]
        [MemberData(nameof(Statements))]
        public void Reads_the_tables_of_each_statement(string scenario, string sql, string expected)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.SqlServer);

            SqlAnalysisText.Describe(analysis).Should().Be(SqlAnalysisText.Canonical(expected), scenario);
        }

        [Fact]
        public void Reports_the_dialect_and_numbers_the_statements()
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze("SELECT 1 FROM a.T; SELECT 2 FROM b.T", SqlDialect.SqlServer);

            analysis.Kind.Should().Be(SqlTextKind.Sql);
            analysis.DialectUsed.Should().Be(SqlDialect.SqlServer);
            analysis.Problem.Should().BeNull();
            analysis.Statements.Select(s => s.Index).Should().Equal(0, 1);
        }

        [Theory]
        [InlineData("SqlServer")]
        [InlineData("PostgreSql")]
        [InlineData("Sqlite")]
        public void Gives_the_line_each_statement_starts_on(string dialect)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze("-- a script\nCREATE TABLE a.T (Id int);\n\nINSERT INTO a.T\n  SELECT Id FROM a.U;  SELECT 1 FROM a.T", Enum.Parse<SqlDialect>(dialect));

            analysis.Statements.Select(s => s.Line).Should().Equal(2, 4, 5);
        }

        [Fact]
        public void Returns_names_as_written_with_their_quoting()
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze("SELECT * FROM [Sales].orders", SqlDialect.SqlServer);

            analysis.TableUses.Should().ContainSingle().Which.Table.Should().Be(
                new SqlObjectName("Sales", "orders", SchemaQuoted: true, NameQuoted: false, SchemaIsHole: false, NameIsHole: false));
        }

        [Theory]
        [InlineData("SELECT Id FORM sales.Orders", "line 1, column 16: incorrect syntax near 'sales'")]
        [InlineData("SELECT * FROM sales.Orders WHERE", "line 1, column 33: unexpected end of file occurred")]
        [InlineData("SELECT (1 FROM sales.Orders", "line 1, column 11: incorrect syntax near 'FROM'")]
        public void Gives_the_first_parse_error_with_its_position(string sql, string problem)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.SqlServer);

            analysis.Kind.Should().Be(SqlTextKind.Unparseable);
            analysis.Statements.Should().BeEmpty();
            analysis.Problem.Should().Be(problem);
        }
    }
}
