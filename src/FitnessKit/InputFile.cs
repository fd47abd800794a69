namespace FitnessKit;

/// <summary>
/// Reads a small input file (a configuration, a baseline) whole, but never more than <see cref="MaxBytes"/>: a device
/// that never ends or a runaway file is refused with a message, not read until memory runs out. Only a regular file is
/// opened: a folder, a FIFO (whose reader waits for a writer, forever) or a device such as <c>/dev/urandom</c> is
/// named for what it is, not as a missing file.
/// </summary>
internal static class InputFile
{
    /// <summary>The most an input file may hold: 64 MB, far more than any configuration or baseline.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The bytes of the file, or <see langword="null"/> when nothing exists at the path.</summary>
    /// <param name="path">A full path.</param>
    /// <param name="what">What the file is, for messages: <c>configuration</c>, <c>baseline</c>.</param>
    /// <exception cref="FitnessKitException">The path is a folder, FIFO, socket or device, or the file is too large or cannot be read.</exception>
    public static byte[]? Read(string path, string what)
    {
        if ((Inputs.FolderExists(path) ? "a folder" : RegularFile.OtherKind(path)) is { } kind)
        {
            throw new FitnessKitException($"{path}: {kind}, not a {what} file; name the file itself.");
        }

        if (!Inputs.FileExists(path))
        {
            return null;
        }

        try
        {
            using var stream = Inputs.Open(path, bufferSize: 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new FitnessKitException($"{path}: more than {MaxBytes / (1024 * 1024)} MB, far more than a {what} file holds; is it the right file?");
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FitnessKitException($"{path}: the {what} file cannot be read ({exception.Message.TrimEnd('.')}).", exception);
        }
    }
}
