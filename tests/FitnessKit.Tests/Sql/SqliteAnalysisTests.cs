using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>SQLite read with the token reader: which tables each statement reads and writes.</summary>
public sealed class SqliteAnalysisTests
{
    public sealed class Analyze
    {
        public static TheoryData<string, string, string> Statements => new()
        {
            { "simple select", "SELECT id FROM orders WHERE id = ?", "SELECT: R orders" },
            { "a table with a foreign key, and a temporary one", "CREATE TABLE IF NOT EXISTS shipments (id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id)) WITHOUT ROWID; CREATE TEMP TABLE work (id)", "CREATE TABLE: C shipments, R orders | CREATE TABLE" },
            { "a view", "CREATE VIEW IF NOT EXISTS v_open AS SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id", "CREATE VIEW: C v_open, R orders, R customers" },
            { "a trigger, each statement of its body a statement of its own", "CREATE TRIGGER trg AFTER UPDATE OF total ON orders FOR EACH ROW BEGIN UPDATE audit SET n = n + 1; INSERT INTO log SELECT id FROM customers; END; CREATE INDEX main.ix ON orders (placed)", "CREATE TRIGGER: W orders | UPDATE: W audit | INSERT: W log, R customers | CREATE INDEX: W orders" },
            { "brackets and backticks", "SELECT * FROM [Order Details] d JOIN `customers` c ON c.id = d.customer_id", "SELECT: R \"Order Details\", R \"customers\"" },
            { "attached database and double quotes", "SELECT * FROM main.orders o JOIN \"line items\" li ON li.order_id = o.id", "SELECT: R main.orders, R \"line items\"" },
            { "left join and comma join", "SELECT * FROM orders o LEFT JOIN customers c ON c.id = o.customer_id, currencies", "SELECT: R orders, R customers, R currencies" },
            { "subquery in WHERE", "SELECT * FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE total > :min)", "SELECT: R customers, R orders" },
            { "insert or replace", "INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)", "INSERT: W settings" },
            { "upsert", "INSERT INTO stock (sku, qty) VALUES (@sku, :qty) ON CONFLICT(sku) DO UPDATE SET qty = qty + excluded.qty", "INSERT: W stock" },
            { "insert select", "INSERT INTO archive SELECT * FROM orders WHERE placed < $cutoff", "INSERT: W archive, R orders" },
            { "replace", "REPLACE INTO cache (k, v) VALUES ('a', 'b')", "REPLACE: W cache" },
            { "update or ignore", "UPDATE OR IGNORE orders SET status = $status WHERE id = ?", "UPDATE: W orders" },
            { "update from", "UPDATE orders SET total = t.sum FROM (SELECT order_id, sum(amount) AS sum FROM lines GROUP BY order_id) AS t WHERE t.order_id = orders.id", "UPDATE: W orders, R lines" },
            { "delete returning", "DELETE FROM carts WHERE expires < datetime('now') RETURNING id", "DELETE: W carts" },
            { "indexed by", "SELECT * FROM orders INDEXED BY idx_orders_placed WHERE placed > ?", "SELECT: R orders" },
            { "not indexed", "SELECT * FROM orders NOT INDEXED", "SELECT: R orders" },
            { "the system catalog, no table", "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN (SELECT name FROM sqlite_sequence); SELECT * FROM main.sqlite_schema", "SELECT | SELECT" },
            { "table-valued function", "SELECT j.value FROM orders o, json_each(o.tags) j", "SELECT: R orders" },
            { "recursive CTE without tables", "WITH RECURSIVE cnt(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM cnt WHERE x < 10) SELECT x FROM cnt", "SELECT" },
            { "limit with offset", "SELECT * FROM orders LIMIT 10, 20", "SELECT: R orders" },
            { "pragma and transaction", "PRAGMA foreign_keys = ON; BEGIN; INSERT INTO log (m) VALUES ('FROM customers'); COMMIT;", "PRAGMA | BEGIN | INSERT: W log | COMMIT" },
        };

        [Theory]
        [MemberData(nameof(Statements))]
        public void Reads_the_tables_of_each_statement(string scenario, string sql, string expected)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.Sqlite);

            SqlAnalysisText.Describe(analysis).Should().Be(SqlAnalysisText.Canonical(expected), scenario);
        }

        [Fact]
        public void Does_not_nest_block_comments()
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze("SELECT * /* a /* b */ FROM orders", SqlDialect.Sqlite);

            SqlAnalysisText.Describe(analysis).Should().Be("SELECT: R orders");
        }

        [Fact]
        public void Names_the_position_of_an_unclosed_bracket()
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze("SELECT * FROM [Order Details", SqlDialect.Sqlite);

            analysis.Kind.Should().Be(SqlTextKind.Unparseable);
            analysis.Problem.Should().Be("line 1, column 15: unterminated quoted identifier");
        }
    }
}
