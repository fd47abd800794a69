using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>PostgreSQL read with the token reader: which tables each statement reads and writes.</summary>
public sealed class PostgreSqlAnalysisTests
{
    public sealed class Analyze
    {
        public static TheoryData<string, string, string> Statements => new()
        {
            { "simple select", "SELECT id, total FROM sales.orders", "SELECT: R sales.orders" },
            { "inner join, alias with and without AS", "SELECT o.id, c.name FROM sales.orders AS o INNER JOIN crm.customers c ON c.id = o.customer_id", "SELECT: R sales.orders, R crm.customers" },
            { "left, cross and full join", "SELECT * FROM sales.orders o LEFT JOIN sales.order_lines l USING (order_id) CROSS JOIN ref.currencies FULL OUTER JOIN ref.rates r ON true", "SELECT: R sales.orders, R sales.order_lines, R ref.currencies, R ref.rates" },
            { "comma join", "SELECT * FROM sales.orders o, crm.customers c WHERE o.customer_id = c.id", "SELECT: R sales.orders, R crm.customers" },
            { "quoted names with an escaped quote", "SELECT * FROM \"Sales\".\"Order Details\" d JOIN \"odd\"\"name\" w ON true", "SELECT: R \"Sales\".\"Order Details\", R \"odd\"name\"" },
            { "three-part name", "SELECT * FROM shop.sales.orders", "SELECT: R shop.sales.orders" },
            { "subquery in FROM", "SELECT t.total FROM (SELECT customer_id, sum(total) AS total FROM sales.orders GROUP BY customer_id) t", "SELECT: R sales.orders" },
            { "subqueries in WHERE IN and NOT EXISTS", "SELECT * FROM crm.customers WHERE id IN (SELECT customer_id FROM sales.orders) AND NOT EXISTS (SELECT 1 FROM crm.blocked b WHERE b.id = customers.id)", "SELECT: R crm.customers, R sales.orders, R crm.blocked" },
            { "subquery in CASE", "SELECT CASE WHEN total > 10 THEN (SELECT max(x) FROM ref.limits) ELSE 0 END FROM sales.orders", "SELECT: R ref.limits, R sales.orders" },
            { "union of parenthesized queries", "SELECT * FROM ((SELECT id FROM a.t1) UNION (SELECT id FROM a.t2)) u", "SELECT: R a.t1, R a.t2" },
            { "parenthesized join starting with a derived table", "SELECT * FROM ((SELECT id FROM a.t1) x JOIN a.t2 y ON x.id = y.id)", "SELECT: R a.t1, R a.t2" },
            { "parenthesized join", "SELECT * FROM (a.t1 JOIN a.t2 ON true)", "SELECT: R a.t1, R a.t2" },
            { "CTE", "WITH recent AS (SELECT * FROM sales.orders WHERE placed > $1) SELECT * FROM recent r JOIN crm.customers c ON c.id = r.customer_id", "SELECT: R sales.orders, R crm.customers" },
            { "CTE referring to another CTE", "WITH a AS (SELECT * FROM sales.orders), b AS (SELECT * FROM a WHERE total > 10) SELECT * FROM b", "SELECT: R sales.orders" },
            { "recursive CTE", "WITH RECURSIVE tree AS (SELECT id, parent_id FROM catalog.categories WHERE parent_id IS NULL UNION ALL SELECT c.id, c.parent_id FROM catalog.categories c JOIN tree t ON c.parent_id = t.id) SELECT * FROM tree", "SELECT: R catalog.categories" },
            { "recursive CTE list referring forward", "WITH RECURSIVE a AS (SELECT * FROM b), b AS (SELECT 1 FROM sales.orders) SELECT * FROM a", "SELECT: R sales.orders" },
            { "plain CTE list cannot refer forward", "WITH a AS (SELECT * FROM b), b AS (SELECT 1 FROM sales.orders) SELECT * FROM a", "SELECT: R b, R sales.orders" },
            { "CTE in a subquery", "SELECT * FROM (WITH x AS (SELECT * FROM sales.orders) SELECT * FROM x) y", "SELECT: R sales.orders" },
            { "data-modifying CTE", "WITH moved AS (DELETE FROM sales.orders WHERE placed < $1 RETURNING *) INSERT INTO archive.orders SELECT * FROM moved", "INSERT: W sales.orders, W archive.orders" },
            { "insert values", "INSERT INTO audit.log (message) VALUES ($1), ($2)", "INSERT: W audit.log" },
            { "insert select", "INSERT INTO archive.orders (id) SELECT id FROM sales.orders WHERE placed < now() - interval '1 year'", "INSERT: W archive.orders, R sales.orders" },
            { "insert on conflict do update returning a subquery", "INSERT INTO sales.stock AS s (sku, qty) VALUES (:sku, :qty) ON CONFLICT (sku) DO UPDATE SET qty = s.qty + EXCLUDED.qty WHERE s.locked = false RETURNING s.id, (SELECT count(*) FROM sales.reservations r WHERE r.sku = s.sku)", "INSERT: W sales.stock, R sales.reservations" },
            { "insert on conflict on constraint do nothing", "INSERT INTO sales.stock (sku) VALUES ('a') ON CONFLICT ON CONSTRAINT stock_pk DO NOTHING", "INSERT: W sales.stock" },
            { "update from with alias", "UPDATE sales.orders AS o SET status = c.default_status FROM crm.customers c WHERE c.id = o.customer_id RETURNING o.id", "UPDATE: W sales.orders, R crm.customers" },
            { "update only", "UPDATE ONLY sales.orders SET status = 2 WHERE id = $1", "UPDATE: W sales.orders" },
            { "delete using", "DELETE FROM sales.carts c USING crm.customers u WHERE u.id = c.customer_id AND u.deleted RETURNING *", "DELETE: W sales.carts, R crm.customers" },
            { "delete from only", "DELETE FROM ONLY sales.carts WHERE expires < now()", "DELETE: W sales.carts" },
            { "merge", "MERGE INTO sales.prices p USING staging.prices s ON p.sku = s.sku WHEN MATCHED AND s.amount IS NULL THEN DELETE WHEN MATCHED THEN UPDATE SET amount = s.amount WHEN NOT MATCHED THEN INSERT (sku, amount) VALUES (s.sku, s.amount)", "MERGE: W sales.prices, R staging.prices" },
            { "truncate of two tables", "TRUNCATE staging.import, staging.errors RESTART IDENTITY CASCADE", "TRUNCATE: W staging.import, W staging.errors" },
            { "truncate table only", "TRUNCATE TABLE ONLY staging.import", "TRUNCATE: W staging.import" },
            { "select into", "SELECT * INTO archive.orders_2024 FROM sales.orders", "SELECT: W archive.orders_2024, R sales.orders" },
            { "select into a temporary table", "SELECT * INTO TEMP tmp_orders FROM sales.orders", "SELECT: R sales.orders" },
            { "the system catalog, no table", "SELECT a.pid FROM pg_stat_activity a JOIN pg_catalog.pg_database d ON d.oid = a.datid WHERE EXISTS (SELECT 1 FROM information_schema.tables t WHERE t.table_name = 'orders'); SELECT * FROM sales.orders", "SELECT | SELECT: R sales.orders" },
            { "EF Core's migrations history, no table", "SELECT \"MigrationId\" FROM sales.\"__EFMigrationsHistory\" ORDER BY 1 DESC LIMIT 1; SELECT count(*) FROM \"__EFMigrationsHistory\"", "SELECT | SELECT" },
            { "copy from standard input, a bulk import", "COPY sales.orders (id, total) FROM STDIN (FORMAT BINARY)", "COPY: W sales.orders" },
            { "copy to standard output, a bulk export", "COPY BINARY sales.orders TO STDOUT WITH (FORMAT csv, HEADER true)", "COPY: R sales.orders" },
            { "copy of a query", "COPY (SELECT o.id FROM sales.orders o JOIN support.tickets t ON t.order_id = o.id) TO STDOUT", "COPY: R sales.orders, R support.tickets" },
            { "a routine called by its name alone, as a stored procedure command", "reporting.refresh_daily_sales; \"Reporting\".\"Refresh\"", "CALL: X reporting.refresh_daily_sales | CALL: X \"Reporting\".\"Refresh\"" },
            { "a procedure called", "CALL sales.place_order(1, 'x'); CALL audit.flush()", "CALL: X sales.place_order | CALL: X audit.flush" },
            { "routines created, altered and dropped, a SQL body read", "CREATE OR REPLACE FUNCTION sales.total_of(o int) RETURNS numeric LANGUAGE sql AS $$ SELECT sum(x) FROM crm.customers $$; ALTER FUNCTION sales.total_of(int) OWNER TO app; DROP PROCEDURE IF EXISTS sales.p(int, text), sales.q; CREATE PROCEDURE sales.r() LANGUAGE plpgsql AS $body$ BEGIN END $body$", "CREATE FUNCTION: C routine sales.total_of | SELECT: R crm.customers | ALTER FUNCTION: W routine sales.total_of | DROP PROCEDURE: W routine sales.p, W routine sales.q | CREATE PROCEDURE: C routine sales.r" },
            { "a PL/pgSQL body read statement by statement, its INTO filling variables", "CREATE FUNCTION billing.close_month(m date) RETURNS int LANGUAGE plpgsql AS $fn$\nDECLARE n int := 0; c CURSOR FOR SELECT id FROM billing.runs;\nBEGIN\n  SELECT count(*) INTO STRICT n FROM sales.orders o WHERE o.placed < m;\n  IF EXISTS (SELECT 1 FROM crm.customers WHERE blocked) THEN\n    PERFORM audit.note('blocked');\n  END IF;\n  FOR r IN SELECT * FROM billing.lines WHERE amount > 0 ORDER BY id LOOP\n    UPDATE billing.totals SET amount = amount + r.amount WHERE id = r.id RETURNING id INTO n;\n  END LOOP;\n  EXECUTE 'DELETE FROM crm.customers';\n  RETURN n;\nEND\n$fn$", "CREATE FUNCTION: C routine billing.close_month | SELECT: R billing.runs | SELECT: R sales.orders | SELECT: R crm.customers | SELECT: X audit.note | SELECT: R billing.lines | UPDATE: W billing.totals" },
            { "a body in quotes, and a body in another language not read", "CREATE FUNCTION sales.f() RETURNS int AS 'SELECT count(*) FROM crm.customers WHERE name <> ''x''' LANGUAGE 'sql'; CREATE FUNCTION sales.g() RETURNS int AS $$ return plpy.execute('SELECT 1 FROM crm.customers') $$ LANGUAGE plpython3u", "CREATE FUNCTION: C routine sales.f | SELECT: R crm.customers | CREATE FUNCTION: C routine sales.g" },
            { "a schema's function called in an expression", "SELECT o.id, sales.total_of(o.id), coalesce(crm.name_of(o.customer_id), '') FROM sales.orders o WHERE CASE WHEN reporting.is_open(o.status) THEN 1 END = 1 AND lower(o.note) <> ''", "SELECT: X sales.total_of, X crm.name_of, R sales.orders, X reporting.is_open" },
            { "a qualified type with its modifier after a cast is no call", "SELECT total::public.amount(12), o.id FROM sales.orders o", "SELECT: R sales.orders" },
            { "batch of statements", "SELECT * FROM sales.orders; UPDATE crm.customers SET seen = true;", "SELECT: R sales.orders | UPDATE: W crm.customers" },
            { "lateral subquery and a set-returning function", "SELECT g.n, o.id FROM generate_series(1, 10) AS g(n) LEFT JOIN LATERAL (SELECT id FROM sales.orders WHERE total > g.n LIMIT 1) o ON true", "SELECT: R sales.orders" },
            { "a schema's set-returning function is a routine called", "SELECT o.id FROM sales.orders_of($1) AS o JOIN LATERAL crm.contacts_of(o.customer_id) c ON true", "SELECT: X sales.orders_of, X crm.contacts_of" },
            { "unnest with ordinality", "SELECT * FROM unnest($1::int[]) WITH ORDINALITY AS u(id, pos) JOIN sales.orders o ON o.id = u.id", "SELECT: R sales.orders" },
            { "only", "SELECT * FROM ONLY sales.orders", "SELECT: R sales.orders" },
            { "casts", "SELECT total::numeric(10,2), placed::timestamp with time zone AT TIME ZONE 'UTC' FROM sales.orders", "SELECT: R sales.orders" },
            { "dollar-quoted strings holding FROM", "SELECT $$ FROM crm.customers $$ AS t, $tag$ it's FROM x $tag$ FROM sales.orders", "SELECT: R sales.orders" },
            { "escape string holding FROM", "SELECT E'it\\'s FROM crm.customers' FROM sales.orders", "SELECT: R sales.orders" },
            { "string and line comment holding FROM", "SELECT 'FROM crm.customers' AS text FROM sales.orders -- FROM crm.customers", "SELECT: R sales.orders" },
            { "nested block comment holding FROM", "SELECT * /* FROM crm.customers /* nested */ still a comment FROM crm.blocked */ FROM sales.orders", "SELECT: R sales.orders" },
            { "IS DISTINCT FROM", "SELECT a IS DISTINCT FROM b FROM sales.orders WHERE x IS NOT DISTINCT FROM y", "SELECT: R sales.orders" },
            { "WITHIN GROUP", "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total) FROM sales.orders", "SELECT: R sales.orders" },
            { "FROM inside function arguments", "SELECT extract(year FROM placed), substring(name FROM 1 FOR 3) FROM sales.orders", "SELECT: R sales.orders" },
            { "locking clause", "SELECT * FROM sales.orders FOR UPDATE OF orders SKIP LOCKED", "SELECT: R sales.orders" },
            { "order, limit and offset", "SELECT DISTINCT ON (customer_id) * FROM sales.orders ORDER BY customer_id, placed DESC NULLS LAST LIMIT 10 OFFSET 20", "SELECT: R sales.orders" },
            { "TABLE statement", "TABLE sales.orders", "SELECT: R sales.orders" },
            { "other DDL reports no tables, a function its name, its body its own statements", "CREATE SCHEMA sales; CREATE FUNCTION sales.f() RETURNS int AS $$ SELECT 1 FROM crm.customers $$ LANGUAGE sql; COMMENT ON TABLE sales.orders IS 'x'", "CREATE | CREATE FUNCTION: C routine sales.f | SELECT: R crm.customers | COMMENT" },
            { "a table created, with a foreign key to another", "CREATE TABLE IF NOT EXISTS shipping.shipments (id serial PRIMARY KEY, order_id int NOT NULL REFERENCES sales.orders (id) ON DELETE CASCADE, CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES crm.customers); SELECT 1", "CREATE TABLE: C shipping.shipments, R sales.orders, R crm.customers | SELECT" },
            { "a temporary table is no table", "CREATE TEMP TABLE work (id int); CREATE UNLOGGED TABLE staging.import (id int)", "CREATE TABLE | CREATE TABLE: C staging.import" },
            { "a table created from a query", "CREATE TABLE archive.orders_2024 AS SELECT * FROM sales.orders WHERE placed < '2025-01-01' WITH DATA", "CREATE TABLE: C archive.orders_2024, R sales.orders" },
            { "a table with options after its columns", "CREATE TABLE sales.lines (id int) WITH (fillfactor = 70) PARTITION BY RANGE (id)", "CREATE TABLE: C sales.lines" },
            { "a view and a materialized view", "CREATE OR REPLACE VIEW reporting.v_sales (id, total) AS WITH s AS (SELECT * FROM sales.orders) SELECT s.id, s.total FROM s JOIN crm.customers c ON c.id = s.customer_id; CREATE MATERIALIZED VIEW IF NOT EXISTS reporting.daily AS SELECT 1 FROM sales.orders WITH NO DATA", "CREATE VIEW: C reporting.v_sales, R sales.orders, R crm.customers | CREATE VIEW: C reporting.daily, R sales.orders" },
            { "a table altered with a foreign key added", "ALTER TABLE IF EXISTS ONLY shipping.shipments ADD CONSTRAINT fk_o FOREIGN KEY (order_id) REFERENCES sales.orders (id); ALTER TABLE sales.orders ADD COLUMN note text", "ALTER TABLE: W shipping.shipments, R sales.orders | ALTER TABLE: W sales.orders" },
            { "tables and views dropped", "DROP TABLE IF EXISTS sales.carts, sales.cart_lines CASCADE; DROP MATERIALIZED VIEW reporting.daily", "DROP TABLE: W sales.carts, W sales.cart_lines | DROP VIEW: W reporting.daily" },
            { "an index and a trigger on a table, the function a trigger executes called", "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_orders ON ONLY sales.orders USING btree (placed) WHERE total > 0; CREATE TRIGGER audit AFTER INSERT OR UPDATE OF total ON sales.orders FOR EACH ROW EXECUTE FUNCTION audit.log(); CREATE TRIGGER t2 BEFORE DELETE ON sales.carts FOR EACH STATEMENT EXECUTE PROCEDURE crm.forget('x')", "CREATE INDEX: W sales.orders | CREATE TRIGGER: W sales.orders, X audit.log | CREATE TRIGGER: W sales.carts, X crm.forget" },
        };

