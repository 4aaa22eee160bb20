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
        var groupSerials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await IngestFileAsync(file, groupSerials, cancellationToken).ConfigureAwait(false);
        }
        _correlator.FlushAll();
        await CommitAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task IngestFileAsync(InputFile file, Dictionary<string, string> groupSerials, CancellationToken cancellationToken)
    {
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
            return;
        }
        await using (stream.ConfigureAwait(false))
        {
            string? fingerprint;
            InputPosition? known;
            try
            {
                fingerprint = FileFingerprint.Of(stream);
                known = fingerprint is null ? null : FindPosition(stream, fingerprint);
            }
            catch (IOException e)
            {
                ReadFailed(file, e);
                return;
            }
            if (fingerprint is null)
            {
                Stats.FilesSkipped++;
                return;
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
                        groupSerials[file.Group] = serial;
                    }
                    return;
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
                    InheritedSerial = groupSerials.GetValueOrDefault(file.Group),
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
                    throw Damaged(_sink, $"{file.Path}: {e.Message}", e);
                }
            }
            await ReadAsync(file, stream, fingerprint, start, source, cancellationToken).ConfigureAwait(false);
            if (source.Serial is { } learnt)
            {
                groupSerials[file.Group] = learnt;
            }
        }
    }

    private InputPosition? FindPosition(FileStream stream, string fingerprint)
    {
        if (_positions.Count == 0)
        {
            return null;
        }
        if (_positions.TryGetValue(fingerprint, out var p))
        {
            return p;
        }
        // A file that was shorter than the fingerprint prefix when it was read: compare over the length recorded then.
        foreach (var candidate in _positions.Values)
        {
            var length = FileFingerprint.LengthOf(candidate.Fingerprint);
            if (length > 0 && length < FileFingerprint.PrefixBytes && stream.Length >= length
                && FileFingerprint.Of(stream, length) == candidate.Fingerprint)
            {
                return candidate;
            }
        }
        return null;
    }

    private async Task ReadAsync(InputFile file, FileStream stream, string fingerprint, long start, SourceProcessor source, CancellationToken cancellationToken)
    {
        // A last line without its line end is left unread: the file may still be written, and a line read in
        // two parts would be two damaged lines. The checkpoint stays before it; a later run reads it whole.
        using var reader = new LineReader(stream, start, _options.MaxLineBytes, consumeUnterminatedLastLine: false);
        var length = stream.Length;
        long sinceCommit = 0;
        var sinceProgress = 0;
        IOException? error = null;
        try
        {
            while (TryRead(reader, source, ref error, out var lineBytes))
            {
                sinceCommit += lineBytes;
                if (++sinceProgress == 8192)
                {
                    sinceProgress = 0;
                    _progress?.Report(new FileProgress(file.Path, reader.Position, length, Stats.Lines));
                    cancellationToken.ThrowIfCancellationRequested();
                }
                if (_pending.Count >= _options.BatchDocuments || sinceCommit >= _options.BatchBytes)
                {
                    Track(file, fingerprint, reader.Position, source);
                    await CommitAsync(cancellationToken).ConfigureAwait(false);
                    sinceCommit = 0;
                }
            }
        }
        finally
        {
            // Also after a read error: what was read counts, and the next run resumes after it.
            Track(file, fingerprint, reader.Position, source);
        }
        if (error is not null)
        {
            ReadFailed(file, error);
            return;
        }
        var end = stream.Length;
        if (end < length)
        {
            _problems.Add($"{file.Path}: shrank from {length:N0} to {end:N0} bytes while being read (cut or rewritten by another program); read up to byte {reader.Position:N0}");
        }
        else if (reader.Position < end)
        {
            Stats.UnfinishedLine();
            _problems.Add($"{file.Path}: the last {end - reader.Position:N0} bytes have no line end (the file is still being written, or was cut): left for a later run");
        }
        _progress?.Report(new FileProgress(file.Path, reader.Position, length, Stats.Lines));
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

    private void Track(InputFile file, string fingerprint, long offset, SourceProcessor source) =>
        _positions[fingerprint] = new InputPosition(file.Path, fingerprint, offset, Complete: false, source.SaveState());

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_sink is null)
        {
            return;
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
