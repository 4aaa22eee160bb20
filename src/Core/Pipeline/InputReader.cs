using EsaTls.Core.Framing;
using EsaTls.Core.Stores;

namespace EsaTls.Core.Pipeline;

/// <summary>
/// The reading side of a backfill: opens the files in log order, skips what the checkpoint says was read,
/// frames and parses every line and hands the correlator calls on in <see cref="EventBatch"/>es, each ending
/// with the input position reached. Knows nothing of the correlator or the sink.
/// </summary>
internal sealed class InputReader
{
    private readonly FileIngestOptions _options;
    private readonly IngestStats _stats;
    private readonly List<string> _problems;
    private readonly IProgress<FileProgress>? _progress;
    private readonly Func<EventBatch> _rent;
    private readonly Action<EventBatch> _handOn;
    private readonly EventBatchRecorder _recorder = new();

    // Where each file stood, by fingerprint: the checkpoint's positions, then the end of every file read here
    // (the same content under a second name is then recognised as read).
    private readonly Dictionary<string, InputPosition> _positions = new(StringComparer.Ordinal);

    public InputReader(
        FileIngestOptions options,
        IngestStats stats,
        List<string> problems,
        IProgress<FileProgress>? progress,
        IEnumerable<InputPosition> known,
        Func<EventBatch> rent,
        Action<EventBatch> handOn)
    {
        _options = options;
        _stats = stats;
        _problems = problems;
        _progress = progress;
        _rent = rent;
        _handOn = handOn;
        foreach (var p in known)
        {
            _positions[p.Fingerprint] = p;
        }
    }

    public void ReadAll(IReadOnlyList<InputFile> files, CancellationToken cancellationToken)
    {
        var groupSerials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReadFile(file, groupSerials, cancellationToken);
        }
    }

    private void ReadFile(InputFile file, Dictionary<string, string> groupSerials, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _stats.FilesFailed++;
            _problems.Add($"{file.Path}: cannot be read ({e.Message})");
            return;
        }
        using (stream)
        {
            var fingerprint = FileFingerprint.Of(stream);
            if (fingerprint is null)
            {
                _stats.FilesSkipped++;
                return;
            }
            var known = FindPosition(stream, fingerprint);
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
            _stats.FilesRead++;
            var source = new SourceProcessor(
                new SourceSettings
                {
                    FallbackIdentity = file.FallbackIdentity,
                    Appliance = _options.Appliance,
                    Framing = _options.Framing,
                    InheritedSerial = groupSerials.GetValueOrDefault(file.Group),
                },
                _stats,
                _recorder);
            if (sourceState is not null)
            {
                source.RestoreState(sourceState);
            }
            var end = Read(file, stream, fingerprint, start, source, cancellationToken);
            _positions[fingerprint] = end;
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

    /// <summary>Reads one file to its end, handing on a batch whenever one is full and a last one at the end.</summary>
    private InputPosition Read(InputFile file, FileStream stream, string fingerprint, long start, SourceProcessor source, CancellationToken cancellationToken)
    {
        using var reader = new LineReader(stream, start, _options.MaxLineBytes);
        var length = stream.Length;
        var sinceProgress = 0;
        var batch = _recorder.Batch = _rent();
        while (reader.TryReadLine(out var line))
        {
            batch.Bytes += line.Length;
            source.ProcessLine(line, reader.LastLineOversized);
            if (++sinceProgress == 8192)
            {
                sinceProgress = 0;
                _progress?.Report(new FileProgress(file.Path, reader.Position, length, _stats.Lines));
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (batch.IsFull)
            {
                batch.Position = Position(file, fingerprint, reader.Position, source);
                _handOn(batch);
                batch = _recorder.Batch = _rent();
            }
        }
        var end = Position(file, fingerprint, reader.Position, source);
        batch.Position = end;
        _handOn(batch);
        _progress?.Report(new FileProgress(file.Path, reader.Position, length, _stats.Lines));
        return end;
    }

    private static InputPosition Position(InputFile file, string fingerprint, long offset, SourceProcessor source) =>
        new(file.Path, fingerprint, offset, Complete: false, source.SaveState());
}
