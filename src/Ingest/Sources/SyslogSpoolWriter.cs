using System.Buffers;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// Appends received syslog lines to the spool, the worker's durable queue: one writer task, lines written whole
/// (one <c>write</c> call per batch of complete lines, so a killed process never leaves half a line), fsync'd at
/// least every <c>Syslog:FsyncInterval</c>, a new file every <c>Syslog:SpoolFileBytes</c>. After a restart it
/// starts a new file and never appends to an old one. A line that reached the spool survives kill -9 (it is in the
/// kernel's page cache once written) and, after the next fsync, a power loss.
/// </summary>
public sealed class SyslogSpoolWriter : IDisposable
{
    private const int QueueCapacity = 100_000;
    private const int MaxBatchBytes = 1 << 20;

    private readonly string _directory;
    private readonly long _fileBytes;
    private readonly TimeSpan _fsyncInterval;
    private readonly SyslogCounters _counters;
    private readonly ILogger _log;
    private readonly Action? _written;
    private readonly Channel<byte[]> _queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private FileStream? _file;
    private long _sequence;
    private long _size;
    private bool _failing;

    /// <param name="written">Called after each batch reaches the spool (wakes the ingest loop).</param>
    public SyslogSpoolWriter(string directory, long fileBytes, TimeSpan fsyncInterval, SyslogCounters counters, ILogger log, Action? written = null)
    {
        _directory = directory;
        _fileBytes = fileBytes;
        _fsyncInterval = fsyncInterval;
        _counters = counters;
        _log = log;
        _written = written;
    }

    /// <summary>Lines waiting in memory for the writer.</summary>
    public int Queued => _queue.Reader.CanCount ? _queue.Reader.Count : 0;

    /// <summary>Queues a line without waiting (UDP); false, and counted as dropped, when the queue is full.</summary>
    public bool TryWrite(IPAddress source, ReadOnlySpan<byte> line)
    {
        if (_queue.Writer.TryWrite(Format(source, line)))
        {
            return true;
        }
        _counters.Drop();
        return false;
    }

    /// <summary>Queues a line, waiting while the queue is full (TCP: the sender is slowed down instead).</summary>
    public async ValueTask WriteAsync(IPAddress source, byte[] line, int length, CancellationToken cancellationToken)
    {
        var entry = Format(source, line.AsSpan(0, length));
        if (!_queue.Writer.TryWrite(entry))
        {
            await _queue.Writer.WriteAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>No more lines: the writer drains the queue, fsyncs and stops.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    private static byte[] Format(IPAddress source, ReadOnlySpan<byte> line)
    {
        Span<byte> address = stackalloc byte[64];
        var text = source.IsIPv4MappedToIPv6 ? source.MapToIPv4().ToString() : source.ToString();
        var n = Encoding.ASCII.GetBytes(text, address);
        var entry = new byte[n + 1 + line.Length + 1];
        address[..n].CopyTo(entry);
        entry[n] = (byte)'\t';
        line.CopyTo(entry.AsSpan(n + 1));
        entry[^1] = (byte)'\n';
        return entry;
    }

    /// <summary>The writer loop; returns once <see cref="Complete"/> was called and everything queued is written.</summary>
    public async Task RunAsync()
    {
        Directory.CreateDirectory(_directory);
        var existing = SyslogSpoolFiles.List(_directory);
        _sequence = existing.Count == 0 ? 0 : existing[^1].Sequence;
        var batch = new ArrayBufferWriter<byte>(64 * 1024);
        var lastSync = DateTime.UtcNow;
        var dirty = false;
        Task<bool>? waiting = null;
        try
        {
            while (true)
            {
                var lines = 0;
                while (batch.WrittenCount < MaxBatchBytes && _queue.Reader.TryRead(out var entry))
                {
                    batch.Write(entry);
                    lines++;
                }
                if (lines > 0)
                {
                    dirty |= Append(batch.WrittenSpan, lines);
                    batch.ResetWrittenCount();
                    if (batch.Capacity > 4 * MaxBatchBytes)
                    {
                        batch = new ArrayBufferWriter<byte>(64 * 1024);
                    }
                    _written?.Invoke();
                }
                if (dirty && DateTime.UtcNow - lastSync >= _fsyncInterval)
                {
                    Sync();
                    dirty = false;
                    lastSync = DateTime.UtcNow;
                }
                if (_queue.Reader.TryPeek(out _))
                {
                    continue;
                }
                waiting ??= _queue.Reader.WaitToReadAsync().AsTask();
                if (dirty)
                {
                    var due = _fsyncInterval - (DateTime.UtcNow - lastSync);
                    if (due > TimeSpan.Zero && await Task.WhenAny(waiting, Task.Delay(due)).ConfigureAwait(false) != waiting)
                    {
                        continue;
                    }
                    if (!waiting.IsCompleted)
                    {
                        continue;
                    }
                }
                var more = await waiting.ConfigureAwait(false);
                waiting = null;
                if (!more)
                {
                    break;
                }
            }
        }
        finally
        {
            Close();
        }
    }

    /// <summary>Writes complete lines to the current file (a new one when it is full); false when nothing was written.</summary>
    private bool Append(ReadOnlySpan<byte> bytes, int lines)
    {
        try
        {
            if (_file is null || _size >= _fileBytes)
            {
                Rotate();
            }
            _file!.Write(bytes);
            _size += bytes.Length;
            _counters.Spooled(lines);
            if (_failing)
            {
                _failing = false;
                _log.LogInformation("syslog spool: writing again to {File}", _file.Name);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _counters.Drop(lines);
            if (!_failing)
            {
                _log.LogError("syslog spool: cannot write to {Directory} ({Error}); received lines are dropped and counted until it can", _directory, e.Message);
                _failing = true;
            }
            // The next batch starts a new file: this one may end in a partial write.
            CloseQuietly();
            return false;
        }
    }

    private void Rotate()
    {
        Close();
        _sequence++;
        var path = Path.Combine(_directory, SyslogSpoolFiles.NameOf(_sequence));
        // Unbuffered: every Write is one write(2) of complete lines.
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 0);
        _size = 0;
    }

    private void Sync()
    {
        try
        {
            _file?.Flush(flushToDisk: true);
        }
        catch (IOException e)
        {
            _log.LogError("syslog spool: fsync failed ({Error})", e.Message);
        }
    }

    private void Close()
    {
        if (_file is null)
        {
            return;
        }
        Sync();
        CloseQuietly();
    }

    /// <summary>Closes the current file without waiting for the queue (normally <see cref="RunAsync"/> has closed it).</summary>
    public void Dispose() => CloseQuietly();

    private void CloseQuietly()
    {
        try
        {
            _file?.Dispose();
        }
        catch (IOException)
        {
        }
        _file = null;
    }
}
