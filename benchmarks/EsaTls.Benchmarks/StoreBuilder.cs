using System.Diagnostics;
using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Sqlite;
using Microsoft.Data.Sqlite;

namespace EsaTls.Benchmarks;

/// <summary>
/// Builds a large store for query timings from a small real one: the documents an ingest of generated logs
/// produced are written again and again, each copy shifted to the following days (timestamps of the message
/// and its deliveries), with MIDs moved out of the way and ids recomputed, through
/// <see cref="SqliteMessageStore.CommitAsync"/> in large batches. The documents keep the verdict, size and
/// domain mix of real correlator output; only parsing and correlating the logs again is skipped.
/// </summary>
internal static class StoreBuilder
{
    public const string Usage = "EsaTls.Benchmarks store --from SOURCE.db --out TARGET.db --messages N [--batch DOCS]";

    public static async Task<int> RunAsync(string[] args)
    {
        string? from = null, to = null;
        long messages = 0;
        var batchSize = 20_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--from": from = args[i + 1]; break;
                case "--out": to = args[i + 1]; break;
                case "--messages": messages = long.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--batch": batchSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: return UsageError($"unknown option {args[i]}");
            }
        }
        if (from is null || to is null || messages <= 0 || batchSize <= 0 || args.Length % 2 != 0)
        {
            return UsageError("--from, --out and --messages are required");
        }
        if (File.Exists(to))
        {
            return UsageError($"{to} exists: the target must be a new store");
        }

        var (count, span, midOffset) = Describe(from);
        if (count == 0)
        {
            return UsageError($"{from} holds no messages");
        }
        Console.Error.WriteLine($"source: {count:N0} messages over {span.TotalDays:0} day(s); {Math.Ceiling((double)messages / count):0} copies");

        var clock = Stopwatch.StartNew();
        var writing = TimeSpan.Zero;
        long written = 0;
        await using (var store = await SqliteMessageStore.OpenAsync(to))
        {
            var batch = new List<MessageRecord>(batchSize);
            for (var copy = 0; written < messages; copy++)
            {
                foreach (var doc in Read(from))
                {
                    if (written == messages)
                    {
                        break;
                    }
                    batch.Add(Shift(doc, span * copy, midOffset * copy));
                    written++;
                    if (batch.Count == batchSize)
                    {
                        writing += await CommitAsync(store, batch);
                        Console.Error.Write($"\r{written:N0} written, {written / clock.Elapsed.TotalSeconds:N0} documents/s   ");
                    }
                }
            }
            writing += await CommitAsync(store, batch);
        }
        Console.Error.WriteLine();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{written} documents in {clock.Elapsed.TotalSeconds:0.0} s ({written / clock.Elapsed.TotalSeconds:0} documents/s; CommitAsync {writing.TotalSeconds:0.0} s, {written / writing.TotalSeconds:0} documents/s, {CommitCpu.TotalSeconds:0.0} s CPU = {CommitCpu.TotalMicroseconds / written:0} µs per document); {new FileInfo(to).Length / 1048576.0:0} MiB"));
        return 0;
    }

    private static int UsageError(string message)
    {
        Console.Error.WriteLine($"EsaTls.Benchmarks store: {message}\nusage: {Usage}");
        return 2;
    }

    /// <summary>Processor time of the process while commits ran (the writer is single-threaded: close to its own cost).</summary>
    private static TimeSpan CommitCpu { get; set; }

    private static async Task<TimeSpan> CommitAsync(SqliteMessageStore store, List<MessageRecord> batch)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await store.CommitAsync(batch, null, CancellationToken.None);
        CommitCpu += Process.GetCurrentProcess().TotalProcessorTime - cpu;
        batch.Clear();
        return clock.Elapsed;
    }

    /// <summary>Document count, the whole days the documents span (the shift between copies) and a MID offset beyond every MID.</summary>
    private static (long Count, TimeSpan Span, long MidOffset) Describe(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), min(ts), max(ts), max(mid) FROM messages";
        using var reader = command.ExecuteReader();
        reader.Read();
        var count = reader.GetInt64(0);
        if (count == 0)
        {
            return (0, TimeSpan.Zero, 0);
        }
        var days = Math.Floor((reader.GetInt64(2) - reader.GetInt64(1)) / 86_400_000.0) + 1;
        var midOffset = (long)Math.Pow(10, Math.Ceiling(Math.Log10(reader.GetInt64(3) + 1)));
        return (count, TimeSpan.FromDays(days), midOffset);
    }

    private static IEnumerable<MessageDocument> Read(string path)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT doc FROM messages ORDER BY msg";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return DocumentJson.Deserialize(reader.GetString(0));
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static MessageRecord Shift(MessageDocument doc, TimeSpan shift, long midOffset)
    {
        if (shift == TimeSpan.Zero)
        {
            return new MessageRecord(DocumentId.For(doc.Observer.Hostname, doc.Esa.Mid, doc.Timestamp), doc with { Event = doc.Event with { Ingested = DateTime.UtcNow } });
        }
        var mid = doc.Esa.Mid + midOffset;
        var start = doc.Timestamp + shift;
        var shifted = doc with
        {
            Timestamp = start,
            Event = doc.Event with { Ingested = DateTime.UtcNow },
            Email = doc.Email with { LocalId = mid.ToString(CultureInfo.InvariantCulture) },
            Esa = doc.Esa with
            {
                Mid = mid,
                ParentMid = doc.Esa.ParentMid + midOffset,
                Deliveries = doc.Esa.Deliveries?.Select(d => d with { Timestamp = d.Timestamp + shift }).ToList(),
            },
        };
        return new MessageRecord(DocumentId.For(doc.Observer.Hostname, mid, start), shifted);
    }
}
