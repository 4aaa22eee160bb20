using System.Text.Json;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Pipeline;

public sealed record FileIngestOptions
{
    /// <summary>Configured appliance name for every input (<c>--host</c>).</summary>
    public string? Appliance { get; init; }

    public FramingOptions Framing { get; init; } = new();

    public CorrelatorOptions Correlator { get; init; } = new();

    /// <summary>Commit after this many pending documents…</summary>
    public int BatchDocuments { get; init; } = 5_000;

    /// <summary>…or after this many bytes of input since the last commit.</summary>
    public long BatchBytes { get; init; } = 64L << 20;

    /// <summary>Read from the start even if the checkpoint says the files were read already.</summary>
    public bool Reingest { get; init; }

    public int MaxLineBytes { get; init; } = LineReader.DefaultMaxLineBytes;
}

/// <summary>One input file and the logical group it belongs to (directory + base name: one log subscription of one appliance).</summary>
public sealed record InputFile(string Path, string Group)
{
    /// <summary>Appliance identity of last resort (design.md §1: the source file name): the group's base name.</summary>
    public string FallbackIdentity => System.IO.Path.GetFileNameWithoutExtension(Group);
}

public sealed record FileProgress(string Path, long Position, long Length, long LinesTotal);

public sealed record IngestOutcome(IngestStats Stats, CorrelatorCounters Correlation, IReadOnlyList<string> Problems, long Commits);

/// <summary>
/// The one-shot backfill: reads files in log order through one correlator and commits documents together
/// with the checkpoint (input offsets + correlator state). Run again on the same files and it resumes where
/// the last commit stopped: nothing is lost, nothing duplicated.
/// </summary>
public sealed class FileIngestRunner
{
    private readonly IMessageSink? _sink;
    private readonly FileIngestOptions _options;
    private readonly IProgress<FileProgress>? _progress;
    private readonly Dictionary<string, InputPosition> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pendingIndex = new(StringComparer.Ordinal);
    private readonly List<MessageRecord> _pending = [];
    private readonly List<string> _problems = [];
    private readonly Dictionary<string, string> _groupSerials = new(StringComparer.Ordinal);
    private readonly Correlator _correlator;
    private long _commits;

    /// <param name="sink">Null: parse and correlate, write nothing (<c>--dry-run</c>).</param>
    public FileIngestRunner(IMessageSink? sink, FileIngestOptions options, IProgress<FileProgress>? progress = null)
    {
        _sink = sink;
        _options = options;
        _progress = progress;
        _correlator = new Correlator(options.Correlator, OnEmit);
    }

    public IngestStats Stats { get; } = new();

    private void OnEmit(MessageRecord record)
    {
        if (_sink is null)
        {
            return;
        }
        if (_pendingIndex.TryGetValue(record.Id, out var index))
        {
            _pending[index] = record;
        }
        else
        {
            _pendingIndex[record.Id] = _pending.Count;
            _pending.Add(record);
        }
    }

