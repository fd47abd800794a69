using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// A method of the code base that hands one of its parameters to a SQL sink as the SQL (a query base class's
/// <c>QueryAsync(string sql)</c>, a static <c>Execute(connection, sql)</c>): a call of it sends the SQL its caller built.
/// </summary>
/// <param name="Argument">The parameter that is the SQL, as the IL counts it (<c>this</c> is 0 in an instance method).</param>
/// <param name="Api">The API the helper sends the SQL to, such as <c>Dapper.SqlMapper.QueryAsync</c>, after the helpers between.</param>
/// <param name="Dialect">The dialect the helper's connection or assembly tells.</param>
/// <param name="NumberedParameters">Whether <c>{0}</c> in the text is a parameter, as in EF Core's <c>*Raw</c> methods.</param>
/// <param name="TableName">Whether the value is the name of a table the call writes (a bulk copy's destination).</param>
internal sealed record SqlHelper(int Argument, string Api, SqlDialect Dialect, bool NumberedParameters, bool TableName);
