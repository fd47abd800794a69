using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// SQL that defines the database: scripts embedded in the subjects' assemblies (Reporting's PostgreSQL, Catalog's
/// SQLite, Ledger's T-SQL in a project that references no data-access library) and an EF Core migration's own SQL. Each
/// statement is read at its line of the script's file; a table that only a context's SQL creates is that context's.
/// SQLite itself is the oracle of what Catalog's scripts create, reference, index and trigger on.
/// </summary>
public sealed class SqlScriptTests
{
    private const string ReportingScripts = "FitnessKit.Subjects.Data.Reporting.Database.";
    private const string CatalogScripts = "FitnessKit.Subjects.Data.Catalog.Database.";

    [Fact]
    public void Reads_each_statement_of_an_embedded_script_at_its_own_line_with_its_own_text()
    {
        var statements = Of(ReportingScripts + "0003_create_report_archive.sql");

        statements.Select(s => s.Location!.Line).Should().Equal(3, 9, 11);
        statements.Should().OnlyContain(s => s.Api == "an embedded SQL script" && s.SourceMember.Length == 0
            && s.Location!.File.Replace('\\', '/').EndsWith("FitnessKit.Subjects.Data.Reporting/Database/0003_create_report_archive.sql", StringComparison.Ordinal));
        statements.Select(s => s.Text[..s.Text.IndexOf(' ', 7)]).Should().Equal("CREATE TABLE", "CREATE INDEX", "ALTER TABLE");
        statements.Select(s => string.Join(", ", s.Tables.Select(t => $"{t.Access} {t.Table}"))).Should().Equal(
            "Create public.report_archive", "Write public.report_archive", "Write public.report_archive");
    }

