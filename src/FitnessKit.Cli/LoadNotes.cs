using FitnessKit.Inspection;
using FitnessKit.Model;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>
/// What loading could not do, on the console: references that could not be found, files that were skipped, and cache
/// files that were damaged (their assemblies read afresh). A few are listed each with its reason; more (a real system
/// has dozens of each) make one summary line each, and every one is listed under <c>--verbose</c> and in the reports.
/// </summary>
internal static class LoadNotes
{
    /// <summary>How many unresolved references, or skipped files, are listed one by one without <c>--verbose</c>.</summary>
    private const int FewEnoughToList = 3;

    /// <summary>The kinds of skipped file, by how the loader's reason begins.</summary>
    private static readonly (string Reason, string One, string Many)[] SkipKinds =
    [
        ("a satellite assembly", "satellite assembly", "satellite assemblies"),
        ("the same build of", "second copy of one build", "second copies of one build"),
        ("another build of third-party", "older build of a third-party assembly", "older builds of third-party assemblies"),
        ("not a .NET assembly", "file that is not a .NET assembly", "files that are not .NET assemblies"),
        ("a reference assembly", "reference assembly", "reference assemblies"),
        ("an empty file", "empty file", "empty files"),
        ("a .NET module", "module without a manifest", "modules without a manifest"),
    ];

    public static void Write(CodeBase codeBase, IAnsiConsole console, string baseDirectory, ConsoleDetail detail)
    {
        var unresolved = codeBase.UnresolvedReferences;
        if (detail.Verbose || unresolved.Count <= FewEnoughToList)
        {
            foreach (var reference in unresolved)
            {
                console.MarkupLineInterpolated($"[grey]Unresolved reference: {Printable.Text(reference.AssemblyName)} (referenced by {Printable.Text(Phrases.Some(reference.ReferencedBy, 3))}); dependencies on its types are seen, their base types are not.[/]");
            }
        }
        else
        {
            var names = unresolved.Select(u => u.AssemblyName).ToList();
            console.MarkupLineInterpolated($"[grey]{Phrases.Count(unresolved.Count, "referenced assembly", "referenced assemblies")} not found ({Printable.Text(Phrases.Some(names, 3))}): uses of their types are seen, their base types are not (--verbose lists them).[/]");
        }

        var skipped = codeBase.SkippedFiles;
        if (detail.Verbose || skipped.Count <= FewEnoughToList)
        {
            foreach (var file in skipped)
            {
                console.MarkupLineInterpolated($"[grey]Skipped {Printable.Text(Path.GetRelativePath(baseDirectory, file.Path))}: {Printable.Text(file.Reason)}.[/]");
            }
        }
        else
        {
            var kinds = skipped.GroupBy(KindOf).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.One, StringComparer.Ordinal)
                .Select(g => g.Count() == 1 ? $"1 {g.Key.One}" : $"{g.Count():N0} {g.Key.Many}");
            console.MarkupLineInterpolated($"[grey]Skipped {Phrases.Count(skipped.Count, "file")}: {Printable.Text(string.Join(", ", kinds))} (--verbose lists them).[/]");
        }

        WriteDamagedCacheFiles(codeBase, console, baseDirectory, detail);
    }

    /// <summary>Cache files found damaged: the check is what it would be without a cache, so one line says it, unless <c>--verbose</c> asks for each.</summary>
    private static void WriteDamagedCacheFiles(CodeBase codeBase, IAnsiConsole console, string baseDirectory, ConsoleDetail detail)
    {
        var damaged = codeBase.DamagedCacheFiles;
        if (detail.Verbose || damaged.Count == 1)
        {
            foreach (var file in damaged)
            {
                console.MarkupLineInterpolated($"[grey]Cache file {Printable.Text(Path.GetRelativePath(baseDirectory, file.CacheFile))} was damaged ({Printable.Text(file.Reason)}): {Printable.Text(Path.GetRelativePath(baseDirectory, file.AssemblyPath))} was read afresh from its file, and the cache file written again.[/]");
            }
        }
        else if (damaged.Count > 1)
        {
            var assemblies = damaged.Select(d => Path.GetFileName(d.AssemblyPath)).ToList();
            console.MarkupLineInterpolated($"[grey]{Phrases.Count(damaged.Count, "cache file")} damaged: their assemblies ({Printable.Text(Phrases.Some(assemblies, 3))}) were read afresh from their files, and the cache files written again (--verbose lists them).[/]");
        }
    }

    private static (string One, string Many) KindOf(Model.SkippedFile file) =>
        SkipKinds.FirstOrDefault(k => file.Reason.StartsWith(k.Reason, StringComparison.Ordinal)) is { One: not null } kind
            ? (kind.One, kind.Many)
            : ("other file", "other files");
}
