using System.Runtime.InteropServices;
using System.Text;

namespace FitnessKit;

/// <summary>
/// The type of file a path names on Unix, read with <c>stat</c> (links followed). .NET does not expose it: a FIFO, a
/// socket and a device all look like empty regular files (<see cref="File.Exists"/> is true, the attributes are
/// <see cref="FileAttributes.Normal"/>, the length is 0). It is read through <c>SystemNative_Stat</c>, the shim every
/// .NET runtime on Unix ships and uses for <see cref="FileInfo"/> itself, whose mode bits are the same on every Unix.
/// </summary>
internal static class UnixFileType
{
    private const int TypeMask = 0xF000;
    private static bool s_unavailable;

    /// <summary>The kinds of file <see cref="Of"/> tells apart.</summary>
    public enum Kind
    {
        /// <summary>The type cannot be told: not Unix, nothing at the path, no permission, or no native shim.</summary>
        Unknown,

        /// <summary>A regular file.</summary>
        Regular,

        /// <summary>A folder.</summary>
        Directory,

        /// <summary>A FIFO (named pipe): opening it waits for a writer.</summary>
        Fifo,

        /// <summary>A character device such as <c>/dev/urandom</c>.</summary>
        CharacterDevice,

        /// <summary>A block device such as a disk.</summary>
        BlockDevice,

        /// <summary>A Unix domain socket.</summary>
        Socket,
    }

    /// <summary>The type of the file a path names, links followed.</summary>
    public static Kind Of(string path)
    {
        if (OperatingSystem.IsWindows() || s_unavailable)
        {
            return Kind.Unknown;
        }

        try
        {
            // The shim takes a NUL-terminated UTF-8 path; a path that holds a NUL names no file.
            if (path.Contains('\0', StringComparison.Ordinal) || NativeMethods.Stat(Encoding.UTF8.GetBytes(path + "\0"), out var status) != 0)
            {
                return Kind.Unknown;
            }

            return (status.Mode & TypeMask) switch
            {
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                0x1000 => Kind.Fifo,
                0x2000 => Kind.CharacterDevice,
                0x6000 => Kind.BlockDevice,
                0xC000 => Kind.Socket,
                _ => Kind.Unknown,
            };
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim (none is known): the kit cannot tell, and reads as before.
            s_unavailable = true;
            return Kind.Unknown;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat(byte[] path, out FileStatus status);
    }

    /// <summary>The start of the shim's <c>FileStatus</c>: its flags, then the mode with the file type; the rest (sizes, times, ids) is room, not read.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
