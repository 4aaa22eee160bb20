using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Hosting;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// Follows one push directory: new <c>*.s</c> files are read in roll-over order, the current <c>.c</c> /
/// <c>.current</c> file is tailed, and a file renamed on roll-over resumes at its position (files are known by
/// content fingerprint, not by name). A last line without its newline is left until the newline arrives, or
/// until the file is no longer the newest of its group and has not changed for <see cref="LoopSettings.SettleTime"/>.
/// </summary>
internal sealed class TailedDirectory
{
    private readonly FileInputSettings _input;
    private readonly LoopSettings _loop;
    private readonly TailPositions _positions;
    private readonly TailContext _context;
    private readonly Dictionary<string, SourceProcessor> _processors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _groupSerials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileLook> _looks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private string? _directoryProblem;

    public TailedDirectory(FileInputSettings input, LoopSettings loop, TailPositions positions, TailContext context)
    {
        _input = input;
        _loop = loop;
        _positions = positions;
        _context = context;
    }

    public string Path => _input.Path;

    /// <summary>Reads what is new, at most about <paramref name="budget"/> bytes; returns the bytes read.</summary>
    public long Poll(long budget)
    {
        var groups = TailScan.List(_input.Path, out var problem);
        ReportDirectory(problem);
        if (groups is null)
        {
            return 0;
        }
        long read = 0;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            for (var i = 0; i < group.Files.Count; i++)
            {
                present.Add(group.Files[i]);
                if (read >= budget)
                {
                    continue;
                }
                read += ReadFile(group, group.Files[i], isNewest: i == group.Files.Count - 1, budget - read, out var finished);
                if (!finished)
                {
                    // Out of budget inside this file: later files of the group wait, so that lines stay in log order.
                    break;
                }
            }
        }
        ForgetLooks(present);
        return read;
    }

    private long ReadFile(InputGroup group, string path, bool isNewest, long budget, out bool finished)
    {
        finished = true;
        var now = _context.Now;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportOnce(path, $"cannot be read ({e.Message})");
            return 0;
        }
        var length = info.Length;
        var mtime = info.LastWriteTimeUtc;
        if (_looks.TryGetValue(path, out var look) && look.Length == length && look.Mtime == mtime && look.UpToDate)
        {
            // Unchanged since it was read to the end: no need to open it again.
            _positions.Seen(look.Fingerprint, now);
            if (look.Serial is not null)
            {
                _groupSerials[group.Key] = look.Serial;
            }
            return 0;
        }
        var changedAt = look is not null && look.Length == length && look.Mtime == mtime ? look.ChangedAt : now;

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (e is not FileNotFoundException)
            {
                ReportOnce(path, $"cannot be read ({e.Message})");
            }
            return 0;
        }
        using (stream)
        {
            var fingerprint = FileFingerprint.Of(stream);
            if (fingerprint is null)
            {
                return 0;
            }
            var known = _positions.Find(stream, fingerprint);
            // A file known by a short fingerprint is re-keyed to its full one once it is long enough.
            var key = known is not null && FileFingerprint.LengthOf(fingerprint) < FileFingerprint.PrefixBytes ? known.Fingerprint : fingerprint;
            var offset = known?.Offset ?? 0;
            var state = known?.FramerState;
            length = stream.Length;
            if (length < offset)
            {
                _context.Log.LogWarning("{Path}: shorter ({Length} bytes) than when it was last read ({Offset}); reading it again from the start", path, length, offset);
                offset = 0;
                state = null;
                _processors.Remove(key);
            }
            var serial = SourceProcessor.SerialOf(state);
            if (offset == length)
            {
                if (known is not null && known.Fingerprint != key)
                {
                    _positions.Set(known with { Key = path, Fingerprint = key }, known.Fingerprint, now);
                }
                _positions.Seen(key, now);
                Remember(group, path, new FileLook(length, mtime, key, changedAt, UpToDate: true, serial));
                return 0;
            }

            var settled = !isNewest && now - changedAt >= _loop.SettleTime;
            var processor = Processor(group, key, known?.Fingerprint, state);
            using var reader = new LineReader(stream, offset, _loop.MaxLineBytes, consumeUnterminatedLastLine: settled);
            var read = Read(reader, processor, budget);
            finished = read < budget;
            _positions.Set(new InputPosition(path, key, reader.Position, Complete: false, processor.SaveState()), known?.Fingerprint, now);
            if (known is not null && known.Fingerprint != key)
            {
                _processors.Remove(known.Fingerprint);
            }
            var upToDate = reader.Position == length;
            Remember(group, path, new FileLook(length, mtime, key, changedAt, upToDate, processor.Serial));
            if (upToDate && !isNewest)
            {
                // A file that is not the group's newest will not grow (a rename would change its look first).
                _processors.Remove(key);
            }
            return read;
        }
    }

    // Not async: spans cannot live across awaits.
    private static long Read(LineReader reader, SourceProcessor processor, long budget)
    {
        var start = reader.Position;
        while (reader.Position - start < budget && reader.TryReadLine(out var line))
        {
            processor.ProcessLine(line, reader.LastLineOversized);
        }
        return reader.Position - start;
    }

    private SourceProcessor Processor(InputGroup group, string key, string? knownAs, string? state)
    {
        if (_processors.TryGetValue(key, out var processor) || (knownAs is not null && _processors.TryGetValue(knownAs, out processor)))
        {
            _processors[key] = processor;
            return processor;
        }
        processor = new SourceProcessor(
            new SourceSettings
            {
                // The same identity rules as a `files` run over the same directory (design.md §1).
                FallbackIdentity = new InputFile(group.Files[0], group.Key).FallbackIdentity,
                Appliance = _input.Appliance,
                Framing = new FramingOptions { Zone = _input.Zone, Year = _input.Year, NowUtc = _context.Now },
                InheritedSerial = _groupSerials.GetValueOrDefault(group.Key),
            },
            _context.Stats,
            _context.Correlator);
        if (state is not null)
        {
            try
            {
                processor.RestoreState(state);
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                _context.Log.LogWarning("{Key}: saved reading state is damaged ({Error}); continuing with a fresh one", key, e.Message);
            }
        }
        _processors[key] = processor;
        return processor;
    }

    private void Remember(InputGroup group, string path, FileLook look)
    {
        _looks[path] = look;
        if (look.Serial is not null)
        {
            _groupSerials[group.Key] = look.Serial;
        }
    }

    private void ForgetLooks(HashSet<string> present)
    {
        if (_looks.Count <= present.Count)
        {
            return;
        }
        List<string>? gone = null;
        foreach (var path in _looks.Keys)
        {
            if (!present.Contains(path))
            {
                (gone ??= []).Add(path);
            }
        }
        foreach (var path in gone ?? [])
        {
            _looks.Remove(path);
        }
    }

    private void ReportDirectory(string? problem)
    {
        if (problem == _directoryProblem)
        {
            return;
        }
        if (problem is null)
        {
            _context.Log.LogInformation("{Path}: watching", _input.Path);
        }
        else
        {
            _context.Log.LogWarning("{Path}: {Problem}; waiting for it", _input.Path, problem);
        }
        _directoryProblem = problem;
    }

    private void ReportOnce(string path, string problem)
    {
        if (_reported.Add(path + "\n" + problem))
        {
            _context.Stats.FilesFailed++;
            _context.Log.LogWarning("{Path}: {Problem}; trying again", path, problem);
        }
    }

    /// <summary>What the file looked like when last read; an unchanged, fully read file is not opened again.</summary>
    private sealed record FileLook(long Length, DateTime Mtime, string Fingerprint, DateTime ChangedAt, bool UpToDate, string? Serial);
}
