using FitnessKit.Sql;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>The SQL dialect an assembly's references tell: the one provider it references, or none when it references none or several.</summary>
public sealed class DialectOfReferencesTests
{
    [Theory]
    [InlineData("", "Unknown")]
    [InlineData("System.Runtime,System.Data.Common", "Unknown")]
    [InlineData("Npgsql", "PostgreSql")]
    [InlineData("Npgsql,Npgsql.EntityFrameworkCore.PostgreSQL,System.Runtime", "PostgreSql")]
    [InlineData("System.Runtime,Microsoft.Data.SqlClient", "SqlServer")]
    [InlineData("Microsoft.EntityFrameworkCore.SqlServer,Microsoft.Data.SqlClient", "SqlServer")]
    [InlineData("Microsoft.EntityFrameworkCore.Sqlite,Microsoft.Data.Sqlite", "Sqlite")]
    [InlineData("MySqlConnector", "MySql")]
    [InlineData("Npgsql,Microsoft.Data.Sqlite", "Unknown")]
    [InlineData("MySqlConnector,Microsoft.EntityFrameworkCore.Sqlite,Npgsql", "Unknown")]
    [InlineData("Microsoft.Data.Sqlite,Npgsql,Microsoft.Data.Sqlite", "Unknown")]
    public void One_provider_gives_its_dialect_and_none_or_several_give_none(string references, string expected) =>
        SqlSink.DialectOfReferences(references.Split(',', StringSplitOptions.RemoveEmptyEntries)).Should().Be(Enum.Parse<SqlDialect>(expected));
}
