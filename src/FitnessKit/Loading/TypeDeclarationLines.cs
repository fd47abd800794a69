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
internal sealed class TypeDeclarationLines
{
    private const int ForwardLines = 40;
    private const long LargestFile = 8 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    /// <summary>The declaration line of <paramref name="type"/>, in the file of <paramref name="recorded"/>, or <paramref name="recorded"/> itself.</summary>
    /// <param name="recorded">The type's first line as the PDB records it.</param>
    /// <param name="type">The type.</param>
    public SourceLocation Find(SourceLocation recorded, TypeName type)
    {
        if (type.IsCompilerGenerated || _files.GetOrAdd(recorded.File, Read) is not { } lines || recorded.Line < 1 || recorded.Line > lines.Length)
        {
            return recorded;
        }

        var declaration = Declaration(SimpleName(type.WrittenName));
        for (var line = recorded.Line; line >= 1; line--)
        {
            if (declaration.IsMatch(Code(lines[line - 1])))
            {
                return recorded with { Line = line };
            }
        }

        for (var line = recorded.Line + 1; line <= Math.Min(lines.Length, recorded.Line + ForwardLines); line++)
        {
            if (declaration.IsMatch(Code(lines[line - 1])))
            {
                return recorded with { Line = line };
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

    private static Regex Declaration(string name) =>
        new($@"\b(class|struct|interface|record|enum)\s+@?{Regex.Escape(name)}(?![\w])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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

    private static string[]? Read(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists && file.Length <= LargestFile && RegularFile.OtherKind(path) is null ? File.ReadAllLines(path) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
