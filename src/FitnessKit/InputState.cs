using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace FitnessKit;

/// <summary>
/// What an input is now, as a 128-bit checksum of all that was read of it (XxHash128): which kind of file is at a path
/// (or none), every byte of a file (each megabyte by its 64-bit XXH64), every name in a folder, a variable's value.
/// Two runs read the same from an input when its states are equal. Also when it was last written, so that an input
/// written while a run read it is told.
/// </summary>
internal static class InputState
{
    private const int BufferBytes = 1 << 20;

    private static readonly EnumerationOptions Everything = new()
    {
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The state of an input now, read without noting it in any log.</summary>
    /// <exception cref="IOException">A file or folder cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file or folder may not be read.</exception>
    public static InputFingerprint Of(Input input)
    {
        var hash = new XxHash128();
        hash.Append([(byte)input.Kind]);
        if (input.Kind.HasFlag(InputKind.Variable))
        {
            Append(hash, Inputs.ValueOf(input.Name));
            return new InputFingerprint(hash.GetCurrentHashAsUInt128(), DateTime.MinValue);
        }

        var path = input.Name;
        var node = Node(path);
        hash.Append([(byte)node]);
        // Only what was read of a file or folder can change under a run; a presence is read once, at one moment.
        var lastWrite = node == UnixFileType.Kind.Unknown || (input.Kind & (InputKind.Content | InputKind.Listing)) == 0
            ? DateTime.MinValue
            : File.GetLastWriteTimeUtc(path);
        if (input.Kind.HasFlag(InputKind.Content) && node == UnixFileType.Kind.Regular)
        {
            AppendContent(hash, path);
        }

        if (input.Kind.HasFlag(InputKind.Listing) && node == UnixFileType.Kind.Directory)
        {
            AppendListing(hash, path);
        }

        return new InputFingerprint(hash.GetCurrentHashAsUInt128(), lastWrite);
    }

    /// <summary>What is at a path: a regular file, a folder, another kind of file, or nothing (Unknown).</summary>
    private static UnixFileType.Kind Node(string path)
    {
        if (Directory.Exists(path))
        {
            return UnixFileType.Kind.Directory;
        }

        if (!File.Exists(path))
        {
            return UnixFileType.Kind.Unknown;
        }

        return UnixFileType.Of(path) is var kind and not UnixFileType.Kind.Unknown ? kind : UnixFileType.Kind.Regular;
    }

    private static void AppendContent(XxHash128 hash, string path)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            using var file = File.OpenHandle(path);
            long offset = 0;
            int read;
            Span<byte> checksum = stackalloc byte[sizeof(ulong)];
            while ((read = RandomAccess.Read(file, buffer, offset)) > 0)
            {
                // Each read (a megabyte, or the file's end) by its XXH64, which the engine's image holds compiled:
                // System.IO.Hashing ships as IL, and its loops ran unoptimised for most of a warm check's hashing
                // of 88 MB (decision 56).
                BitConverter.TryWriteBytes(checksum, Checksum64.Of(buffer.AsSpan(0, read)));
                hash.Append(checksum);
                offset += read;
            }

            Span<byte> length = stackalloc byte[sizeof(long)];
            BitConverter.TryWriteBytes(length, offset);
            hash.Append(length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void AppendListing(XxHash128 hash, string folder)
    {
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", Everything)
            .Select(e => (e is DirectoryInfo ? "d:" : "f:") + e.Name)
            .Order(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            Append(hash, entry);
        }
    }

    private static void Append(XxHash128 hash, string? text)
    {
        if (text is null)
        {
            hash.Append([0]);
            return;
        }

        hash.Append([1]);
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }
}

/// <summary>An input's state: the checksum of what was read of it, and when it was last written (UTC; the minimum for a variable or nothing).</summary>
/// <param name="Checksum">The checksum.</param>
/// <param name="LastWrite">When the file or folder was last written.</param>
internal readonly record struct InputFingerprint(UInt128 Checksum, DateTime LastWrite);
