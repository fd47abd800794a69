using System.IO.MemoryMappedFiles;

namespace FitnessKit.Loading;

/// <summary>A range of a memory-mapped file seen as a span of bytes, for as long as the view is open.</summary>
internal sealed unsafe class MappedBytes : IDisposable
{
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly int _length;

    private MappedBytes(MemoryMappedViewAccessor view, int length)
    {
        _view = view;
        _length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + view.PointerOffset;
    }

    public ReadOnlySpan<byte> Span => new(_start, _length);

    /// <exception cref="InvalidDataException">The range is larger than a span can hold.</exception>
    public static MappedBytes Open(MemoryMappedFile map, long offset, long length) =>
        length <= int.MaxValue
            ? new MappedBytes(map.CreateViewAccessor(offset, length, MemoryMappedFileAccess.Read), (int)length)
            : throw new InvalidDataException("a cache file larger than 2 GB");

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
    }
}
