namespace FitnessKit.Sql;

/// <summary>The kinds of token the SQL tokenizer produces.</summary>
internal enum SqlTokenKind
{
    /// <summary>A bare word: a keyword or an unquoted identifier.</summary>
    Word,

    /// <summary>A quoted identifier: "..", `..` or [..]; its value has the quotes removed.</summary>
    QuotedIdentifier,

    /// <summary>A string constant: '..', E'..', N'..', $$..$$ or $tag$..$tag$.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A parameter or variable: @p, :p, $1, ?, ?1.</summary>
    Parameter,

    /// <summary>An operator character (+ - * / = &lt; &gt; ...), or <c>::</c> for a PostgreSQL cast.</summary>
    Operator,

    /// <summary>An opening parenthesis.</summary>
    LeftParen,

    /// <summary>A closing parenthesis.</summary>
    RightParen,

    /// <summary>A comma.</summary>
    Comma,

    /// <summary>A dot between the parts of a name.</summary>
    Dot,

    /// <summary>A semicolon between statements.</summary>
    Semicolon,

    /// <summary>The end of the text; always the last token.</summary>
    End,
}
