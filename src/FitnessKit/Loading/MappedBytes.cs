using System.IO.MemoryMappedFiles;

namespace FitnessKit.Loading;

/// <summary>A file mapped into memory and seen as a span of bytes, until disposed: read without copying it.</summary>
internal sealed unsafe class MappedBytes : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private bool _disposed;

    private MappedBytes(MemoryMappedFile map, MemoryMappedViewAccessor view, int length)
    {
        _map = map;
        _view = view;
        Length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + view.PointerOffset;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _disposed ? throw new ObjectDisposedException(nameof(MappedBytes)) : new(_start, Length);

    /// <summary>Maps a whole file for reading.</summary>
    /// <exception cref="IOException">The file cannot be opened or mapped.</exception>
    /// <exception cref="InvalidDataException">The file is empty or larger than a span can hold.</exception>
    public static MappedBytes Open(string file)
    {
        var length = new FileInfo(file).Length;
        if (length is 0 or > int.MaxValue)
        {
            throw new InvalidDataException(length == 0 ? "an empty cache file" : "a cache file larger than 2 GB");
        }

        var map = MemoryMappedFile.CreateFromFile(file, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        try
        {
            return new MappedBytes(map, map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), (int)length);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }
}
