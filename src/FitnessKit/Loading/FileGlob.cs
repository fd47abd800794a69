namespace FitnessKit.Loading;

/// <summary>
/// Expands file patterns relative to a base directory: <c>*</c> and <c>?</c> within one path segment, <c>**</c> for any
/// number of directories (<c>bin/Shop.*.dll</c>, <c>src/**/bin/*.dll</c>). A pattern without wildcards names one file.
/// <c>**</c> does not descend into links to folders.
/// </summary>
internal static class FileGlob
{
    // Links are skipped; hidden folders are not (the default options would skip them).
    private static readonly EnumerationOptions RealFolders = new() { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false, MatchType = MatchType.Simple };

    public static bool HasWildcards(string pattern) => pattern.IndexOfAny(['*', '?']) >= 0;

    public static IEnumerable<string> Expand(string baseDirectory, string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var root = Path.IsPathRooted(normalized) ? Path.GetPathRoot(normalized)! : baseDirectory;
        var relative = Path.IsPathRooted(normalized) ? normalized[root.Length..] : normalized;
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (NamedFile(Path.GetFullPath(root), segments) is { } named)
        {
            return [named];
        }

        var results = new SortedSet<string>(StringComparer.Ordinal);
        Walk(Path.GetFullPath(root), segments, 0, results);
        return results;
    }

    /// <summary>
    /// The file a path without wildcards names, when a file is there by that very name: what <see cref="Walk"/> finds
    /// for it, the same string, without asking after every folder from the root down (a list of 313 full paths asked
    /// 4,400 times). <see langword="null"/> when the path has a wildcard, a <c>.</c> or <c>..</c>, or names no file as
    /// written; the walk then decides, matching names in another case.
    /// </summary>
    private static string? NamedFile(string root, string[] segments)
    {
        if (segments.Length == 0)
        {
            return null;
        }

        var path = root;
        foreach (var segment in segments)
        {
            if (segment is "." or ".." || HasWildcards(segment))
            {
                return null;
            }

            path = Path.Combine(path, segment);
        }

        return Inputs.FileExists(path) ? path : null;
    }

    public static bool Matches(string name, string pattern) => Matches(name.AsSpan(), pattern.AsSpan());

    /// <summary>The folder a pattern searches before its first wildcard, resolved against the base directory: <c>../bin/*.dll</c> from <c>/repo/tests</c> is <c>/repo/bin</c>.</summary>
    public static string FixedFolder(string baseDirectory, string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedSegments = segments.Take(segments.Length - 1).TakeWhile(s => !HasWildcards(s));
        return Path.GetFullPath(Path.Combine(baseDirectory, string.Join('/', fixedSegments)));
    }

    private static void Walk(string directory, string[] segments, int index, SortedSet<string> results)
    {
        // A pattern that ends in a folder ("bin/..", ".") or is empty names no file.
        if (index >= segments.Length || !Inputs.FolderExists(directory))
        {
            return;
        }

        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            foreach (var folder in FoldersFrom(directory))
            {
                if (last)
                {
                    results.UnionWith(Inputs.Files(folder));
                }
                else
                {
                    Walk(folder, segments, index + 1, results);
                }
            }

            return;
        }

        if (segment is "." or "..")
        {
            Walk(Path.GetFullPath(Path.Combine(directory, segment)), segments, index + 1, results);
            return;
        }

        // A segment without wildcards that names an entry exactly is taken without listing its folder, which for a
        // list of full paths would list every folder from the root down once per file. Matching ignores case, so a
        // segment that names no entry exactly is still compared with every entry.
        if (!HasWildcards(segment) && (last ? Inputs.FileExists(Path.Combine(directory, segment)) : Inputs.FolderExists(Path.Combine(directory, segment))))
        {
            var exact = Path.Combine(directory, segment);
            if (last)
            {
                results.Add(exact);
            }
            else
            {
                Walk(exact, segments, index + 1, results);
            }

            return;
        }

        if (last)
        {
            foreach (var file in Inputs.Files(directory))
            {
                if (Matches(Path.GetFileName(file), segment))
                {
                    results.Add(file);
                }
            }

            return;
        }

        foreach (var child in Inputs.Folders(directory))
        {
            if (Matches(Path.GetFileName(child), segment))
            {
                Walk(child, segments, index + 1, results);
            }
        }
    }

    /// <summary>
    /// A folder and every folder below it, not through links: <c>**</c> does not follow a link to a folder, so a link
    /// back to a parent cannot make a search run forever, nor match one file under many names. A link to a file is
    /// matched like a file.
    /// </summary>
    private static IEnumerable<string> FoldersFrom(string directory)
    {
        var pending = new Stack<string>([directory]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            yield return folder;
            foreach (var child in Inputs.Folders(folder, "*", RealFolders))
            {
                pending.Push(child);
            }
        }
    }

    private static bool Matches(ReadOnlySpan<char> name, ReadOnlySpan<char> pattern)
    {
        while (pattern.Length > 0)
        {
            switch (pattern[0])
            {
                case '*':
                    var rest = pattern.TrimStart('*');
                    if (rest.Length == 0)
                    {
                        return true;
                    }

                    for (var i = 0; i <= name.Length; i++)
                    {
                        if (Matches(name[i..], rest))
                        {
                            return true;
                        }
                    }

                    return false;
                case '?':
                    if (name.Length == 0)
                    {
                        return false;
                    }

                    break;
                default:
                    if (name.Length == 0 || char.ToUpperInvariant(name[0]) != char.ToUpperInvariant(pattern[0]))
                    {
                        return false;
                    }

                    break;
            }

            name = name[1..];
            pattern = pattern[1..];
        }

        return name.Length == 0;
    }
}
