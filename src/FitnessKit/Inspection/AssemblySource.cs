using System.Reflection;
using FitnessKit.Loading;

namespace FitnessKit.Inspection;

/// <summary>
/// Which compiled assemblies to inspect: files, folders, glob patterns, or the assemblies behind <see cref="Assembly"/>
/// and <see cref="Type"/> handles a test already has. Sources combine with <see cref="And"/>. Nothing is read until
/// <see cref="CodeBase.Load(AssemblySource)"/>.
/// </summary>
public sealed class AssemblySource
{
    private readonly IReadOnlyList<Entry> _entries;

    private AssemblySource(IReadOnlyList<Entry> entries) => _entries = entries;

    /// <summary>Inspects the given assembly files. Each must exist and be a .NET assembly.</summary>
    /// <param name="paths">Paths of <c>.dll</c> or <c>.exe</c> files.</param>
    /// <returns>The source.</returns>
    public static AssemblySource Files(params string[] paths) =>
        new([.. paths.Select(p => new Entry(EntryKind.File, Path.GetFullPath(p), null))]);

    /// <summary>Inspects every .NET assembly in a folder (not its sub-folders). Native libraries in it are skipped.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="filePattern">A file name pattern. <value>The default value is <c>*.dll</c>.</value></param>
    /// <returns>The source.</returns>
    public static AssemblySource Folder(string folder, string filePattern = "*.dll") =>
        new([new Entry(EntryKind.Glob, Path.GetFullPath(folder), filePattern)]);

    /// <summary>Inspects the .NET assemblies matched by glob patterns relative to a base directory, such as <c>bin/Shop.*.dll</c> or <c>src/**/bin/Debug/**/*.dll</c>. A pattern that matches no file is an error.</summary>
    /// <param name="baseDirectory">The directory the patterns are relative to.</param>
    /// <param name="patterns">The patterns; <c>*</c> and <c>?</c> match within a path segment, <c>**</c> any number of folders.</param>
    /// <returns>The source.</returns>
    public static AssemblySource Glob(string baseDirectory, params string[] patterns) =>
        new([.. patterns.Select(p => new Entry(EntryKind.Glob, Path.GetFullPath(baseDirectory), p))]);

    /// <summary>Glob patterns each written at a place in a configuration file, which a problem with it names first.</summary>
    internal static AssemblySource Glob(string baseDirectory, IReadOnlyList<(string Pattern, SourcePosition? Position)> patterns) =>
        new([.. patterns.Select(p => new Entry(EntryKind.Glob, Path.GetFullPath(baseDirectory), p.Pattern, p.Position))]);

    /// <summary>Inspects the files behind assemblies the test already has, such as <c>typeof(OrderPlaced).Assembly</c>. They are read from disk again, not reflected over.</summary>
    /// <param name="assemblies">The assemblies; each must have been loaded from a file.</param>
    /// <returns>The source.</returns>
    public static AssemblySource Assemblies(params Assembly[] assemblies) =>
        new([.. assemblies.Select(a => new Entry(EntryKind.File, LocationOf(a), null))]);

    /// <summary>Inspects the assemblies that define the given types.</summary>
    /// <param name="types">Types such as <c>typeof(OrderPlaced)</c>.</param>
    /// <returns>The source.</returns>
    public static AssemblySource AssembliesOf(params Type[] types) => Assemblies([.. types.Select(t => t.Assembly).Distinct()]);

    /// <summary>Combines this source with another.</summary>
    /// <param name="other">The other source.</param>
    /// <returns>A source holding both.</returns>
    public AssemblySource And(AssemblySource other) => new([.. _entries, .. other._entries]);

