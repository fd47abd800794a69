using System.Text;

namespace FitnessKit.Loading.Il;

/// <summary>
/// The <c>.sql</c> files a migration runner reads from disk at run time (DbUp's <c>WithScriptsFromFileSystem</c>,
/// FluentMigrator's <c>Execute.Script</c>), found where the build puts them: below the assembly's folder, at the
/// relative path the code gives (a project's <c>CopyToOutputDirectory</c> scripts); nowhere else. A folder's scripts are taken in ordinal order of their
/// names, as DbUp runs them; its sub-folders are not read, as DbUp does not by default.
/// </summary>
internal static class DiskScripts
{
    private const int LargestScript = 4 << 20;

    /// <summary>
    /// The scripts at <paramref name="relative"/> from the assembly's folder, each named by its path from that folder
    /// (<c>archive-scripts/0001_create.sql</c>) with its file; <see langword="null"/> when nothing is there.
    /// </summary>
    public static IReadOnlyList<(EmbeddedScript Script, string File)>? Beside(string assemblyPath, string relative)
    {
        // Only below the assembly's folder: a rooted path, or one that climbs out, names a place on the machine that
        // runs the migrations, not one the user asked FitnessKit to read.
        var folder = Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        var target = Path.GetFullPath(Path.Combine(folder, relative));
        if (Path.IsPathRooted(relative) || !target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        IReadOnlyList<string> files = Inputs.FileExists(target) ? [target]
            : Inputs.FolderExists(target) ? [.. Inputs.Files(target, "*.sql").Order(StringComparer.Ordinal)]
            : [];
        return files.Count == 0 ? null : [.. files.Select(file => (Read(Path.GetRelativePath(folder, file).Replace('\\', '/'), file), file))];
    }

    private static EmbeddedScript Read(string name, string file)
    {
        var length = Inputs.Length(file);
        if (length > LargestScript)
        {
            return new EmbeddedScript(name, null, $"the script is {length / (1 << 20)} MB, larger than the {LargestScript >> 20} MB FitnessKit reads of one");
        }

        using var text = new StreamReader(new MemoryStream(Inputs.ReadAllBytes(file)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return new EmbeddedScript(name, text.ReadToEnd(), null);
    }
}
