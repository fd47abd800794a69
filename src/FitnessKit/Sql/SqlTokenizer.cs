namespace FitnessKit.Sql;

/// <summary>
/// Splits a SQL text into tokens, skipping blanks and comments. Quoting follows the dialect: "identifiers" with ""
/// escapes everywhere, `backticks` for MySQL and SQLite, [brackets] for SQLite and SQL Server, 'strings' with ''
/// escapes (and backslash escapes in MySQL and E'..'), $$dollar$$ and $tag$..$tag$ strings for PostgreSQL, nested
/// /* comments */ for PostgreSQL and SQL Server, and # comments for MySQL. With <see cref="SqlDialect.Unknown"/>
/// it accepts every quoting style but # comments.
/// </summary>
internal sealed partial class SqlTokenizer
{
    private readonly string _text;
    private readonly SqlLexicalRules _rules;
    private readonly SqlTextLines _lines;
    private readonly List<SqlToken> _tokens = [];
    private int _pos;

    private SqlTokenizer(string text, SqlDialect dialect)
    {
        _text = text;
        _rules = SqlLexicalRules.For(dialect);
        _lines = new SqlTextLines(text);
    }

    /// <summary>The tokens of <paramref name="text"/>, ending with one <see cref="SqlTokenKind.End"/> token.</summary>
    /// <exception cref="SqlSyntaxException">A string, quoted identifier or comment is not closed.</exception>
    public static IReadOnlyList<SqlToken> Tokenize(string text, SqlDialect dialect)
    {
        var tokenizer = new SqlTokenizer(text, dialect);
        tokenizer.Run();
        return tokenizer._tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipBlanksAndComments();
            if (_pos >= _text.Length)
            {
                Add(SqlTokenKind.End, _pos);
                return;
            }

            ReadToken();
        }
    }

    private void SkipBlanksAndComments()
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if ((c == '-' && Next(1) == '-') || (c == '#' && _rules.HashComments))
            {
                int end = _text.IndexOf('\n', _pos);
                _pos = end < 0 ? _text.Length : end + 1;
            }
            else if (c == '/' && Next(1) == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlockComment()
    {
        int start = _pos;
        int depth = 0;
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '/' && Next(1) == '*' && (depth == 0 || _rules.NestedComments))
            {
                depth++;
                _pos += 2;
            }
            else if (_text[_pos] == '*' && Next(1) == '/')
            {
                _pos += 2;
                if (--depth == 0)
                {
                    return;
                }
            }
            else
            {
                _pos++;
            }
        }

        throw Error(start, "unterminated comment");
    }

    private void ReadToken()
    {
        int start = _pos;
        char c = _text[_pos];
        switch (c)
        {
            case '\'':
                ReadString(start, _rules.BackslashEscapes);
                break;
            case '"':
                ReadQuoted('"', start);
                break;
            case '`' when _rules.Backticks:
                ReadQuoted('`', start);
                break;
            case '[' when _rules.Brackets:
                ReadQuoted(']', start);
                break;
            case '(':
                Single(SqlTokenKind.LeftParen);
                break;
            case ')':
                Single(SqlTokenKind.RightParen);
                break;
            case ',':
                Single(SqlTokenKind.Comma);
                break;
            case ';':
                Single(SqlTokenKind.Semicolon);
                break;
            case '.' when char.IsAsciiDigit(Next(1)) && !FollowsName():
                ReadNumber(start);
                break;
            case '.':
                Single(SqlTokenKind.Dot);
                break;
            case ':' when Next(1) == ':':
                _pos += 2;
                Add(SqlTokenKind.Operator, start);
                break;
            case ':' or '@' or '?' when IsWordPart(Next(1)) || (c == '@' && Next(1) == '@'):
                ReadParameter(start);
                break;
            case '?':
                Single(SqlTokenKind.Parameter);
                break;
            case '$':
                ReadDollar(start);
                break;
            case '#' when _rules.HashNames && (IsWordStart(Next(1)) || Next(1) == '#'):
                ReadWord(start);
                break;
            default:
                if (char.IsAsciiDigit(c))
                {
                    ReadNumber(start);
                }
                else if (IsWordStart(c))
                {
                    ReadWord(start);
                }
                else
                {
                    Single(SqlTokenKind.Operator);
                }

                break;
        }
    }

    private void ReadWord(int start)
    {
        _pos++;
        while (_pos < _text.Length && (IsWordPart(_text[_pos]) || (_rules.HashNames && _text[_pos] is '#' or '@')))
        {
            _pos++;
        }

        string word = _text[start.._pos];
        if (_pos < _text.Length && _text[_pos] == '\'' && word.ToUpperInvariant() is "E" or "N" or "X" or "B")
        {
            bool escapes = _rules.BackslashEscapes || word is "E" or "e";
            ReadString(start, escapes);
            return;
        }

        Add(SqlTokenKind.Word, start);
    }

    private void ReadNumber(int start)
    {
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        if (_pos < _text.Length && _text[_pos] == '.' && Next(1) != '.')
        {
            _pos++;
        }

        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'
            || (_text[_pos] is '+' or '-' && _text[_pos - 1] is 'e' or 'E' && char.IsAsciiDigit(Next(1)))))
        {
            _pos++;
        }

        Add(SqlTokenKind.Number, start);
    }

    private void ReadParameter(int start)
    {
        _pos++;
        while (_pos < _text.Length && (IsWordPart(_text[_pos]) || _text[_pos] == '@'))
        {
            _pos++;
        }

        Add(SqlTokenKind.Parameter, start);
    }

    private bool FollowsName() =>
        _tokens.Count > 0 && _tokens[^1] is { IsNamePart: true } or { Kind: SqlTokenKind.RightParen };

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    private char Next(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private void Single(SqlTokenKind kind)
    {
        _pos++;
        Add(kind, _pos - 1);
    }

    private void Add(SqlTokenKind kind, int start) => _tokens.Add(Token(kind, start, _text[start.._pos]));

    private SqlToken Token(SqlTokenKind kind, int start, string value)
    {
        (int line, int column) = _lines.Position(start);
        return new SqlToken(kind, _text[start.._pos], value, start, line, column);
    }

    private SqlSyntaxException Error(int offset, string problem)
    {
        (int line, int column) = _lines.Position(offset);
        return new SqlSyntaxException(line, column, problem);
    }
}
