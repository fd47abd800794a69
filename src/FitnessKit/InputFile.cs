namespace FitnessKit;

/// <summary>
/// Reads a small input file (a configuration, a baseline) whole, but never more than <see cref="MaxBytes"/>: a device
/// such as <c>/dev/zero</c> or a runaway file is refused with a message, not read until memory runs out. A folder is
/// named as a folder, not as a missing file.
/// </summary>
internal static class InputFile
{
    /// <summary>The most an input file may hold: 64 MB, far more than any configuration or baseline.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>The bytes of the file, or <see langword="null"/> when nothing exists at the path.</summary>
    /// <param name="path">A full path.</param>
    /// <param name="what">What the file is, for messages: <c>configuration</c>, <c>baseline</c>.</param>
    /// <exception cref="FitnessKitException">The path is a folder, or the file is too large or cannot be read.</exception>
    public static byte[]? Read(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new FitnessKitException($"{path}: a folder, not a {what} file; name the file itself.");
        }

        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new FitnessKitException($"{path}: more than {MaxBytes / (1024 * 1024)} MB, far more than a {what} file holds; is it the right file (a device such as /dev/zero, or another kind of file)?");
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
