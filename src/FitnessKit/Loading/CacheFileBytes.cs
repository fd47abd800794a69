using System.Buffers;
using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace FitnessKit.Loading;

/// <summary>
/// The bytes of one <see cref="ModelCache"/> file, from the loading of its type headers until its details are decoded:
/// held, or, once the cache holds more than it may (<see cref="ModelCache"/>'s budget), let go and read again when
/// asked for. Read again, the file must be the one loaded, to the byte (its length and checksum); a file replaced
/// meanwhile (the run itself writes a decoded model over a file of headers only, another run may too) or gone gives
/// nothing, and the assembly is decoded from its own file instead.
/// </summary>
/// <remarks>
/// Bytes that are not held beyond one reading (those loaded past the budget, and every reading again) are lent by the
/// shared array pool and given back when let go, released or done with (<see cref="Done"/>): as arrays of their own,
/// most of them large, they waited in the collector's large-object heap for a full collection, which over 3,000
/// assemblies held 82 MB of them at the peak of a warm check.
/// </remarks>
internal sealed class CacheFileBytes
{
    private readonly string _file;
    private readonly int _length;
    private readonly ulong _checksum;
    private byte[]? _held;
    private bool _lent;
    private bool _readAgain;
    private bool _released;

    /// <summary>Initializes a new instance with the bytes of a file whose seal was checked.</summary>
    /// <param name="file">The cache file.</param>
    /// <param name="bytes">Its bytes, perhaps followed by more in an array lent by the pool.</param>
    /// <param name="length">The length of its content, before the seal.</param>
    /// <param name="lent">Whether <paramref name="bytes"/> was lent by <see cref="ArrayPool{T}.Shared"/>, to be given back when let go.</param>
    public CacheFileBytes(string file, byte[] bytes, int length, bool lent)
    {
        _file = file;
        _held = bytes;
        _length = length;
        _lent = lent;
        _checksum = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(length));
    }

    /// <summary>Gets the length of the content, before the seal.</summary>
    public int Length => _length;

    /// <summary>Reads a whole file into an array lent by the pool when <paramref name="lend"/> says so, or of its own length.</summary>
    /// <returns>The array, and how many of its bytes the file filled.</returns>
    /// <exception cref="IOException">The file cannot be read whole, or is larger than an array.</exception>
    public static (byte[] Bytes, int Length) ReadFile(string file, bool lend)
    {
        using var handle = File.OpenHandle(file);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{file} is too large to be a cache file.");
        }

        var bytes = lend ? ArrayPool<byte>.Shared.Rent((int)length) : new byte[length];
        try
        {
            Fill(handle, bytes.AsSpan(0, (int)length));
            return (bytes, (int)length);
        }
        catch when (lend)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
    }

    /// <summary>Gives back an array <see cref="ReadFile"/> lent, once nothing reads it.</summary>
    public static void GiveBack(byte[] bytes, bool lent)
    {
        if (lent)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Lets the bytes go until they are asked for again.</summary>
    public void LetGo() => Drop();

    /// <summary>Lets the bytes go for good: the details are decoded, or the assembly is not inspected.</summary>
    public void Release()
    {
        Drop();
        _released = true;
    }

    /// <summary>Done with bytes that <see cref="Read"/> read again: they go, and are read again if asked for; bytes held stay.</summary>
    public void Done()
    {
        if (_readAgain)
        {
            Drop();
        }
    }

    /// <summary>
    /// The bytes: those held, or the file read again when it is the one loaded; <see langword="null"/> once released,
    /// or when the file is gone or another now. Bytes read again are given back by <see cref="Done"/>, <see cref="LetGo"/>
    /// or <see cref="Release"/>, after which the array must not be read: it may hold another file's bytes.
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
            var (bytes, length) = ReadFile(_file, lend: true);
            // The checksum it carries first: another file is told without hashing it.
            if (length == _length + CacheFileSeal.Length && BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(_length)) == _checksum
                && CacheFileSeal.Check(bytes.AsSpan(0, length), out _) is null)
            {
                (_held, _lent, _readAgain) = (bytes, true, true);
                return bytes;
            }

            ArrayPool<byte>.Shared.Return(bytes);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Fill(SafeFileHandle handle, Span<byte> buffer)
    {
        var offset = 0;
        while (offset < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[offset..], offset);
            if (read == 0)
            {
                throw new IOException("The file was cut short while it was read.");
            }

            offset += read;
        }
    }

    private void Drop()
    {
        if (_held is { } held && _lent)
        {
            ArrayPool<byte>.Shared.Return(held);
        }

        _held = null;
        _lent = false;
        _readAgain = false;
    }
}
