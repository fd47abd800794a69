namespace FitnessKit;

/// <summary>Where a context or a pattern was written in a configuration file, so a problem found later (when the map is built or matched against code) can point at it.</summary>
/// <param name="File">The configuration file's full path.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1.</param>
internal sealed record SourcePosition(string File, int Line, int Column)
{
    /// <summary>Puts the position before a problem, as <c>fitness.json(4,7): problem</c>; a problem of a map built in code has no position and stays as it is.</summary>
    public static string Prefix(SourcePosition? position, string problem) => position is null ? problem : $"{position}: {problem}";

    /// <summary>Where else, for a message that names two places: <c> at line 4, column 7</c>, or nothing.</summary>
    public static string At(SourcePosition? position) => position is null ? string.Empty : $" at line {position.Line}, column {position.Column}";

    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column})";
}
