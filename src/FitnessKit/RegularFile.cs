namespace FitnessKit;

/// <summary>
/// The kit opens only regular files from user input. A FIFO named <c>*.dll</c> would block the reader until some writer
/// came, forever; a device such as <c>/dev/urandom</c> never ends; a socket cannot be read at all. Each is found
/// before it is opened, and named.
/// </summary>
internal static class RegularFile
{
    /// <summary>Whether the path names a regular file, links followed: false for a folder, FIFO, socket, device or nothing.</summary>
    public static bool Exists(string path) => Inputs.FileExists(path) && OtherKind(path) is null;

    /// <summary>
    /// What the path names when that is something other than a regular file, such as <c>a FIFO (named pipe)</c> or
    /// <c>a character device</c>; <see langword="null"/> for a regular file, for nothing, and when the type cannot be
    /// told (then opening it says what is wrong).
    /// </summary>
    public static string? OtherKind(string path)
    {
        Inputs.Probed(path);
        return Kind(path);
    }

    /// <summary>
    /// <see cref="OtherKind"/> for a file of the kit's own, such as a model cache file, which is no input of a check's
    /// answer (<see cref="InputLog"/>): not noted, but on Windows, where telling a device reads its attributes.
    /// </summary>
    public static string? OtherKindOfOwnFile(string path) => Kind(path);

    private static string? Kind(string path) => UnixFileType.Of(path) switch
    {
        UnixFileType.Kind.Directory => "a folder",
        UnixFileType.Kind.Fifo => "a FIFO (named pipe)",
        UnixFileType.Kind.CharacterDevice => "a character device",
        UnixFileType.Kind.BlockDevice => "a block device",
        UnixFileType.Kind.Socket => "a socket",
        _ => IsWindowsDevice(path) ? "a device" : null,
    };

    private static bool IsWindowsDevice(string path)
    {
        try
        {
            return OperatingSystem.IsWindows() && Inputs.FileExists(path) && (Inputs.Attributes(path) & FileAttributes.Device) != 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
