using FitnessKit.Sql;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>A script that does not read as a whole is cut into batches (T-SQL) or statements (any other dialect), each with its line.</summary>
public sealed class SqlScriptPiecesTests
{
    [Fact]
    public void Cuts_a_postgresql_script_at_its_top_level_semicolons_keeping_a_functions_body_whole()
    {
        var pieces = SqlScriptPieces.Split("CREATE TABLE a (id int);\n\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT 1 FROM b", SqlDialect.PostgreSql);

        pieces.Should().Equal(("CREATE TABLE a (id int)", 1), ("DO $$ BEGIN PERFORM 1; END $$", 3), ("SELECT 1 FROM b", 4));
    }

    [Fact]
    public void Cuts_a_tsql_script_at_its_go_lines()
    {
        var pieces = SqlScriptPieces.Split("SELECT 1 FROM a\nGO\n\n:setvar X y\ngo 2 -- twice\nSELECT 2 FROM b", SqlDialect.SqlServer);

        pieces.Should().Equal(("SELECT 1 FROM a", 1), (":setvar X y", 4), ("SELECT 2 FROM b", 6));
    }

    [Fact]
    public void Gives_a_pieces_problem_the_line_of_the_script()
    {
        SqlScriptPieces.InScript("line 2, column 7: incorrect syntax near 'FORM'", pieceLine: 10).Should().Be("line 11, column 7: incorrect syntax near 'FORM'");
    }
}
