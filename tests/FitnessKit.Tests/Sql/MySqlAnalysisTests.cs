using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>MySQL read with the token reader: which tables each statement reads and writes.</summary>
public sealed class MySqlAnalysisTests
{
    public sealed class Analyze
    {
        public static TheoryData<string, string, string> Statements => new()
        {
            { "a table with a foreign key, created from a query, and a view with options", "CREATE TABLE `shipping`.`shipments` (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT, FOREIGN KEY (order_id) REFERENCES sales.orders(id)) ENGINE=InnoDB; CREATE TABLE archive SELECT * FROM sales.orders; CREATE OR REPLACE ALGORITHM = MERGE DEFINER = CURRENT_USER SQL SECURITY INVOKER VIEW reporting.v AS SELECT 1 FROM sales.orders", "CREATE TABLE: C \"shipping\".\"shipments\", R sales.orders | CREATE TABLE: C archive, R sales.orders | CREATE VIEW: C reporting.v, R sales.orders" },
            { "a temporary table dropped, and a table altered", "DROP TEMPORARY TABLE IF EXISTS work; ALTER TABLE sales.orders ADD COLUMN note TEXT", "DROP TABLE | ALTER TABLE: W sales.orders" },
            { "backticks", "SELECT * FROM `shop`.`order details` d JOIN customers c ON c.id = d.customer_id", "SELECT: R \"shop\".\"order details\", R customers" },
            { "select modifiers and index hint", "SELECT SQL_CALC_FOUND_ROWS * FROM orders USE INDEX (idx_placed) WHERE placed > ? LIMIT 10", "SELECT: R orders" },
            { "force index and straight join", "SELECT * FROM orders o FORCE INDEX FOR JOIN (PRIMARY) STRAIGHT_JOIN customers c ON c.id = o.customer_id", "SELECT: R orders, R customers" },
            { "subquery in FROM", "SELECT t.n FROM (SELECT count(*) AS n FROM orders) AS t", "SELECT: R orders" },
            { "on duplicate key update", "INSERT INTO stock (sku, qty) VALUES (?, ?) ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty)", "INSERT: W stock" },
            { "row alias", "INSERT INTO stock (sku, qty) VALUES (?, ?) AS new ON DUPLICATE KEY UPDATE qty = stock.qty + new.qty", "INSERT: W stock" },
            { "insert set", "INSERT IGNORE INTO audit_log SET message = ?, created = NOW()", "INSERT: W audit_log" },
            { "insert without INTO", "INSERT stock VALUES (1, 2)", "INSERT: W stock" },
            { "insert select", "INSERT INTO archive (id) SELECT id FROM orders WHERE placed < ?", "INSERT: W archive, R orders" },
            { "replace", "REPLACE INTO cache (k, v) VALUES ('a', 'b')", "REPLACE: W cache" },
            { "multi-table update", "UPDATE orders o JOIN customers c ON c.id = o.customer_id SET o.status = c.default_status WHERE c.vip = 1", "UPDATE: W orders, R customers" },
            { "update with order and limit", "UPDATE LOW_PRIORITY orders SET status = 2 WHERE id = ? ORDER BY id LIMIT 10", "UPDATE: W orders" },
            { "delete through an alias", "DELETE o FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.deleted = 1", "DELETE: W orders, R customers" },
            { "delete using", "DELETE FROM o USING orders AS o JOIN customers AS c ON c.id = o.customer_id", "DELETE: W orders, R customers" },
            { "delete from two tables", "DELETE orders, order_lines FROM orders JOIN order_lines ON order_lines.order_id = orders.id WHERE orders.id = ?", "DELETE: W orders, W order_lines" },
            { "backslash escape and hash comment holding FROM", "SELECT 'it\\'s FROM customers' FROM orders # FROM customers", "SELECT: R orders" },
            { "select into a variable", "SELECT id INTO @x FROM orders LIMIT 1", "SELECT: R orders" },
            { "locking read", "SELECT * FROM orders LOCK IN SHARE MODE", "SELECT: R orders" },
            { "the system catalog and DUAL, no tables", "SELECT 1 FROM DUAL; SELECT table_name FROM information_schema.tables t JOIN orders o ON o.name = t.table_name; SELECT user FROM mysql.user; SELECT * FROM performance_schema.threads", "SELECT | SELECT: R orders | SELECT | SELECT" },
            { "truncate", "TRUNCATE TABLE staging_import", "TRUNCATE: W staging_import" },
        };

        [Theory]
        [MemberData(nameof(Statements))]
        public void Reads_the_tables_of_each_statement(string scenario, string sql, string expected)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.MySql);

            SqlAnalysisText.Describe(analysis).Should().Be(SqlAnalysisText.Canonical(expected), scenario);
        }

        [Fact]
        public void Names_the_position_of_a_missing_SET()
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze("UPDATE orders o JOIN customers c ON c.id = o.customer_id WHERE c.vip = 1", SqlDialect.MySql);

            analysis.Kind.Should().Be(SqlTextKind.Unparseable);
            analysis.Problem.Should().Be("line 1, column 58: expected SET after the tables of UPDATE but found 'WHERE'");
        }
    }
}
