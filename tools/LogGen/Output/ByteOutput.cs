namespace EsaTls.LogGen.Output;

/// <summary>An unbuffered file stream behind one large byte buffer: lines are copied in, the file sees 1 MB writes.</summary>
internal sealed class ByteOutput : IDisposable
{
    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _length;

    public ByteOutput(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }

    public string Path { get; }

    /// <summary>Bytes handed to this output so far.</summary>
    public long Written { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Written += bytes.Length;
        if (_length + bytes.Length > _buffer.Length)
        {
            FlushBuffer();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                return;
            }
        }
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void FlushBuffer()
    {
        _stream.Write(_buffer, 0, _length);
        _length = 0;
    }

    public void Dispose()
    {
        FlushBuffer();
        _stream.Dispose();
    }
}
