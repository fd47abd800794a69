using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The line that declares a type, found in its source file. A portable PDB records lines of code (a method's opening
/// brace, a property's accessor, a field initializer), not where a type is declared, so a finding about a type would
/// point at its first member. From that first recorded line this reads the file backward, then a few lines forward
/// (a partial type's other part), for <c>class</c>, <c>struct</c>, <c>interface</c>, <c>record</c> or <c>enum</c>
/// followed by the type's name, outside comments: the line with the keyword, below any attributes. When the file is
/// not there (built elsewhere, or a path the build mapped) or holds no such line, the recorded line stays.
/// </summary>
/// <remarks>
/// Each file is read once, and only its declarations are kept (the line and the name of each), not its text: a check
/// locates types in every source file of the contexts it judges, and a code base is held for as long as its tests run.
/// </remarks>
internal sealed partial class TypeDeclarationLines
{
    private const int ForwardLines = 40;
    private const long LargestFile = 8 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, FileDeclarations?> _files = new(StringComparer.Ordinal);

    /// <summary>The declaration line of <paramref name="type"/>, in the file of <paramref name="recorded"/>, or <paramref name="recorded"/> itself.</summary>
    /// <param name="recorded">The type's first line as the PDB records it.</param>
    /// <param name="type">The type.</param>
    public SourceLocation Find(SourceLocation recorded, TypeName type)
    {
        if (type.IsCompilerGenerated || _files.GetOrAdd(recorded.File, Read) is not { } file || recorded.Line < 1 || recorded.Line > file.LineCount)
        {
            return recorded;
        }

        var name = SimpleName(type.WrittenName);
        var declarations = file.Declarations;
        // The first declaration after the recorded line, then backward from there, then forward a few lines.
        var after = 0;
        while (after < declarations.Length && declarations[after].Line <= recorded.Line)
        {
            after++;
        }

        for (var i = after - 1; i >= 0; i--)
        {
            if (declarations[i].Name == name)
            {
                return recorded with { Line = declarations[i].Line };
            }
        }

        for (var i = after; i < declarations.Length && declarations[i].Line <= recorded.Line + ForwardLines; i++)
        {
            if (declarations[i].Name == name)
            {
                return recorded with { Line = declarations[i].Line };
            }
        }

        return recorded;
    }

    /// <summary>The name a declaration writes: the innermost of nested names, without its arity (<c>Line</c> of <c>Order+Line`1</c>).</summary>
    internal static string SimpleName(string name)
    {
        var simple = name[(name.LastIndexOf('+') + 1)..];
        var tick = simple.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? simple : simple[..tick];
    }

    /// <summary>
    /// Every keyword that declares a type, with the name after it; the match is empty, so that a keyword that names
    /// another (<c>record struct Money</c>) is met too, at its own position.
    /// </summary>
    [GeneratedRegex(@"\b(?=(?:class|struct|interface|record|enum)\s+@?(\w+))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclarationKeyword();

    /// <summary>The code of a line: nothing for a line inside a block or documentation comment, and what comes before <c>//</c> otherwise.</summary>
    private static string Code(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    private static FileDeclarations? Read(string path)
    {
        try
        {
            if (!Inputs.FileExists(path) || RegularFile.OtherKind(path) is not null || Inputs.Length(path) > LargestFile)
            {
                return null;
            }

            var declarations = new List<(int Line, string Name)>();
            var number = 0;
            foreach (var line in Inputs.ReadLines(path))
            {
                number++;
                try
                {
                    foreach (Match match in DeclarationKeyword().Matches(Code(line)))
                    {
                        declarations.Add((number, match.Groups[1].Value));
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // A line no declaration could take this long to read: it declares none.
                }
            }

            return new FileDeclarations(number, [.. declarations]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>How many lines a source file has, and the declarations in it, in order of line.</summary>
    private sealed record FileDeclarations(int LineCount, (int Line, string Name)[] Declarations);
}