    /// <summary>Expands the source to files; problems (missing files, patterns that match nothing) are collected, not thrown.</summary>
    internal IReadOnlyList<SourceFile> Expand(List<string> problems)
    {
        var files = new List<SourceFile>();
        foreach (var entry in _entries)
        {
            if (entry.Kind == EntryKind.File)
            {
                if (Inputs.FileExists(entry.Path))
                {
                    files.Add(new SourceFile(entry.Path, Explicit: true));
                }
                else
                {
                    problems.Add($"{entry.Path}: the assembly file does not exist.");
                }

                continue;
            }

            if (entry.Pattern!.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                problems.Add(entry.Problem(entry.Path, $"the pattern '{entry.Pattern}' holds a character that cannot be in a path."));
                continue;
            }

            List<string> matched;
            try
            {
                matched = FileGlob.Expand(entry.Path, entry.Pattern!)
                    .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
                    .ToList();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problems.Add(entry.Problem(Path.Combine(entry.Path, entry.Pattern!), $"the folders of the pattern '{entry.Pattern}' cannot be searched ({exception.Message.TrimEnd('.')})."));
                continue;
            }

            if (matched.Count == 0 && !FileGlob.HasWildcards(entry.Pattern!))
            {
                var file = Path.GetFullPath(Path.Combine(entry.Path, entry.Pattern!));
                problems.Add(Inputs.FolderExists(file)
                    ? entry.Problem(file, $"'{entry.Pattern}' is a folder, not an assembly file: name the files, or write a pattern such as '{entry.Pattern!.TrimEnd('/', '\\')}/*.dll'.")
                    : Inputs.FileExists(file) && SingleFileBundle.Is(file)
                    ? entry.Problem(file, $"'{entry.Pattern}' is {SingleFileBundle.Reason}.")
                    : Inputs.FileExists(file)
                    ? entry.Problem(file, $"'{entry.Pattern}' is not a .dll or .exe file: name the assembly files of the build output.")
                    : entry.Problem(file, $"the assembly file '{entry.Pattern}' does not exist{(Inputs.FolderExists(Path.GetDirectoryName(file)!) ? string.Empty : ", nor does its folder")}. Build the code first, or correct the path."));
            }
            else if (matched.Count == 0)
            {
                var folder = FileGlob.FixedFolder(entry.Path, entry.Pattern!);
                problems.Add(entry.Problem(Path.Combine(entry.Path, entry.Pattern!), $"the pattern '{entry.Pattern}' matches no .dll or .exe file in {folder}.{NoMatchAdvice(folder)}"));
            }

            files.AddRange(matched.Select(f => new SourceFile(f, Explicit: !FileGlob.HasWildcards(entry.Pattern!))));
        }

        return files;
    }

    /// <summary>What to do about a pattern that matched no assembly in a folder: build first, unless the folder holds a single-file app.</summary>
    private static string NoMatchAdvice(string folder) =>
        !Inputs.FolderExists(folder) ? " That folder does not exist: build the code first, or correct the pattern."
            : SingleFileBundle.In(folder) is [var bundle, ..] ? $" {Path.GetFileName(bundle)} there is {SingleFileBundle.Reason}."
            : " Build the code first, or correct the pattern.";

    private static string LocationOf(Assembly assembly) =>
        string.IsNullOrEmpty(assembly.Location)
            ? throw new FitnessKitException($"Assembly {assembly.GetName().Name} was not loaded from a file (it is dynamic, in-memory or bundled into a single-file app); pass its file path instead.")
            : assembly.Location;

    private enum EntryKind
    {
        File,
        Glob,
    }

    private sealed record Entry(EntryKind Kind, string Path, string? Pattern, SourcePosition? Position = null)
    {
        /// <summary>A problem with this entry: after the place it was written (<c>fitness.json(3,5): </c>) when it was read from a configuration file, else after the path it is about.</summary>
        public string Problem(string path, string problem) => Position is null ? $"{path}: {problem}" : $"{Position}: {problem}";
    }
}

/// <summary>A file to inspect; an explicit file must be an assembly, a globbed one may be skipped when it is a native library.</summary>
internal sealed record SourceFile(string Path, bool Explicit);