    [Fact]
    public void Finds_the_file_of_a_script_in_a_folder_whose_name_msbuild_makes_an_identifier()
    {
        var statements = Of(CatalogScripts + "seed_data.0004_seed_categories.sql");

        statements.Select(s => s.Location!.Line).Should().Equal(3, 5);
        statements.Should().OnlyContain(s => s.Location!.File.Replace('\\', '/').EndsWith("Database/seed-data/0004_seed_categories.sql", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_a_table_that_only_a_contexts_sql_creates_to_that_context()
    {
        var archive = DataSubjects.Tables.Find(TableNames.Create("public", "report_archive", SqlDialectName.PostgreSql, quoted: false, schemaQuoted: false))!;

        archive.Owner.Should().Be("Reporting");
        archive.Reason.Should().Be("created by Reporting's SQL");
        DataSubjects.Tables.Find(TableNames.Create("ops", "Statements", SqlDialectName.SqlServer, quoted: false, schemaQuoted: false))!.Owner.Should().Be("Ledger", "Ledger's database project creates it in schema ops, which three contexts map into");
    }

    [Fact]
    public void Reads_the_scripts_of_an_assembly_that_references_no_data_access_library()
    {
        Of("FitnessKit.Subjects.Data.Ledger.Database.Scripts.0001_CreateStatements.sql").Select(s => string.Join(", ", s.Tables.Select(t => $"{t.Access} {t.Table}")))
            .Should().Equal("Create ops.Statements, Read ops.Accounts", "Create ops.vLatestStatements, Read ops.Statements, Read ops.Accounts");
    }

    [Fact]
    public void Reads_the_batches_of_a_script_around_one_it_cannot_read_and_lists_that_one_at_its_line()
    {
        const string Script = "FitnessKit.Subjects.Data.Ledger.Database.Scripts.0005_CreateCloseLog.sql";

        Of(Script).Select(s => $"{s.Location!.Line}: {string.Join(", ", s.Tables.Select(t => $"{t.Access} {t.Table}"))}")
            .Should().Equal("3: Create ops.close_log", "8: Write ops.close_log");
        var problem = DataSubjects.Tables.Problems.Should().ContainSingle(p => p.SourceType.FullName == Script).Subject;
        problem.Location!.Line.Should().Be(5);
        problem.Problem.Should().StartWith("line 5, column 1:");
    }

    [Fact]
    public void Reads_each_statement_of_a_routines_body_at_its_own_line()
    {
        Of("FitnessKit.Subjects.Data.Ledger.Database.Scripts.0004_CreateCloseAccount.sql").Select(s => $"{s.Location!.Line}: {string.Join(", ", s.Tables.Select(t => $"{t.Access} {t.Table}"))}")
            .Should().Equal("3: Create ops.usp_CloseAccount", "7: Write ops.Accounts", "8: Write ops.Statements");
        var body = Of(ReportingScripts + "0006_create_orders_of_customer_function.sql");
        body.Select(s => $"{s.Location!.Line}: {string.Join(", ", s.Tables.Select(t => $"{t.Access} {t.Table}"))}")
            .Should().Equal("3: Create reporting.orders_of_customer", "8: Read sales.Orders");
        body[1].Text.Should().Be("SELECT count(*) INTO n FROM sales.\"Orders\" o WHERE o.\"CustomerId\" = customer");
    }

    [Fact]
    public void Names_the_routine_or_trigger_whose_body_holds_a_statement()
    {
        Of("FitnessKit.Subjects.Data.Ledger.Database.Scripts.0004_CreateCloseAccount.sql").Select(s => s.Routine)
            .Should().Equal(null, "procedure ops.usp_CloseAccount", "procedure ops.usp_CloseAccount");
        Of("FitnessKit.Subjects.Data.Ledger.Database.Scripts.0006_CreateBalanceOf.sql").Select(s => s.Routine).Distinct()
            .Should().Equal(null, "function ops.ufn_BalanceOf");
        Of(ReportingScripts + "0006_create_orders_of_customer_function.sql").Select(s => s.Routine).Should().Equal(null, "function reporting.orders_of_customer");
        Of(CatalogScripts + "0002_create_price_audit.sql").Where(s => s.Routine is not null).Select(s => s.Routine).Distinct()
            .Should().Equal("trigger on price_history");
    }

    [Fact]
    public void Reads_the_sql_of_an_ef_core_migration()
    {
        var statement = DataSubjects.Tables.Statements.Should().ContainSingle(s => s.SourceType.FullName == "FitnessKit.Subjects.Data.Reporting.Persistence.Migrations.AddRunNamesView" && s.SourceMember == "Up").Subject;

        statement.Api.Should().Be("Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder.Sql");
        statement.Tables.Select(t => $"{t.Access} {t.Table}").Should().Equal("Create reporting.v_run_names", "Read reporting.ReportRuns");
    }

    [Fact]
    public void Finds_in_catalogs_scripts_what_sqlite_creates_from_them()
    {
        // The scripts that define the schema, in order; the seed data below them only inserts rows.
        var scripts = Directory.GetFiles(Path.Combine(Repository.Root, "tests", "Subjects", "FitnessKit.Subjects.Data.Catalog", "Database"), "*.sql").Order(StringComparer.Ordinal).ToList();
        using var database = new SqliteConnection("Data Source=:memory:");
        database.Open();
        foreach (var script in scripts)
        {
            using var command = database.CreateCommand();
            command.CommandText = File.ReadAllText(script);
            command.ExecuteNonQuery();
        }

        var objects = Rows(database, "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL");
        var created = objects.Where(o => o[0] is "table" or "view").Select(o => o[1]).ToList();
        var referenced = created.SelectMany(t => Rows(database, $"SELECT \"table\" FROM pragma_foreign_key_list('{t}')").Select(r => r[0])).Distinct().ToList();
        var statements = scripts.SelectMany(s => Of(CatalogScripts + Path.GetFileName(s))).ToList();

        created.Should().NotBeEmpty();
        statements.SelectMany(s => s.Tables).Where(t => t.Access == TableAccessKind.Create).Select(t => t.Table.Name)
            .Should().BeEquivalentTo(created, "FitnessKit creates what SQLite created, and the temporary table is none");
        statements.Where(s => s.Text.StartsWith("CREATE TABLE", StringComparison.Ordinal)).SelectMany(s => s.Tables).Where(t => t.Access == TableAccessKind.Read).Select(t => t.Table.Name)
            .Should().BeEquivalentTo(referenced, "the tables a foreign key references are read");
        foreach (var definition in objects.Where(o => o[0] is "index" or "trigger"))
        {
            statements.Should().ContainSingle(s => s.Text.Contains(definition[1], StringComparison.Ordinal), $"one statement defines {definition[0]} {definition[1]}")
                .Which.Tables.Should().Contain(t => t.Access == TableAccessKind.Write && t.Table.Name == definition[2]);
        }
    }

    [Fact]
    public void Notes_each_assembly_of_no_context_whose_scripts_and_sql_no_rule_judges()
    {
        var map = ContextMap.Define()
            .Context("Sales", c => c.Assemblies($"{DataSubjects.Prefix}.Sales"))
            .Context("Ledger", c => c.Assemblies($"{DataSubjects.Prefix}.Ledger"))
            .Build();

        var tables = FitnessCheck.Evaluate(DataSubjects.Source, map).Tables!;

        tables.Notes.Where(n => n.Contains(" embeds SQL scripts ", StringComparison.Ordinal)).Select(n => n[..n.IndexOf(' ', StringComparison.Ordinal)])
            .Should().Equal(["FitnessKit.Subjects.Data.Catalog", "FitnessKit.Subjects.Data.Ledger.Database", "FitnessKit.Subjects.Data.Reporting"], "each holds scripts and is in no context of this map");
        tables.Notes.Should().Contain(
            "FitnessKit.Subjects.Data.Ledger.Database embeds SQL scripts but belongs to no context, so the tables and routines they create and use are not read: add the assembly to the context whose data they define");
        tables.Statements.Should().NotContain(s => s.Api == "an embedded SQL script");
        // SQL of an assembly in no context is counted, not judged: as many statements as the subjects' own map judges there
        // (the database functions a DbContext's model maps are its mappings, not SQL it sends).
        var expected = new[] { "Booking", "Dispatch", "Fulfilment", "Invoicing", "Reporting", "Returns", "Worker" }.Select(n => $"{DataSubjects.Prefix}.{n}").Select(a =>
            $"{a} sends {DataSubjects.Tables.Statements.Count(s => s.SourceType.Assembly == a && s.Api != "an embedded SQL script" && s.Tables.Count > 0 && !IsModelFunction(s))} SQL statements over tables but belongs to no context, so no rule judges them: add the assembly to the context whose data they use"
                .Replace(" 1 SQL statements", " 1 SQL statement", StringComparison.Ordinal));
        tables.Notes.Where(n => n.Contains(" over tables but belongs to no context", StringComparison.Ordinal)).Should().Equal(expected);
        tables.Notes.Should().Contain("FitnessKit.Subjects.Data.Booking stores or reads 5 Marten document types but belongs to no context, so no rule judges its use of their tables: add the assembly to the context whose data they are.");
        DataSubjects.Tables.Notes.Should().NotContain(n => n.Contains(" embeds SQL scripts ", StringComparison.Ordinal), "every assembly with scripts is in a context of the subjects' own map");
    }

    private static bool IsModelFunction(SqlStatement statement) =>
        statement.Api.EndsWith(".HasDbFunction", StringComparison.Ordinal) || statement.Api.EndsWith(".ToFunction", StringComparison.Ordinal)
        || statement.Api.StartsWith("[DbFunction]", StringComparison.Ordinal);

    private static List<SqlStatement> Of(string script) =>
        [.. DataSubjects.Tables.Statements.Where(s => s.SourceType.FullName == script).OrderBy(s => s.Index)];

    private static List<string[]> Rows(SqliteConnection database, string sql)
    {
        using var command = database.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        }

        return rows;
    }
}
