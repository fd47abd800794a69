namespace FitnessKit;

/// <summary>
/// Passes bytes on to another stream without carriage returns, so JSON indented with <c>\r\n</c> (where that is the
/// platform's line end) is written with <c>\n</c>. A carriage return inside a JSON string is always escaped as <c>\r</c>,
/// so the only raw ones are line ends. Write-only; disposing it leaves the inner stream open.
/// </summary>
internal sealed class LineFeedStream(Stream inner) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var end = buffer.IndexOf((byte)'\r');
            if (end < 0)
            {
                inner.Write(buffer);
                return;
            }

            inner.Write(buffer[..end]);
            buffer = buffer[(end + 1)..];
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
