namespace FitnessKit.Loading.Il;

/// <summary>
/// Finds the source file of an embedded script: the project that built the assembly is the folder, above its sources
/// (from the PDB), that holds a project file; a <c>.sql</c> file below it is the resource whose name ends in the file's
/// path with its folders joined by dots, as MSBuild names an embedded resource. Without a PDB, a project folder on this
/// machine or a matching file (a resource given a <c>LogicalName</c>), a script has no file.
/// </summary>
internal sealed class ScriptFiles
{
    private static readonly ScriptFiles None = new([]);

    private readonly List<(string Suffix, string File)> _files;

    private ScriptFiles(List<(string Suffix, string File)> files) => _files = files;

    /// <summary>The scripts' files of an assembly's project.</summary>
    public static ScriptFiles Of(DataAssembly assembly)
    {
        if (ProjectFolder(PortablePdbSymbols.DocumentsOf(assembly.Path)) is not { } project)
        {
            return None;
        }

        var files = new List<(string Suffix, string File)>();
        try
        {
            AddScripts(project, project, files);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return None;
        }

        return new ScriptFiles(files);
    }

    /// <summary>Adds the <c>.sql</c> files of a folder and of its folders, but for the build's output (bin, obj) and hidden folders.</summary>
    private static void AddScripts(string project, string folder, List<(string Suffix, string File)> files)
    {
        foreach (var file in Inputs.Files(folder, "*.sql"))
        {
            files.Add((ResourceSuffix(Path.GetRelativePath(project, file).Replace('\\', '/')), file));
        }

        foreach (var child in Inputs.Folders(folder))
        {
            var name = Path.GetFileName(child);
            if (name is not ("bin" or "obj" or "node_modules") && !name.StartsWith('.'))
            {
                AddScripts(project, child, files);
            }
        }
    }

    /// <summary>The file of the resource, or <see langword="null"/> when none matches.</summary>
    public string? Find(string resourceName)
    {
        (string Suffix, string File)? found = null;
        foreach (var candidate in _files)
        {
            var suffix = candidate.Suffix;
            if ((resourceName.Length == suffix.Length || (resourceName.Length > suffix.Length && resourceName[^(suffix.Length + 1)] == '.'))
                && resourceName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && (found is null || suffix.Length > found.Value.Suffix.Length))
            {
                found = candidate;
            }
        }

        return found?.File;
    }

    /// <summary>The source of a file the build copied beside the assembly, by its path there (<c>archive-scripts/0001_create.sql</c>), or <see langword="null"/>.</summary>
    public string? FindCopy(string relative) => Find(ResourceSuffix(relative));

    /// <summary>The folder with a project file that most of the documents lie below.</summary>
    private static string? ProjectFolder(IReadOnlyList<string> documents)
    {
        var folders = new Dictionary<string, string?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (ProjectOf(Path.GetDirectoryName(document), folders) is { } project)
            {
                counts[project] = counts.GetValueOrDefault(project) + 1;
            }
        }

        return counts.Count == 0 ? null : counts.MaxBy(c => c.Value).Key;
    }

    private static string? ProjectOf(string? folder, Dictionary<string, string?> known)
    {
        if (string.IsNullOrEmpty(folder))
        {
            return null;
        }

        if (!known.TryGetValue(folder, out var project))
        {
            known[folder] = project = HasProjectFile(folder) ? folder : ProjectOf(Path.GetDirectoryName(folder), known);
        }

        return project;
    }

    private static bool HasProjectFile(string folder)
    {
        try
        {
            return Inputs.FolderExists(folder) && Inputs.Files(folder, "*.*proj").Any();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A file's path below its project as the end of a resource name: folders made identifiers (MSBuild's rule), joined by dots.</summary>
    private static string ResourceSuffix(string relative)
    {
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var chars = parts[i].Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
            parts[i] = (chars.Length > 0 && char.IsDigit(chars[0]) ? "_" : string.Empty) + new string(chars);
        }

        return string.Join('.', parts);
    }
}
