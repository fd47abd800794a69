using System.Text;

namespace FitnessKit.Sql;

/// <summary>The quoted parts of a SQL text: strings, quoted identifiers and dollar-quoted strings.</summary>
internal sealed partial class SqlTokenizer
{
    private void ReadString(int start, bool backslashEscapes)
    {
        _pos++;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '\\' && backslashEscapes)
            {
                _pos += 2;
            }
            else if (c == '\'' && Next(1) == '\'')
            {
                _pos += 2;
            }
            else if (c == '\'')
            {
                _pos++;
                Add(SqlTokenKind.String, start);
                return;
            }
            else
            {
                _pos++;
            }
        }

        throw Error(start, "unterminated string");
    }

    private void ReadQuoted(char close, int start)
    {
        var value = new StringBuilder();
        _pos++;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == close && Next(1) == close)
            {
                value.Append(close);
                _pos += 2;
            }
            else if (c == close)
            {
                _pos++;
                _tokens.Add(Token(SqlTokenKind.QuotedIdentifier, start, value.ToString()));
                return;
            }
            else
            {
                value.Append(c);
                _pos++;
            }
        }

        throw Error(start, "unterminated quoted identifier");
    }

    private void ReadDollar(int start)
    {
        int tagEnd = _pos + 1;
        while (tagEnd < _text.Length && _text[tagEnd] != '$' && IsWordPart(_text[tagEnd]) && !(tagEnd == _pos + 1 && char.IsAsciiDigit(_text[tagEnd])))
        {
            tagEnd++;
        }

        if (_rules.DollarQuotes && tagEnd < _text.Length && _text[tagEnd] == '$')
        {
            string tag = _text[start..(tagEnd + 1)];
            int close = _text.IndexOf(tag, tagEnd + 1, StringComparison.Ordinal);
            if (close < 0)
            {
                throw Error(start, "unterminated dollar-quoted string");
            }

            _pos = close + tag.Length;
            Add(SqlTokenKind.String, start);
            return;
        }

        if (IsWordPart(Next(1)))
        {
            ReadParameter(start);
            return;
        }

        Single(SqlTokenKind.Operator);
    }
}