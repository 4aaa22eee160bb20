using System.Globalization;
using EsaTls.Core.Correlation;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Sources;

namespace EsaTls.Ingest.Hosting;

/// <summary>
/// <c>esatls-ingest status</c>: where the committed checkpoint stands against the inputs on disk — per file of
/// each watched directory what was read and what is left (lag), and the syslog spool's lag.
/// </summary>
public static class WorkerStatus
{
    /// <summary>Reads the checkpoint through the sink and writes the report; returns the total lag in bytes.</summary>
    public static async Task<long> WriteAsync(WorkerSettings settings, IMessageSink sink, TextWriter w, DateTime now, CancellationToken cancellationToken)
    {
        var checkpoint = await sink.LoadCheckpointAsync(cancellationToken).ConfigureAwait(false);
        return Write(settings, checkpoint, sink.Description, w, now);
    }

    public static long Write(WorkerSettings settings, IngestCheckpoint? checkpoint, string store, TextWriter w, DateTime now)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine($"store          {store}");
        if (checkpoint is null)
        {
            w.WriteLine("checkpoint     none yet: the worker has not committed anything (every input will be read from its start)");
        }
        else
        {
            var correlator = new Correlator(settings.Correlator, _ => { });
            var open = "?";
            try
            {
                correlator.RestoreState(checkpoint.CorrelatorState);
                open = correlator.Counters.OpenMessages.ToString("N0", inv);
            }
            catch (System.Text.Json.JsonException)
            {
                open = "unreadable state";
            }
            var age = now - checkpoint.SavedUtc;
            w.WriteLine(string.Create(inv, $"checkpoint     saved {checkpoint.SavedUtc:yyyy-MM-ddTHH:mm:ssZ} ({Age(age)} ago), {checkpoint.Inputs.Count:N0} inputs, {open} open messages"));
        }
        var positions = new TailPositions();
        var inputs = checkpoint?.Inputs ?? [];
        positions.Load(inputs.Where(p => p.Fingerprint != SyslogSpoolReader.PositionFingerprint), now);
        long totalLag = 0;
        foreach (var input in settings.Files)
        {
            totalLag += WriteDirectory(input.Path, positions, w);
        }
        if (settings.Syslog.Enabled)
        {
            var spool = inputs.FirstOrDefault(p => p.Fingerprint == SyslogSpoolReader.PositionFingerprint);
            var files = SyslogSpoolFiles.List(settings.SpoolDirectory);
            var lag = spool is null
                ? SyslogSpoolFiles.Lag(settings.SpoolDirectory, 0, 0)
                : SyslogSpoolFiles.Lag(settings.SpoolDirectory, SyslogSpoolFiles.SequenceOf(spool.Key), spool.Offset);
            var at = spool is null ? "not started" : string.Create(inv, $"at {Path.GetFileName(spool.Key)}:{spool.Offset:N0}");
            w.WriteLine(string.Create(inv, $"syslog spool   {settings.SpoolDirectory}: {files.Count:N0} files, {at}, lag {lag:N0} B"));
            totalLag += lag;
        }
        w.WriteLine(string.Create(inv, $"lag            {totalLag:N0} B not yet committed"));
        return totalLag;
    }

    private static long WriteDirectory(string directory, TailPositions positions, TextWriter w)
    {
        var inv = CultureInfo.InvariantCulture;
        var groups = TailScan.List(directory, out var problem);
        if (groups is null)
        {
            w.WriteLine($"directory      {directory}: {problem}");
            return 0;
        }
        long lag = 0;
        var count = 0;
        var lines = new List<string>();
        foreach (var group in groups)
        {
            foreach (var path in group.Files)
            {
                count++;
                var (length, offset, state) = Look(path, positions);
                var fileLag = Math.Max(0, length - Math.Max(offset, 0));
                lag += fileLag;
                lines.Add(string.Create(inv, $"  {Path.GetRelativePath(directory, path),-44} {length,14:N0} B  {state,-8} lag {fileLag:N0} B"));
            }
        }
        w.WriteLine(string.Create(inv, $"directory      {directory}: {count:N0} files, lag {lag:N0} B"));
        foreach (var line in lines)
        {
            w.WriteLine(line);
        }
        return lag;
    }

    private static (long Length, long Offset, string State) Look(string path, TailPositions positions)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var fingerprint = FileFingerprint.Of(stream);
            var length = stream.Length;
            if (fingerprint is null)
            {
                return (length, 0, "empty");
            }
            var known = positions.Find(stream, fingerprint);
            if (known is null)
            {
                return (length, 0, "unread");
            }
            if (known.Offset > length)
            {
                return (length, 0, "shrunk");
            }
            return (length, known.Offset, known.Offset == length ? "read" : "reading");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (0, 0, "unreadable");
        }
    }

    private static string Age(TimeSpan age) => age.TotalSeconds < 0 ? "0 s"
        : age.TotalSeconds < 120 ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalSeconds:F0} s")
        : age.TotalMinutes < 120 ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalMinutes:F0} min")
        : age.TotalHours < 48 ? string.Create(CultureInfo.InvariantCulture, $"{age.TotalHours:F0} h")
        : string.Create(CultureInfo.InvariantCulture, $"{age.TotalDays:F0} days");
}
