namespace FitnessKit.Sql;

/// <summary>The lexical rules of a dialect that the tokenizer follows: which quotes and comments it knows.</summary>
/// <param name="Backticks">`name` is a quoted identifier (MySQL, SQLite).</param>
/// <param name="Brackets">[name] is a quoted identifier (SQLite, SQL Server).</param>
/// <param name="DollarQuotes">$$..$$ and $tag$..$tag$ are strings (PostgreSQL).</param>
/// <param name="NestedComments">/* comments /* nest */ */ (PostgreSQL, SQL Server).</param>
/// <param name="HashComments"># starts a line comment (MySQL).</param>
/// <param name="BackslashEscapes">A backslash escapes the next character in every string (MySQL).</param>
/// <param name="HashNames">#name and ##name are names of temporary tables (SQL Server).</param>
internal sealed record SqlLexicalRules(
    bool Backticks,
    bool Brackets,
    bool DollarQuotes,
    bool NestedComments,
    bool HashComments,
    bool BackslashEscapes,
    bool HashNames)
{
    /// <summary>The rules of <paramref name="dialect"/>; <see cref="SqlDialect.Unknown"/> accepts every quote but # comments.</summary>
    public static SqlLexicalRules For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.SqlServer => new(Backticks: false, Brackets: true, DollarQuotes: false, NestedComments: true, HashComments: false, BackslashEscapes: false, HashNames: true),
        SqlDialect.PostgreSql => new(Backticks: false, Brackets: false, DollarQuotes: true, NestedComments: true, HashComments: false, BackslashEscapes: false, HashNames: false),
        SqlDialect.Sqlite => new(Backticks: true, Brackets: true, DollarQuotes: false, NestedComments: false, HashComments: false, BackslashEscapes: false, HashNames: false),
        SqlDialect.MySql => new(Backticks: true, Brackets: false, DollarQuotes: false, NestedComments: false, HashComments: true, BackslashEscapes: true, HashNames: false),
        _ => new(Backticks: true, Brackets: true, DollarQuotes: true, NestedComments: true, HashComments: false, BackslashEscapes: false, HashNames: false),
    };
}