        public static TheoryData<string, string> Unparseable => new()
        {
            { "SELECT * FORM sales.orders", "line 1, column 10: unexpected 'FORM'" },
            { "SELECT Id FORM sales.orders", "line 1, column 16: unexpected 'sales'" },
            { "SELECT * FROM sales.orders WHERE (id = 1", "line 1, column 34: this '(' is never closed" },
            { "SELECT * FROM sales.orders WHERE id = 1)", "line 1, column 40: unexpected ')'" },
            { "SELEC * FROM sales.orders", "line 1, column 1: a statement cannot start with 'SELEC'" },
            { "SELECT *\nFROM sales.orders\nWHERE name = 'abc", "line 3, column 14: unterminated string" },
            { "SELECT * FROM", "line 1, column 14: expected a table name but found end of text" },
            { "SELECT FROM sales.orders", "line 1, column 8: expected a select list after SELECT but found 'FROM'" },
            { "SELECT", "line 1, column 7: expected a select list after SELECT but found end of text" },
            { "UPDATE sales.orders status = 1", "line 1, column 28: expected SET after the tables of UPDATE but found '='" },
            { "SELECT * FROM [sales].[orders]", "line 1, column 15: expected a table name but found '['" },
            { "-- only a comment", "the text holds no SQL statement" },
        };

        [Theory]
        [MemberData(nameof(Statements))]
        public void Reads_the_tables_of_each_statement(string scenario, string sql, string expected)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.PostgreSql);

            SqlAnalysisText.Describe(analysis).Should().Be(SqlAnalysisText.Canonical(expected), scenario);
            analysis.DialectUsed.Should().Be(SqlDialect.PostgreSql);
        }

        [Theory]
        [MemberData(nameof(Unparseable))]
        public void Names_the_position_of_what_it_cannot_read(string sql, string problem)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.PostgreSql);

            analysis.Kind.Should().Be(SqlTextKind.Unparseable);
            analysis.Statements.Should().BeEmpty();
            analysis.Problem.Should().Be(problem);
        }

        [Fact]
        public void Numbers_statements_from_zero_skipping_empty_ones()
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(";SELECT 1 FROM a.t;; DELETE FROM b.t;", SqlDialect.PostgreSql);

            analysis.Statements.Select(s => (s.Index, s.Kind)).Should().Equal((0, "SELECT"), (1, "DELETE"));
        }
    }
}
