using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Hosting;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// Follows the watched push directories: new <c>*.s</c> files are read in roll-over order, the current <c>.c</c> /
/// <c>.current</c> file is tailed, and a file renamed on roll-over resumes at its position (files are known by
/// content fingerprint, not by name). Groups (log subscriptions) are read in step by log time, always the one
/// furthest behind first, exactly as a `files` run reads them, so that text and consolidated-event logs of one
/// appliance meet in the correlator as they were written. A last line without its newline is left until the newline
/// arrives, or until the file is no longer the newest of its group and has not changed for
/// <see cref="LoopSettings.SettleTime"/>.
/// </summary>
internal sealed class TailReader(LoopSettings loop, TailPositions positions, TailContext context)
{
    private readonly Dictionary<string, SourceProcessor> _processors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _groupSerials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileLook> _looks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _groupTimes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    /// <summary>Reads what is new in every directory, at most about <paramref name="budget"/> bytes; returns the bytes read.</summary>
    public long Poll(IReadOnlyList<TailedDirectory> directories, long budget)
    {
        var cursors = new List<TailCursor>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            foreach (var group in directory.Scan() ?? [])
            {
                present.UnionWith(group.Files);
                cursors.Add(new TailCursor(directory, group, _groupTimes.GetValueOrDefault(group.Key, DateTime.MinValue)));
            }
        }
        long read = 0;
        try
        {
            while (read < budget)
            {
                var behind = InStep.Behind(cursors, out var next);
                if (behind is null)
                {
                    break;
                }
                // A burst: the group reads on until it passes the next group's time, runs out of lines or of budget.
                while (behind.Time <= next && read < budget)
                {
                    if (behind.File is null && !OpenNext(behind))
                    {
                        break;
                    }
                    if (!TryRead(behind.File!, out var bytes))
                    {
                        Close(behind);
                        continue;
                    }
                    read += bytes;
                    behind.Time = behind.File!.Processor.LastTimestampUtc;
                }
            }
        }
        finally
        {
            foreach (var c in cursors)
            {
                if (c.File is not null)
                {
                    Close(c);
                }
                _groupTimes[c.Group.Key] = c.Time;
            }
        }
        Forget(present);
        return read;
    }

    // Not async: spans cannot live across awaits.
    private static bool TryRead(TailFile file, out long bytes)
    {
        var before = file.Reader.Position;
        if (!file.Reader.TryReadLine(out var line))
        {
            bytes = 0;
            return false;
        }
        file.Processor.ProcessLine(line, file.Reader.LastLineOversized);
        bytes = file.Reader.Position - before;
        return true;
    }

    /// <summary>Opens the group's next file that has unread bytes; false (and the group exhausted for this poll) when none has.</summary>
    private bool OpenNext(TailCursor cursor)
    {
        var files = cursor.Group.Files;
        while (cursor.NextFile < files.Count)
        {
            var index = cursor.NextFile++;
            if (Open(cursor, files[index], isNewest: index == files.Count - 1) is { } file)
            {
                cursor.File = file;
                return true;
            }
        }
        cursor.Exhausted = true;
        return false;
    }

    private TailFile? Open(TailCursor cursor, string path, bool isNewest)
    {
        var now = context.Now;
        var group = cursor.Group;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportOnce(path, $"cannot be read ({e.Message})");
            return null;
        }
        var mtime = info.LastWriteTimeUtc;
        if (_looks.TryGetValue(path, out var look) && look.Length == info.Length && look.Mtime == mtime && look.UpToDate)
        {
            // Unchanged since it was read to the end: no need to open it again.
            positions.Seen(look.Fingerprint, now);
            Inherit(group, look.Serial);
            return null;
        }
        var changedAt = look is not null && look.Length == info.Length && look.Mtime == mtime ? look.ChangedAt : now;

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
            return null;
        }
        var fingerprint = FileFingerprint.Of(stream);
        if (fingerprint is null)
        {
            stream.Dispose();
            return null;
        }
        var known = positions.Find(stream, fingerprint);
        // A file known by a short fingerprint is re-keyed to its full one once it is long enough.
        var key = known is not null && FileFingerprint.LengthOf(fingerprint) < FileFingerprint.PrefixBytes ? known.Fingerprint : fingerprint;
        var offset = known?.Offset ?? 0;
        var state = known?.FramerState;
        var length = stream.Length;
        if (length < offset)
        {
            context.Log.LogWarning("{Path}: shorter ({Length} bytes) than when it was last read ({Offset}); reading it again from the start", path, length, offset);
            offset = 0;
            state = null;
            _processors.Remove(key);
            if (known is not null)
            {
                _processors.Remove(known.Fingerprint);
            }
        }
        if (offset == length)
        {
            if (known is not null && known.Fingerprint != key)
            {
                positions.Set(known with { Key = path, Fingerprint = key }, known.Fingerprint, now);
            }
            positions.Seen(key, now);
            var serial = SourceProcessor.SerialOf(state);
            _looks[path] = new FileLook(length, mtime, key, changedAt, UpToDate: true, serial);
            Inherit(group, serial);
            stream.Dispose();
            return null;
        }
        var settled = !isNewest && now - changedAt >= loop.SettleTime;
        var processor = Processor(cursor, key, known?.Fingerprint, state);
        var reader = new LineReader(stream, offset, loop.MaxLineBytes, consumeUnterminatedLastLine: settled);
        return new TailFile(path, key, known?.Fingerprint, stream, reader, processor, isNewest, mtime, changedAt);
    }

    /// <summary>Records how far the cursor's open file was read, and closes it.</summary>
    private void Close(TailCursor cursor)
    {
        var file = cursor.File!;
        cursor.File = null;
        var now = context.Now;
        positions.Set(new InputPosition(file.Path, file.Key, file.Reader.Position, Complete: false, file.Processor.SaveState()), file.KnownAs, now);
        if (file.KnownAs is not null && file.KnownAs != file.Key)
        {
            _processors.Remove(file.KnownAs);
        }
        var upToDate = file.Reader.Position == file.Length;
        _looks[file.Path] = new FileLook(file.Length, file.Mtime, file.Key, file.ChangedAt, upToDate, file.Processor.Serial);
        Inherit(cursor.Group, file.Processor.Serial);
        if (upToDate && !file.IsNewest)
        {
            // A file that is not the group's newest will not grow (a rename would change its look first).
            _processors.Remove(file.Key);
        }
        file.Dispose();
    }

    private SourceProcessor Processor(TailCursor cursor, string key, string? knownAs, string? state)
    {
        if (_processors.TryGetValue(key, out var processor) || (knownAs is not null && _processors.TryGetValue(knownAs, out processor)))
        {
            _processors[key] = processor;
            return processor;
        }
        var input = cursor.Directory.Input;
        processor = new SourceProcessor(
            new SourceSettings
            {
                // The same identity rules as a `files` run over the same directory (design.md §1).
                FallbackIdentity = new InputFile(cursor.Group.Files[0], cursor.Group.Key).FallbackIdentity,
                Appliance = input.Appliance,
                Framing = new FramingOptions { Zone = input.Zone, Year = input.Year, NowUtc = context.Now },
                InheritedSerial = _groupSerials.GetValueOrDefault(cursor.Group.Key),
            },
            context.Stats,
            context.Correlator);
        if (state is not null)
        {
            try
            {
                processor.RestoreState(state);
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                context.Log.LogWarning("{Key}: saved reading state is damaged ({Error}); continuing with a fresh one", key, e.Message);
            }
        }
        _processors[key] = processor;
        return processor;
    }

    private void Inherit(InputGroup group, string? serial)
    {
        if (serial is not null)
        {
            _groupSerials[group.Key] = serial;
        }
    }

    private void Forget(HashSet<string> present)
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

    private void ReportOnce(string path, string problem)
    {
        if (_reported.Add(path + "\n" + problem))
        {
            context.Stats.FilesFailed++;
            context.Log.LogWarning("{Path}: {Problem}; trying again", path, problem);
        }
    }
}
