using System.Buffers.Binary;

namespace FitnessKit.Loading;

/// <summary>
/// The bytes of one <see cref="ModelCache"/> file, from the loading of its type headers until its details are decoded:
/// held, or, once the cache holds more than it may (<see cref="ModelCache"/>'s budget), let go and read again when
/// asked for. Read again, the file must be the one loaded, to the byte (its length and checksum); a file replaced
/// meanwhile (the run itself writes a decoded model over a file of headers only, another run may too) or gone gives
/// nothing, and the assembly is decoded from its own file instead.
/// </summary>
internal sealed class CacheFileBytes
{
    private readonly string _file;
    private readonly int _length;
    private readonly ulong _checksum;
    private byte[]? _held;
    private bool _released;

    /// <summary>Initializes a new instance with the bytes of a file whose seal was checked.</summary>
    /// <param name="file">The cache file.</param>
    /// <param name="bytes">Its bytes.</param>
    /// <param name="length">The length of its content, before the seal.</param>
    public CacheFileBytes(string file, byte[] bytes, int length)
    {
        _file = file;
        _held = bytes;
        _length = length;
        _checksum = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(length));
    }

    /// <summary>Gets the length of the content, before the seal.</summary>
    public int Length => _length;

    /// <summary>Lets the bytes go until they are asked for again.</summary>
    public void LetGo() => _held = null;

    /// <summary>Lets the bytes go for good: the details are decoded, or the assembly is not inspected.</summary>
    public void Release()
    {
        _held = null;
        _released = true;
    }

    /// <summary>
    /// The bytes: those held, or the file read again when it is the one loaded; <see langword="null"/> once released,
    /// or when the file is gone or another now.
    /// </summary>
    public byte[]? Read()
    {
        if (_released)
        {
            return null;
        }

        if (_held is { } held)
        {
            return held;
        }

        try
        {
            var bytes = File.ReadAllBytes(_file);
            // The checksum it carries first: another file is told without hashing it.
            return bytes.Length == _length + CacheFileSeal.Length && BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(_length)) == _checksum
                && CacheFileSeal.Check(bytes, out _) is null ? bytes : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
