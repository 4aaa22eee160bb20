namespace EsaTls.Tests.Framing;

/// <summary>Returns the data in reads of the given sizes (cycled): exercises short reads.</summary>
internal sealed class ChunkedStream(byte[] data, int[] chunkSizes, bool seekable = true) : Stream
{
    private long _position;
    private int _chunk;

    public override bool CanRead => true;
    public override bool CanSeek => seekable;
    public override bool CanWrite => false;
    public override long Length => seekable ? data.Length : throw new NotSupportedException();

    public override long Position
    {
        get => seekable ? _position : throw new NotSupportedException();
        set
        {
            if (!seekable)
            {
                throw new NotSupportedException();
            }
            _position = value;
        }
    }

    /// <summary>Positions a non-seekable stream (as if earlier bytes had been consumed).</summary>
    public void Skip(long offset) => _position = offset;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var size = Math.Min(count, Math.Min(chunkSizes[_chunk++ % chunkSizes.Length], data.Length - (int)_position));
        if (size <= 0)
        {
            return 0;
        }
        Array.Copy(data, _position, buffer, offset, size);
        _position += size;
        return size;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (!seekable)
        {
            throw new NotSupportedException();
        }
        _position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => data.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A file being written: data can be appended while a reader is at its end.</summary>
internal sealed class GrowingStream : Stream
{
    private readonly List<byte> _data = [];
    private int _position;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _data.Add(b);
        }
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var size = Math.Min(count, _data.Count - _position);
        for (var i = 0; i < size; i++)
        {
            buffer[offset + i] = _data[_position + i];
        }
        _position += size;
        return size;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Produces one very long line (generated on the fly, never held in memory) and a short one after it.</summary>
internal sealed class LongLineStream(long longLineBytes, byte[] tail) : Stream
{
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var total = longLineBytes + 1 + tail.Length;
        var n = (int)Math.Min(count, total - _position);
        for (var i = 0; i < n; i++)
        {
            var p = _position + i;
            buffer[offset + i] = p < longLineBytes ? (byte)('a' + (p % 26)) : p == longLineBytes ? (byte)'\n' : tail[p - longLineBytes - 1];
        }
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
