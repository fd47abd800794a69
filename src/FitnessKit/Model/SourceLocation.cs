namespace FitnessKit.Model;

/// <summary>A place in source code, read from the inspected assembly's PDB.</summary>
/// <param name="File">The source file path as the PDB records it.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record SourceLocation(string File, int Line)
{
    /// <summary>Formats the location as <c>file:line</c>, relative to <paramref name="baseDirectory"/> when the file lies below it.</summary>
    /// <param name="baseDirectory">A directory to shorten paths against, or <see langword="null"/> to keep them as recorded.</param>
    /// <returns>The location as <c>path:line</c> with forward slashes.</returns>
    public string ToString(string? baseDirectory)
    {
        var path = File;
        if (baseDirectory is not null)
        {
            var relative = Path.GetRelativePath(baseDirectory, File);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                path = relative;
            }
        }

        return $"{path.Replace('\\', '/')}:{Line}";
    }

    /// <inheritdoc />
    public override string ToString() => ToString(null);
}