    public async Task<IngestOutcome> RunAsync(IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        if (_sink is not null && !_options.Reingest)
        {
            await RestoreAsync(_sink, cancellationToken).ConfigureAwait(false);
        }
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
            await ReadInStepAsync(cursors, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var c in cursors)
            {
                c.Close();
            }
        }
        _correlator.FlushAll();
        await CommitAsync(cursors, cancellationToken).ConfigureAwait(false);
        return new IngestOutcome(Stats, _correlator.Counters, _problems, _commits);
    }

    /// <summary>Continues from the sink's checkpoint; a damaged one stops the run before anything is read.</summary>
    /// <exception cref="InvalidDataException">The checkpoint cannot be used.</exception>
    private async Task RestoreAsync(IMessageSink sink, CancellationToken cancellationToken)
    {
        IngestCheckpoint? checkpoint;
        try
        {
            checkpoint = await sink.LoadCheckpointAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw Damaged(sink, e.Message, e);
        }
        if (checkpoint is null)
        {
            return;
        }
        // JSON can hold nulls where the record promises values.
        if (checkpoint.Inputs is null || checkpoint.CorrelatorState is null
            || checkpoint.Inputs.Any(p => p?.Key is null || p.Fingerprint is null || p.Offset < 0))
        {
            throw Damaged(sink, "an input position or the correlation state is missing", null);
        }
        try
        {
            _correlator.RestoreState(checkpoint.CorrelatorState);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(sink, e.Message, e);
        }
        foreach (var p in checkpoint.Inputs)
        {
            _positions[p.Fingerprint] = p;
        }
    }

    private static InvalidDataException Damaged(IMessageSink sink, string detail, Exception? inner) =>
        new($"the checkpoint in {sink.Description} is damaged ({detail}); to start over, read the inputs again from the start (--reingest)", inner);

    /// <summary>
    /// Reads the groups (one log subscription of one appliance each) in step by log time: always the group that is
    /// furthest behind. Two subscriptions of one appliance (text mail logs and consolidated events) thus reach the
    /// correlator interleaved, as they were written, and can describe the same message; with one group this is a
    /// plain sequential read.
    /// </summary>
    private async Task ReadInStepAsync(List<GroupCursor> cursors, CancellationToken cancellationToken)
    {
        long sinceCommit = 0;
        var sinceProgress = 0;
        IOException? readError = null;
        while (true)
        {
            var behind = InStep.Behind(cursors, out var next);
            if (behind is null)
            {
                return;
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
                    Track(behind);
                    FileEnded(behind, readError);
                    readError = null;
                    _progress?.Report(new FileProgress(behind.File!.Path, behind.Reader!.Position, behind.Length, Stats.Lines));
                    behind.FinishFile(_groupSerials);
                    continue;
                }
                behind.Time = behind.Source!.LastTimestampUtc;
                sinceCommit += lineBytes;
                if (++sinceProgress == 8192)
                {
                    sinceProgress = 0;
                    _progress?.Report(new FileProgress(behind.File!.Path, behind.Reader!.Position, behind.Length, Stats.Lines));
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (_pending.Count >= _options.BatchDocuments || sinceCommit >= _options.BatchBytes)
                {
                    await CommitAsync(cursors, cancellationToken).ConfigureAwait(false);
                    sinceCommit = 0;
                }
            }
        }
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
                Stats.FilesFailed++;
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
                Stats.FilesSkipped++;
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
                    Stats.FilesSkipped++;
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
            Stats.FilesRead++;
            var source = new SourceProcessor(
                new SourceSettings
                {
                    FallbackIdentity = file.FallbackIdentity,
                    Appliance = _options.Appliance,
                    Framing = _options.Framing,
                    InheritedSerial = _groupSerials.GetValueOrDefault(file.Group),
                },
                Stats,
                _correlator);
            if (sourceState is not null)
            {
                try
                {
                    source.RestoreState(sourceState);
                }
                catch (InvalidDataException e) when (_sink is not null)
                {
                    stream.Dispose();
                    throw Damaged(_sink, $"{file.Path}: {e.Message}", e);
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
            Stats.UnfinishedLine();
            _problems.Add($"{c.File!.Path}: the last {end - position:N0} bytes have no line end (the file is still being written, or was cut): left for a later run");
        }
    }

    /// <summary>A disk or network file system error: this file stops there, the others are still read.</summary>
    private void ReadFailed(InputFile file, IOException e)
    {
        Stats.FilesFailed++;
        _problems.Add($"{file.Path}: reading failed ({e.Message}); the rest of this file is not read");
    }

    // Not async: spans cannot live across awaits, so one line is handled per call.
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

    private void Track(GroupCursor c) =>
        _positions[c.Fingerprint!] = new InputPosition(c.File!.Path, c.Fingerprint!, c.Reader!.Position, Complete: false, c.Source!.SaveState());

    private async Task CommitAsync(List<GroupCursor> cursors, CancellationToken cancellationToken)
    {
        if (_sink is null)
        {
            return;
        }
        foreach (var c in cursors)
        {
            if (c.Reader is not null)
            {
                Track(c);
            }
        }
        var checkpoint = new IngestCheckpoint
        {
            Inputs = [.. _positions.Values],
            CorrelatorState = _correlator.SaveState(),
            SavedUtc = DateTime.UtcNow,
        };
        await _sink.CommitAsync(_pending, checkpoint, cancellationToken).ConfigureAwait(false);
        _pending.Clear();
        _pendingIndex.Clear();
        _commits++;
    }
}

/// <summary>Reading position in one group of files: the open file, its reader and framing state, and how far in log time it is.</summary>
internal sealed class GroupCursor(string group) : IStepCursor
{
    public string Group { get; } = group;
    public List<InputFile> Files { get; } = [];
    public int NextFile { get; set; }
    public bool Exhausted { get; set; }

    /// <summary>Log time of the last line read (MinValue before the first, so every group starts with its header).</summary>
    public DateTime Time { get; set; } = DateTime.MinValue;

    public InputFile? File { get; private set; }
    public string? Fingerprint { get; private set; }
    public LineReader? Reader { get; private set; }
    public SourceProcessor? Source { get; private set; }
    public long Length { get; private set; }

    /// <summary>The file's length now (it may have grown or shrunk since it was opened).</summary>
    public long CurrentLength => _stream?.Length ?? Length;

    private FileStream? _stream;

    public void Open(InputFile file, string fingerprint, FileStream stream, LineReader reader, SourceProcessor source)
    {
        File = file;
        Fingerprint = fingerprint;
        _stream = stream;
        Length = stream.Length;
        Reader = reader;
        Source = source;
    }

    /// <summary>The file is read to its end: remember its serial for headerless files of the group, and close it.</summary>
    public void FinishFile(Dictionary<string, string> groupSerials)
    {
        if (Source?.Serial is { } serial)
        {
            groupSerials[Group] = serial;
        }
        Close();
    }

    public void Close()
    {
        Reader?.Dispose();
        _stream?.Dispose();
        Reader = null;
        _stream = null;
    }
}
