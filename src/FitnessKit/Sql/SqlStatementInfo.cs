namespace FitnessKit.Sql;

/// <summary>One statement of a SQL text and the tables it reads and writes.</summary>
/// <param name="Kind">
/// The statement's kind in upper case: SELECT, INSERT, UPDATE, DELETE, MERGE, TRUNCATE, REPLACE (MySQL, SQLite), or
/// for any other statement its leading keywords (CREATE TABLE, SET, EXECUTE, ...). T-SQL reports IF and WHILE for the
/// condition of a block, and reads the queries inside other statements (CREATE VIEW .. AS SELECT); the token reader
/// reports no tables for statements other than queries and modifications.
/// </param>
/// <param name="Tables">Each table used once per access, in the order first met; CTEs, aliases, temporary tables
/// and table variables are left out.</param>
/// <param name="Index">The statement's position in the text, from 0.</param>
internal sealed record SqlStatementInfo(string Kind, IReadOnlyList<SqlTableUse> Tables, int Index);
