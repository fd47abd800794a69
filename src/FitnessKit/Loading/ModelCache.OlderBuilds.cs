namespace FitnessKit.Loading;

/// <summary>
/// A cache kept between the runs of a CI pipeline would otherwise grow by the files of every build of every assembly
/// that ever changed. When a run writes the file of a new build, it deletes the files of the older builds of that
/// assembly (by name) but the <see cref="OtherBuildsKept"/> most recently written. A code base holds one build of each
/// assembly name (it refuses two), so no build a run loads is deleted by its own writes.
/// </summary>
internal sealed partial class ModelCache
{
    /// <summary>How many other builds of an assembly keep their files beside the one written: a branch switched back and forth, a Debug and a Release build checked in turn, two checks of one folder.</summary>
    internal const int OtherBuildsKept = 2;

    private object? _buildsGate;

    // The folder's model files as this run began, by assembly name: what may be an older build of an assembly written.
    private Dictionary<string, List<(Guid Mvid, string File)>>? _builds;

    /// <summary>Deletes the files of the older builds of an assembly whose new build's file was just written.</summary>
    private void DeleteOlderBuilds(string name, Guid written)
    {
        var builds = LazyInitializer.EnsureInitialized(ref _builds, ref _buildsGate, () => ByName(_files.Value));
        if (!builds.TryGetValue(name, out var files))
        {
            return;
        }

        List<(string File, DateTime Written)> older;
        lock (files)
        {
            older = [.. files.Where(b => b.Mvid != written).Select(b => (b.File, LastWritten(b.File)))];
            if (older.Count <= OtherBuildsKept)
            {
                return;
            }

            older.Sort((a, b) => b.Written.CompareTo(a.Written));
            older.RemoveRange(0, OtherBuildsKept);
            files.RemoveAll(b => older.Any(o => o.File == b.File));
        }

        foreach (var (file, _) in older)
        {
            TryDelete(file);
            TryDelete(Path.ChangeExtension(file, ".fkcc"));
            TryDelete(Path.ChangeExtension(file, TablesExtension));
        }
    }

    private static DateTime LastWritten(string file)
    {
        try
        {
            return File.GetLastWriteTimeUtc(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return DateTime.MinValue;
        }
    }

    /// <summary>The model files by assembly name: a file's name is the assembly's, a dot, its MVID and <c>.fkmc</c>.</summary>
    private static Dictionary<string, List<(Guid Mvid, string File)>> ByName(Dictionary<Guid, string> files)
    {
        var byName = new Dictionary<string, List<(Guid Mvid, string File)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mvid, file) in files)
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            var name = stem[..stem.LastIndexOf('.')];
            if (!byName.TryGetValue(name, out var builds))
            {
                byName[name] = builds = [];
            }

            builds.Add((mvid, file));
        }

        return byName;
    }
}
