namespace QuoteAttribution.Tests.Support;

/// <summary>
/// A read-only stream of <paramref name="head"/>, then <paramref name="count"/> copies of <paramref name="filler"/>,
/// then <paramref name="tail"/>: a huge input that the test never holds in memory.
/// </summary>
internal sealed class GeneratedStream(byte[] head, byte filler, long count, byte[] tail) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => head.Length + count + tail.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count1)
    {
        int n = 0;
        while (n < count1 && _position < Length)
        {
            long p = _position;
            buffer[offset + n] = p < head.Length ? head[p] : p < head.Length + count ? filler : tail[p - head.Length - count];
            n++;
            _position++;
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count1) => throw new NotSupportedException();
}
