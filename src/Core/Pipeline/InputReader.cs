using EsaTls.Core.Framing;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Pipeline;

/// <summary>
/// The reading side of a backfill: reads the groups of files in step by log time, skips what the checkpoint
/// says was read, frames and parses every line and hands the correlator calls on in <see cref="EventBatch"/>es,
/// each ending with the input positions reached. Knows nothing of the correlator or the sink.
/// </summary>
internal sealed class InputReader
{
    private readonly FileIngestOptions _options;
    private readonly IngestStats _stats;
    private readonly List<string> _problems;
    private readonly IProgress<FileProgress>? _progress;
    private readonly Func<EventBatch> _rent;
    private readonly Action<EventBatch> _handOn;
    private readonly Func<string, Exception, Exception>? _damaged;
    private readonly EventBatchRecorder _recorder = new();
    private readonly Dictionary<string, string> _groupSerials = new(StringComparer.Ordinal);

    // The groups with lines in the batch being filled: their positions go with it.
    private readonly List<GroupCursor> _inBatch = [];

    // Where each file stood, by fingerprint: the checkpoint's positions, then the end of every file read here
    // (the same content under a second name is then recognised as read).
    private readonly Dictionary<string, InputPosition> _positions = new(StringComparer.Ordinal);

    /// <param name="damaged">Makes the error for a damaged saved source state (null: no checkpoint was restored).</param>
    public InputReader(
        FileIngestOptions options,
        IngestStats stats,
        List<string> problems,
        IProgress<FileProgress>? progress,
        IEnumerable<InputPosition> known,
        Func<EventBatch> rent,
        Action<EventBatch> handOn,
        Func<string, Exception, Exception>? damaged)
    {
        _options = options;
        _stats = stats;
        _problems = problems;
        _progress = progress;
        _rent = rent;
        _handOn = handOn;
        _damaged = damaged;
        foreach (var p in known)
        {
            _positions[p.Fingerprint] = p;
        }
    }

    public void ReadAll(IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        var cursors = new List<GroupCursor>();
        foreach (var file in files)
        {
            if (cursors.Count == 0 || cursors[^1].Group != file.Group)
            {
                cursors.Add(new GroupCursor(file.Group));
            }
            cursors[^1].Files.Add(file);
        }
        try
        {
            ReadInStep(cursors, cancellationToken);
        }
        finally
        {
            foreach (var c in cursors)
            {
                c.Close();
            }
        }
    }

