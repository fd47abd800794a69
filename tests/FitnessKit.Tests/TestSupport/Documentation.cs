using System.Text.RegularExpressions;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// The documentation as a user reads it (README.md, docs/**/*.md, src/*/README.md), its fenced code blocks, and the named
/// regions (<c>#region name</c> ... <c>#endregion</c>) of the compiled code that the blocks show.
/// </summary>
internal static partial class Documentation
{
    /// <summary>Gets the pages, relative to the repository root with '/' separators.</summary>
    public static IReadOnlyList<string> Pages { get; } =
        [
            "README.md",
            .. Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal),
            .. Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "README.md", SearchOption.AllDirectories).Select(Relative).Order(StringComparer.Ordinal),
        ];

    /// <summary>Gets every fenced block of every page.</summary>
    public static IReadOnlyList<FencedBlock> Blocks { get; } = [.. Pages.SelectMany(BlocksOf)];

    /// <summary>Gets the named regions of the compiled C# of the tests, the samples and the test subjects, without their XML doc comments.</summary>
    public static IReadOnlyList<CodeRegion> Regions { get; } =
        [.. new[] { "tests", "samples" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(RegionsOf)];

    /// <summary>The fenced blocks of one page, with the HTML comment (if any) on the line just above each.</summary>
    public static IEnumerable<FencedBlock> BlocksOf(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, page));
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "```");
            var marker = i > 0 && Marker().Match(lines[i - 1]) is { Success: true } comment ? comment.Groups["text"].Value.Trim() : null;
            yield return new FencedBlock(page, i + 1, open.Groups["language"].Value, Dedent(lines[(i + 1)..end]), marker);
            i = end;
        }
    }

    /// <summary>Removes the indentation common to all non-blank lines, trailing spaces, and blank lines at either end.</summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        var trimmed = lines.Select(line => line.TrimEnd()).SkipWhile(line => line.Length == 0).Reverse().SkipWhile(line => line.Length == 0).Reverse().ToList();
        var indent = trimmed.Where(line => line.Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', trimmed.Select(line => line.Length == 0 ? line : line[indent..]));
    }

    /// <summary>The code without the comment lines it starts with: a block may name where its code lives (<c>// Shop.Orders.Infrastructure</c>).</summary>
    public static string WithoutLeadingComments(string code) =>
        string.Join('\n', code.Split('\n').SkipWhile(line => line.StartsWith("//", StringComparison.Ordinal)));

    private static IEnumerable<CodeRegion> RegionsOf(string file)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Region().Match(lines[i]);
            if (open.Success)
            {
                var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "#endregion");
                var code = lines[(i + 1)..end].Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)).ToList();
                yield return new CodeRegion(Relative(file), open.Groups["name"].Value.Trim(), Dedent(code));
                i = end;
            }
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace(Path.DirectorySeparatorChar, '/');

    [GeneratedRegex(@"^\s*```(?<language>[a-z]+)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--(?<text>.*)-->\s*$")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*#region (?<name>.+)$")]
    private static partial Regex Region();
}

/// <summary>A fenced code block of a documentation page: where it starts (the fence's line), its language, its code (dedented) and the HTML comment just above it.</summary>
internal sealed record FencedBlock(string Page, int Line, string Language, string Code, string? Marker)
{
    public override string ToString() => $"{Page}:{Line}";
}

/// <summary>A named region of compiled C#, dedented.</summary>
internal sealed record CodeRegion(string File, string Name, string Code);
