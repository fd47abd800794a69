namespace FitnessKit.Sql;

/// <summary>Turns an offset in a text into the line and column a problem sentence names, both from 1.</summary>
internal sealed class SqlTextLines
{
    private readonly List<int> _lineStarts = [0];

    /// <summary>Indexes the line starts of <paramref name="text"/>.</summary>
    public SqlTextLines(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The line and column of <paramref name="offset"/>.</summary>
    public (int Line, int Column) Position(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
