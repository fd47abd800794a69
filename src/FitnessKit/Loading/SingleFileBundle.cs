using System.Buffers.Binary;

namespace FitnessKit.Loading;

/// <summary>
/// Tells a single-file app (<c>dotnet publish -p:PublishSingleFile=true</c>): a native host with the app's assemblies
/// bundled inside it, which FitnessKit does not unpack. Every apphost holds a fixed 32-byte signature, and the SDK's
/// bundler writes the offset of the bundle's header in the 8 bytes before it, zero in a plain apphost.
/// </summary>
internal static class SingleFileBundle
{
    /// <summary>The sentence that says what such a file is and what to inspect instead.</summary>
    public const string Reason = "a single-file app (published with PublishSingleFile: its assemblies are bundled inside a native host, "
        + "where FitnessKit does not read them); inspect the build output (bin/<configuration>/<framework>) instead";

    private const int HostBytes = 64 << 20;

    // The SHA-256 of ".net core bundle" that the bundler places after the bundle header's offset.
    private static readonly byte[] Signature =
    [
        0x8b, 0x12, 0x02, 0xb9, 0x6a, 0x61, 0x20, 0x38, 0x72, 0x7b, 0x93, 0x02, 0x14, 0xd7, 0xa0, 0x32,
        0x13, 0xf5, 0xb9, 0xe6, 0xef, 0xae, 0x33, 0x18, 0xee, 0x3b, 0x2d, 0xce, 0x24, 0xb3, 0x6a, 0xae,
    ];

    private static bool MayBeAHost(string path) =>
        path.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)
        || (Path.GetExtension(path).ToUpperInvariant() is not (".DLL" or ".SO" or ".DYLIB" or ".SH" or ".JSON" or ".PDB") && Inputs.IsExecutable(path));

    /// <summary>Whether a file holds a single-file bundle; a file that cannot be read is none.</summary>
    /// <param name="path">The file.</param>
    public static bool Is(string path)
    {
        try
        {
            if (RegularFile.OtherKind(path) is not null)
            {
                return false;
            }

            using var stream = Inputs.Open(path, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = new byte[1 << 16];
            var kept = 0;
            int read;
            // The host comes first in a bundle, and its marker lies within it: a self-contained host is some tens of MB.
            var left = HostBytes;
            while (left > 0 && (read = stream.Read(buffer, kept, Math.Min(buffer.Length - kept, left))) > 0)
            {
                left -= read;
                var filled = kept + read;
                var at = buffer.AsSpan(0, filled).IndexOf(Signature);
                if (at >= 0)
                {
                    // Every apphost holds the signature; the bundler writes the bundle's offset before it (zero in a plain host).
                    var offset = at >= sizeof(long) ? BinaryPrimitives.ReadInt64LittleEndian(buffer.AsSpan(at - sizeof(long))) : 0;
                    return offset > 0 && offset < stream.Length;
                }

                // The signature and the offset before it may straddle two reads: the last bytes start the next window.
                kept = Math.Min(sizeof(long) + Signature.Length - 1, filled);
                buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
            }

            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The single-file apps in a folder: its <c>.exe</c> files (Windows) and its executable files that are no library
    /// (Linux and macOS, where the host is named after the assembly, dots and all); at most a few are read.
    /// </summary>
    /// <param name="folder">The folder.</param>
    public static IReadOnlyList<string> In(string folder)
    {
        try
        {
            return [.. Inputs.Files(folder)
                .Where(MayBeAHost)
                .Order(StringComparer.Ordinal)
                .Take(16)
                .Where(Is)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
