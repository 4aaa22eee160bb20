using System.Globalization;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores.Search;
using EsaTls.Core.Stores.Sqlite;

namespace EsaTls.Ingest.Commands;

/// <summary>The end-of-run summary: what was read, what was recognised, what was written.</summary>
internal static class Summary
{
    public static void Write(TextWriter w, IngestOutcome outcome, TimeSpan elapsed, string destination)
    {
        var s = outcome.Stats;
        var c = outcome.Correlation;
        var inv = CultureInfo.InvariantCulture;
        WriteLines(w, s);
        w.WriteLine(string.Create(inv, $"files          {s.FilesRead:N0} read, {s.FilesSkipped:N0} skipped (already ingested or empty), {s.FilesFailed:N0} unreadable"));
        w.WriteLine(string.Create(inv, $"messages       {c.Messages:N0} written to {destination}"));
        w.WriteLine(string.Create(inv, $"  lacked TLS   {c.Lacked:N0}"));
        w.WriteLine(string.Create(inv, $"  unknown      {c.Unknown:N0}   (a connection opened before the logs begin: TLS cannot be judged)"));
        if (c.ConsolidatedLines > 0)
        {
            w.WriteLine(string.Create(inv, $"  disagreeing  {c.Conflicts:N0}   (text log and consolidated line differ: see esa.conflicts)"));
        }
        if (c.EvictedByHorizon > 0)
        {
            w.WriteLine(string.Create(inv, $"  flushed open {c.EvictedByHorizon:N0} (idle past the horizon: written with what was known)"));
        }
        if (c.EvictedByCap + c.EvictedConnections > 0)
        {
            w.WriteLine(string.Create(inv, $"  over the cap {c.EvictedByCap:N0} open messages flushed with what was known, {c.EvictedConnections:N0} open connections forgotten (max open messages/connections per appliance)"));
        }
        w.WriteLine(string.Create(inv, $"still open     {c.OpenMessages:N0} messages, {c.OpenConnections:N0} connections (kept for the next run)"));
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        w.WriteLine(string.Create(inv, $"time           {elapsed.TotalSeconds:F1} s, {s.Lines / seconds:N0} lines/s, {s.Bytes / seconds / 1048576:N1} MiB/s"));
    }

    /// <summary>Indexes the SQLite store built after the load (<c>--bulk-load</c>), when it did.</summary>
    public static void WriteIndexes(TextWriter w, SqliteMessageStore store)
    {
        if (store.IndexBuildTime > TimeSpan.Zero)
        {
            var how = store.Deferred ? "built after the load (bulk load)" : "rebuilt (an earlier bulk load had not finished)";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexes        {how} in {store.IndexBuildTime.TotalSeconds:F1} s"));
        }
    }

    /// <summary>What the cluster sink did: documents acknowledged, sent again after a refusal, set aside.</summary>
    public static void WriteCluster(TextWriter w, SearchSinkStats stats)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(inv, $"cluster        {stats.Sent:N0} documents acknowledged in {stats.Batches:N0} bulk requests, {stats.Retried:N0} sent again after a refusal, {stats.DeadLettered:N0} dead-lettered"));
    }

    public static void WriteLines(TextWriter w, IngestStats s)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(inv, $"lines read     {s.Lines:N0} ({s.Bytes / 1048576.0:N1} MiB)"));
        w.WriteLine(string.Create(inv, $"  recognised   {s.Recognised:N0} ({s.Events:N0} used for verdicts, {s.Informational:N0} informational)"));
        if (s.ConsolidatedEvents > 0)
        {
            w.WriteLine(string.Create(inv, $"  consolidated {s.ConsolidatedEvents:N0} consolidated event (CEF) lines"));
        }
        w.WriteLine(string.Create(inv, $"  skipped      {s.Blank + s.OtherSubscription:N0} ({s.Blank:N0} blank, {s.OtherSubscription:N0} other log subscriptions)"));
        w.WriteLine(string.Create(inv, $"  unrecognised {s.Unrecognised:N0}"));
        foreach (var (reason, count) in s.UnrecognisedByReason.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.WriteLine(string.Create(inv, $"    {reason,-30} {count:N0}"));
        }
        if (s.InvalidUtf8 > 0 || s.Oversized > 0)
        {
            w.WriteLine(string.Create(inv, $"  damaged      {s.InvalidUtf8:N0} with invalid UTF-8 (kept, U+FFFD), {s.Oversized:N0} over the line-length cap (cut)"));
        }
        if (s.Unfinished > 0)
        {
            w.WriteLine(string.Create(inv, $"  unfinished   {s.Unfinished:N0} last line(s) without a line end, left for a later run"));
        }
    }
}
