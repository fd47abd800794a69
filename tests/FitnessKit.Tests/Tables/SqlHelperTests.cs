using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// SQL handed to a data-access helper (SqlKit's query base class, static helper and retrying runner, and a helper of
/// Reporting's own) is read at the call of the helper, with the text its caller built and the helpers it went through;
/// the helpers themselves, whose SQL is only a parameter, are not listed as unread when a call of them was read.
/// </summary>
public sealed class SqlHelperTests
{
    private const string Scenarios = "FitnessKit.Subjects.Data.Reporting.Scenarios.";
    private const string QueryBase = "FitnessKit.Subjects.Data.SqlKit.DapperQueries.QueryAsync -> Dapper.SqlMapper.QueryAsync";

    [Fact]
    public void Reads_the_sql_a_caller_hands_to_an_async_query_base_class_whole_with_its_holes()
    {
        var statement = Only("SqlThroughSharedQueryBase", "SubjectsOfOrder");

        statement.Api.Should().Be(QueryBase);
        statement.Text.Should().Be("SELECT t.\"Subject\" FROM support.\"Tickets\" t WHERE t.\"OrderId\" = {?}");
    }

    [Fact]
    public void Names_every_helper_the_sql_went_through()
    {
        Only("SqlThroughOwnHelper", "CustomersNamed").Api.Should().Be($"{Scenarios}SqlThroughOwnHelper.Names -> {QueryBase}");
        Only("SqlThroughStaticHelper", "PurgeLines").Api.Should().Be("FitnessKit.Subjects.Data.SqlKit.SqlCommands.Execute -> Dapper.SqlMapper.Execute");
        Only("SqlThroughRunnerInterface", "Expire").Api.Should().Be("FitnessKit.Subjects.Data.SqlKit.ISqlRunner.ExecuteAsync -> Dapper.SqlMapper.ExecuteAsync");
    }

    [Fact]
    public void Does_not_list_a_helper_as_unread_when_a_call_of_it_was_read()
    {
        DataSubjects.Tables.Problems.Should().NotContain(p => p.SourceType.FullName == Scenarios + "SqlThroughOwnHelper");
        DataSubjects.Tables.Statements.Should().NotContain(s => s.SourceType.FullName == Scenarios + "SqlThroughOwnHelper" && s.SourceMember == "Names");
    }

    [Fact]
    public void Still_lists_a_helper_that_nothing_read_calls()
    {
        DataSubjects.Tables.Problems.Should().ContainSingle(p => p.SourceType.FullName == Scenarios + "SqlFromCallers")
            .Which.Problem.Should().Be("the SQL is a parameter of this method, so it is built by its callers and not read here");
    }

    [Fact]
    public void Reads_a_generic_repositorys_sql_at_each_call_with_the_type_arguments_of_the_called_type()
    {
        var statement = Only("SettingsThroughInjectedRepository", "SettingsKept");

        statement.Api.Should().Be("FitnessKit.Subjects.Data.SqlKit.IRowCounter<Setting>.Count -> Dapper.SqlMapper.ExecuteScalar");
        statement.Text.Should().Be("SELECT COUNT(*) FROM \"Settings\"");
        DataSubjects.Tables.Problems.Should().NotContain(p => p.SourceType.FullName == Scenarios + "ReportingRows`1", "a call of it was read");
        DataSubjects.Tables.Statements.Should().NotContain(s => s.SourceType.FullName == Scenarios + "ReportingRows`1", "its SQL is its callers'");
    }

    [Fact]
    public void Reads_a_generic_methods_sql_at_each_call_with_the_calls_type_arguments()
    {
        var statement = Only("SettingsThroughGenericMethod", "SettingsKept");

        statement.Api.Should().Be("FitnessKit.Subjects.Data.SqlKit.SqlCounts.Count<Setting> -> Dapper.SqlMapper.ExecuteScalar");
        statement.Text.Should().Be("SELECT COUNT(*) FROM \"Settings\"");
        DataSubjects.Tables.Problems.Should().NotContain(p => p.SourceType.FullName == Scenarios + "OwnRunsThroughGenericMethod", "its own generic method is read at its call");
    }

    [Fact]
    public void Reads_a_generic_base_types_sql_for_each_type_that_closes_it_as_that_types()
    {
        var statement = Only("SettingsThroughGenericReader", "CountAsync");

        statement.Api.Should().Be("Dapper.SqlMapper.ExecuteScalarAsync in FitnessKit.Subjects.Data.SqlKit.PluralTableReader<Setting>, which it inherits");
        statement.Location!.File.Should().EndWith("PluralTableReader.cs", "the SQL is written in the base");
    }

    [Fact]
    public void Lists_a_generic_types_sql_that_nothing_closes_or_calls_as_not_read_with_why()
    {
        DataSubjects.Tables.Problems.Should().ContainSingle(p => p.SourceType.FullName == Scenarios + "UnclosedGenericReader`1")
            .Which.Problem.Should().Be("a table name in it is the name of a type parameter, known only where a type closes the generic type or code calls it, and nothing here does");
    }

    private static SqlStatement Only(string type, string member) =>
        DataSubjects.Tables.Statements.Should().ContainSingle(s => s.SourceType.FullName == Scenarios + type && s.SourceMember == member).Subject;
}
