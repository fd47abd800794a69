namespace FitnessKit;

/// <summary>
/// Writes several files as one set, such as the formats of one report: readers find the old set or the new one, never
/// new HTML beside old JSON. Every file is first written whole to a temporary file beside its target; only when all
/// are written are they renamed into place, each old file kept as a copy until the set is in place and put back if a
/// rename fails. Nothing is written outside the targets' folders, and a failure leaves no temporary file behind.
/// </summary>
internal static class AtomicFileSet
{
    /// <summary>Writes each file with what its action puts into the stream, which goes straight to its temporary file.</summary>
    /// <exception cref="FitnessKitException">A file cannot be written; the message names it. The old files are as they were.</exception>
    public static void Write(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var id = Guid.NewGuid().ToString("N");
        var staged = files.Select(f => new StagedFile(Path.GetFullPath(f.Path), id)).ToList();
        var current = 0;
        try
        {
            for (; current < staged.Count; current++)
            {
                staged[current].WriteTemporary(files[current].Write);
            }

            for (current = 0; current < staged.Count; current++)
            {
                staged[current].MoveIntoPlace();
            }
        }
        catch (Exception exception)
        {
            for (var i = Math.Min(current, staged.Count - 1); i >= 0; i--)
            {
                staged[i].RollBack();
            }

            staged.ForEach(f => f.Clean());
            if (exception is IOException or UnauthorizedAccessException)
            {
                var others = staged.Count > 1 ? $"; none of the {staged.Count} files written with it was changed" : string.Empty;
                throw new FitnessKitException($"{staged[Math.Min(current, staged.Count - 1)].Target}: cannot write the file: {exception.Message.TrimEnd('.')}{others}.", exception);
            }

            throw;
        }

        staged.ForEach(f => f.Clean());
    }

    /// <summary>One file of the set: its target, the temporary file its new content goes to, and the copy of its old content.</summary>
    private sealed class StagedFile(string target, string id)
    {
        private readonly string _temporary = $"{target}.{id}.tmp";
        private readonly string _backup = $"{target}.{id}.old";
        private bool _moved;

        public string Target => target;

        public void WriteTemporary(Action<Stream> write)
        {
            // The old file is copied before it is replaced: a FIFO or device in its place would never be read to the end.
            if ((Directory.Exists(target) ? "a folder" : RegularFile.OtherKind(target)) is { } kind)
            {
                throw new IOException($"{kind} is in the way; remove or rename it");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
        }

        /// <summary>Keeps a copy of the old file, then renames the new one over it: a reader of this file sees one or the other.</summary>
        public void MoveIntoPlace()
        {
            if (File.Exists(target))
            {
                File.Copy(target, _backup);
            }

            File.Move(_temporary, target, overwrite: true);
            _moved = true;
        }

        /// <summary>Puts the old file back, or removes the new one where there was none.</summary>
        public void RollBack()
        {
            if (!_moved)
            {
                return;
            }

            Try(() =>
            {
                if (File.Exists(_backup))
                {
                    File.Move(_backup, target, overwrite: true);
                }
                else
                {
                    File.Delete(target);
                }
            });
        }

        public void Clean()
        {
            Try(() => File.Delete(_temporary));
            Try(() => File.Delete(_backup));
        }

        private static void Try(Action action)
        {
            try
            {
                action();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