    /// <summary>
    /// Reads the groups (one log subscription of one appliance each) in step by log time: always the group that is
    /// furthest behind. Two subscriptions of one appliance (text mail logs and consolidated events) thus reach the
    /// correlator interleaved, as they were written, and can describe the same message; with one group this is a
    /// plain sequential read.
    /// </summary>
    private void ReadInStep(List<GroupCursor> cursors, CancellationToken cancellationToken)
    {
        var batch = _recorder.Batch = _rent();
        var sinceProgress = 0;
        IOException? readError = null;
        while (true)
        {
            var behind = InStep.Behind(cursors, out var next);
            if (behind is null)
            {
                break;
            }
            // A burst: the group reads on until it passes the next group's time (or a file ends).
            while (behind.Time <= next)
            {
                if (behind.Reader is null && !OpenNext(behind))
                {
                    break;
                }
                if (!TryRead(behind.Reader!, behind.Source!, ref readError, out var lineBytes))
                {
                    var end = Position(behind);
                    _positions[end.Fingerprint] = end;
                    batch.Positions.Add(end);
                    FileEnded(behind, readError);
                    readError = null;
                    _progress?.Report(new FileProgress(behind.File!.Path, behind.Reader!.Position, behind.Length, _stats.Lines));
                    behind.FinishFile(_groupSerials);
                    // A file's end is a natural commit point: the batch goes on (as a full one would).
                    HandOn(batch);
                    batch = _recorder.Batch = _rent();
                    continue;
                }
                if (!behind.InBatch)
                {
                    behind.InBatch = true;
                    _inBatch.Add(behind);
                }
                behind.Time = behind.Source!.LastTimestampUtc;
                batch.Bytes += lineBytes;
                if (++sinceProgress == 8192)
                {
                    sinceProgress = 0;
                    _progress?.Report(new FileProgress(behind.File!.Path, behind.Reader!.Position, behind.Length, _stats.Lines));
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (batch.IsFull)
                {
                    HandOn(batch);
                    batch = _recorder.Batch = _rent();
                }
            }
        }
        HandOn(batch);
    }

    /// <summary>Hands the batch on with the positions reached in the files it read from that are still open.</summary>
    private void HandOn(EventBatch batch)
    {
        foreach (var c in _inBatch)
        {
            if (c.Reader is not null)
            {
                batch.Positions.Add(Position(c));
            }
            c.InBatch = false;
        }
        _inBatch.Clear();
        _handOn(batch);
    }

    /// <summary>Opens the group's next file that has unread lines; false when the group has none left.</summary>
    private bool OpenNext(GroupCursor cursor)
    {
        while (cursor.NextFile < cursor.Files.Count)
        {
            var file = cursor.Files[cursor.NextFile++];
            FileStream stream;
            try
            {
                stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _stats.FilesFailed++;
                _problems.Add(e switch
                {
                    FileNotFoundException or DirectoryNotFoundException => $"{file.Path}: no longer exists (moved or deleted before it could be read)",
                    UnauthorizedAccessException => $"{file.Path}: cannot be read: permission denied ({e.Message})",
                    _ => $"{file.Path}: cannot be read ({e.Message})",
                });
                continue;
            }
            string? fingerprint;
            InputPosition? known;
            try
            {
                fingerprint = FileFingerprint.Of(stream);
                known = fingerprint is null ? null : FileFingerprint.FindPosition(_positions, stream, fingerprint);
            }
            catch (IOException e)
            {
                ReadFailed(file, e);
                stream.Dispose();
                continue;
            }
            if (fingerprint is null)
            {
                _stats.FilesSkipped++;
                stream.Dispose();
                continue;
            }
            long start = 0;
            string? sourceState = null;
            if (known is not null)
            {
                fingerprint = known.Fingerprint;
                if (stream.Length == known.Offset)
                {
                    _stats.FilesSkipped++;
                    if (SourceProcessor.SerialOf(known.FramerState) is { } serial)
                    {
                        _groupSerials[file.Group] = serial;
                    }
                    stream.Dispose();
                    continue;
                }
                if (stream.Length > known.Offset)
                {
                    start = known.Offset;
                    sourceState = known.FramerState;
                }
                else
                {
                    _problems.Add($"{file.Path}: shorter than when it was last read; reading it again from the start");
                }
            }
            _stats.FilesRead++;
            var source = new SourceProcessor(
                new SourceSettings
                {
                    FallbackIdentity = file.FallbackIdentity,
                    Appliance = _options.Appliance,
                    Framing = _options.Framing,
                    InheritedSerial = _groupSerials.GetValueOrDefault(file.Group),
                },
                _stats,
                _recorder);
            if (sourceState is not null)
            {
                try
                {
                    source.RestoreState(sourceState);
                }
                catch (InvalidDataException e) when (_damaged is not null)
                {
                    stream.Dispose();
                    throw _damaged($"{file.Path}: {e.Message}", e);
                }
            }
            // A last line without its line end is left unread: the file may still be written, and a line read in
            // two parts would be two damaged lines. The checkpoint stays before it; a later run reads it whole.
            var reader = new LineReader(stream, start, _options.MaxLineBytes, consumeUnterminatedLastLine: false);
            cursor.Open(file, fingerprint, stream, reader, source);
            return true;
        }
        cursor.Exhausted = true;
        return false;
    }

    /// <summary>The reader reached the end of the file, or a read failed: say what is wrong with the file, if anything.</summary>
    private void FileEnded(GroupCursor c, IOException? error)
    {
        if (error is not null)
        {
            ReadFailed(c.File!, error);
            return;
        }
        var end = c.CurrentLength;
        var position = c.Reader!.Position;
        if (end < c.Length)
        {
            _problems.Add($"{c.File!.Path}: shrank from {c.Length:N0} to {end:N0} bytes while being read (cut or rewritten by another program); read up to byte {position:N0}");
        }
        else if (position < end)
        {
            _stats.UnfinishedLine();
            _problems.Add($"{c.File!.Path}: the last {end - position:N0} bytes have no line end (the file is still being written, or was cut): left for a later run");
        }
    }

    /// <summary>A disk or network file system error: this file stops there, the others are still read.</summary>
    private void ReadFailed(InputFile file, IOException e)
    {
        _stats.FilesFailed++;
        _problems.Add($"{file.Path}: reading failed ({e.Message}); the rest of this file is not read");
    }

    private static bool TryRead(LineReader reader, SourceProcessor source, ref IOException? error, out int bytes)
    {
        bool more;
        ReadOnlySpan<byte> line;
        try
        {
            more = reader.TryReadLine(out line);
        }
        catch (IOException e)
        {
            error = e;
            more = false;
            line = default;
        }
        if (!more)
        {
            bytes = 0;
            return false;
        }
        bytes = line.Length;
        source.ProcessLine(line, reader.LastLineOversized);
        return true;
    }

    private static InputPosition Position(GroupCursor c) =>
        new(c.File!.Path, c.Fingerprint!, c.Reader!.Position, Complete: false, c.Source!.SaveState());
}
