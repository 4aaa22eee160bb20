using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// One of the sink's parallel senders: reads its bounded queue, batches by count, bytes and age, and sends
/// each batch with <c>_bulk</c> until every item is acknowledged or dead-lettered. Batches of one sender go
/// strictly one after another (retries included), and records are routed to senders by id, so a later
/// version of a message can never be overwritten by an earlier one.
/// </summary>
internal sealed class BulkSender
{
    private readonly Channel<BulkItem> queue;
    private readonly SearchConnection connection;
    private readonly SearchSinkOptions options;
    private readonly SinkShared shared;
    private readonly Task loop;

    public BulkSender(SearchConnection connection, SearchSinkOptions options, SinkShared shared, int capacity)
    {
        this.connection = connection;
        this.options = options;
        this.shared = shared;
        queue = Channel.CreateBounded<BulkItem>(new BoundedChannelOptions(Math.Max(1, capacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        loop = Task.Run(RunAsync);
    }

    public ValueTask EnqueueAsync(BulkItem item, CancellationToken cancellationToken) => queue.Writer.WriteAsync(item, cancellationToken);

    public Task Completion => loop;

    public void Complete() => queue.Writer.TryComplete();

    private async Task RunAsync()
    {
        var batch = new Batch();
        var reader = queue.Reader;
        var abort = shared.Abort.Token;
        try
        {
            while (true)
            {
                if (batch.Count == 0)
                {
                    if (!await reader.WaitToReadAsync(abort).ConfigureAwait(false))
                    {
                        break;
                    }
                }
                else
                {
                    var wait = batch.Started + options.MaxBatchAge - DateTime.UtcNow;
                    if (wait <= TimeSpan.Zero)
                    {
                        await SendAsync(batch.Take()).ConfigureAwait(false);
                        continue;
                    }
                    using var timer = CancellationTokenSource.CreateLinkedTokenSource(abort);
                    timer.CancelAfter(wait);
                    try
                    {
                        if (!await reader.WaitToReadAsync(timer.Token).ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (OperationCanceledException) when (!abort.IsCancellationRequested)
                    {
                        continue;
                    }
                }
                while (reader.TryRead(out var item))
                {
                    if (ReferenceEquals(item, BulkItem.Flush))
                    {
                        if (batch.Count > 0)
                        {
                            await SendAsync(batch.Take()).ConfigureAwait(false);
                        }
                        continue;
                    }
                    batch.Add(item);
                    if (batch.Count >= options.MaxBatchDocuments || batch.Bytes >= options.MaxBatchBytes)
                    {
                        await SendAsync(batch.Take()).ConfigureAwait(false);
                    }
                }
            }
            if (batch.Count > 0)
            {
                await SendAsync(batch.Take()).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            await DrainAsync(batch, new OperationCanceledException("the sink was disposed before these records were acknowledged")).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a sender must never die silently: its commits would wait forever
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var error = new SearchRequestException($"the bulk sender stopped: {connection.Secrets.Redact(ex.Message)}", null, ex);
            shared.SetFault(error);
            await DrainAsync(batch, error).ConfigureAwait(false);
        }
    }

    /// <summary>After a fatal error: fails what is held and whatever still arrives, so no commit waits forever.</summary>
    private async Task DrainAsync(Batch batch, Exception error)
    {
        Fail(batch.Take(), error);
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                Fail([item], error);
            }
        }
    }

    /// <summary>Sends until every entry is acknowledged, dead-lettered, or the sink gives up (then the commit fails).</summary>
    private async Task SendAsync(List<BulkItem> entries)
    {
        var abort = shared.Abort.Token;
        var pending = entries;
        var requestFailures = 0;
        DateTime? failingSince = null;
        while (pending.Count > 0)
        {
            if (shared.Fault is { } fault)
            {
                Fail(pending, fault);
                return;
            }
            SearchResponse response;
            try
            {
                response = await shared.EnsureIndicesAsync(pending, abort).ConfigureAwait(false)
                    ?? await SendBulkAsync(pending, abort).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                Fail(pending, new OperationCanceledException("the sink was disposed before these records were acknowledged"));
                return;
            }

            if (!response.IsSuccess)
            {
                if (response.IsTransient)
                {
                    // The whole request failed: nothing was applied for sure, so repeat it unchanged.
                    failingSince ??= DateTime.UtcNow;
                    if (options.GiveUpAfter is { } limit && DateTime.UtcNow - failingSince > limit)
                    {
                        var error = new SearchRequestException(
                            $"{connection.Description}: bulk requests failed for {limit} ({connection.Secrets.Redact(response.Describe())}); the checkpoint was not advanced",
                            response.Status);
                        shared.SetFault(error);
                        Fail(pending, error);
                        return;
                    }
                    shared.CountRetry(pending.Count);
                    shared.Warn($"bulk request to {connection.Description} failed ({connection.Secrets.Redact(response.Describe())}); retrying {pending.Count} documents");
                    await DelayAsync(requestFailures++, abort).ConfigureAwait(false);
                    continue;
                }
                if (response.Status == 413 && pending.Count > 1)
                {
                    // Too large for the server's http.max_content_length: halve and go on in order.
                    var half = pending.Count / 2;
                    await SendAsync(pending[..half]).ConfigureAwait(false);
                    await SendAsync(pending[half..]).ConfigureAwait(false);
                    return;
                }
                if (response.Status == 413)
                {
                    DeadLetter(pending[0], 413, null, "document larger than the server accepts in one request");
                    return;
                }
                var fatal = new SearchRequestException(
                    $"{connection.Description} refused the bulk request: {connection.Secrets.Redact(response.Describe())}", response.Status);
                shared.SetFault(fatal);
                Fail(pending, fatal);
                return;
            }

            failingSince = null;
            requestFailures = 0;
            List<BulkItem> retry;
            try
            {
                retry = ApplyItemResults(pending, response.Body);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
            {
                var error = new SearchRequestException($"{connection.Description} gave an unreadable bulk response ({ex.Message})", response.Status);
                shared.SetFault(error);
                Fail(pending, error);
                return;
            }
            if (retry.Count > 0)
            {
                shared.CountRetry(retry.Count);
                var attempt = 0;
                foreach (var r in retry)
                {
                    attempt = Math.Max(attempt, r.Attempts);
                }
                await DelayAsync(attempt - 1, abort).ConfigureAwait(false);
            }
            pending = retry;
        }
    }

    private async Task<SearchResponse> SendBulkAsync(List<BulkItem> entries, CancellationToken cancellationToken)
    {
        var body = BuildBody(entries);
        shared.CountBatch(body.Length);
        return await connection.SendAsync(HttpMethod.POST, "/_bulk", body, "application/x-ndjson", cancellationToken).ConfigureAwait(false);
    }

    internal static byte[] BuildBody(List<BulkItem> entries)
    {
        var size = 0;
        foreach (var e in entries)
        {
            size += e.Size;
        }
        using var buffer = new MemoryStream(size);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            foreach (var e in entries)
            {
                writer.WriteStartObject();
                writer.WriteStartObject("index");
                writer.WriteString("_index", e.Index);
                writer.WriteString("_id", e.Id);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.Flush();
                writer.Reset();
                buffer.WriteByte((byte)'\n');
                buffer.Write(e.Document);
                buffer.WriteByte((byte)'\n');
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Per item: 2xx done; 429/5xx retried up to the attempt limit; any other status dead-lettered.</summary>
    private List<BulkItem> ApplyItemResults(List<BulkItem> entries, byte[] body)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var items = root.GetProperty("items");
        if (items.GetArrayLength() != entries.Count)
        {
            throw new InvalidOperationException($"{items.GetArrayLength()} results for {entries.Count} documents");
        }
        var retry = new List<BulkItem>();
        var i = 0;
        foreach (var item in items.EnumerateArray())
        {
            var entry = entries[i++];
            var result = item.EnumerateObject().First().Value;
            var status = result.GetProperty("status").GetInt32();
            if (status is >= 200 and < 300)
            {
                shared.Acknowledge(entry);
                continue;
            }
            entry.Attempts++;
            var error = result.TryGetProperty("error", out var e) ? e.GetRawText() : null;
            if (status == 429 || status >= 500)
            {
                if (entry.Attempts >= options.MaxItemAttempts)
                {
                    DeadLetter(entry, status, error, $"still failing after {entry.Attempts} attempts");
                }
                else
                {
                    retry.Add(entry);
                }
                continue;
            }
            DeadLetter(entry, status, error, "rejected by the cluster");
        }
        return retry;
    }

    private void DeadLetter(BulkItem entry, int status, string? errorJson, string note)
    {
        shared.DeadLetter(entry, status, errorJson, note);
    }

    private static void Fail(List<BulkItem> entries, Exception error)
    {
        foreach (var e in entries)
        {
            foreach (var t in e.Trackers)
            {
                t.Fail(error);
            }
        }
    }

    private Task DelayAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(Backoff.Delay(Math.Max(0, attempt), options.InitialBackoff, options.MaxBackoff), cancellationToken);

    /// <summary>A batch under construction; a newer version of an id already in it replaces the older entry.</summary>
    private sealed class Batch
    {
        private List<BulkItem> entries = [];
        private Dictionary<string, int> positions = new(StringComparer.Ordinal);

        public int Count => entries.Count;
        public long Bytes { get; private set; }
        public DateTime Started { get; private set; }

        public void Add(BulkItem item)
        {
            if (entries.Count == 0)
            {
                Started = DateTime.UtcNow;
            }
            if (positions.TryGetValue(item.Id, out var at) && entries[at].Index == item.Index)
            {
                item.Trackers.AddRange(entries[at].Trackers);
                Bytes += item.Size - entries[at].Size;
                entries[at] = item;
                return;
            }
            positions[item.Id] = entries.Count;
            entries.Add(item);
            Bytes += item.Size;
        }

        public List<BulkItem> Take()
        {
            var taken = entries;
            entries = [];
            positions = new Dictionary<string, int>(StringComparer.Ordinal);
            Bytes = 0;
            return taken;
        }
    }
}

/// <summary>State the senders share: counters, the dead-letter file, known indices, the first fatal error.</summary>
internal sealed class SinkShared(SearchConnection connection, SearchSinkOptions options, StateFiles files)
{
    private readonly ConcurrentDictionary<string, bool> knownIndices = new(StringComparer.Ordinal);
    private long sent;
    private long retried;
    private long deadLettered;
    private long batches;
    private long bytes;
    private volatile Exception? fault;

    public CancellationTokenSource Abort { get; } = new();

    public Exception? Fault => fault;

    public void SetFault(Exception error) => Interlocked.CompareExchange(ref fault, error, null);

    public SearchSinkStats Stats => new(
        Interlocked.Read(ref sent), Interlocked.Read(ref retried), Interlocked.Read(ref deadLettered),
        Interlocked.Read(ref batches), Interlocked.Read(ref bytes));

    public void CountRetry(int n) => Interlocked.Add(ref retried, n);

    public void CountBatch(int size)
    {
        Interlocked.Increment(ref batches);
        Interlocked.Add(ref bytes, size);
    }

    public void Acknowledge(BulkItem entry)
    {
        Interlocked.Increment(ref sent);
        foreach (var t in entry.Trackers)
        {
            t.Done(wasDeadLettered: false);
        }
    }

    public void DeadLetter(BulkItem entry, int status, string? errorJson, string note)
    {
        files.AppendDeadLetter(entry, status, errorJson, note);
        Interlocked.Increment(ref deadLettered);
        Warn($"document {entry.Id} for {entry.Index} went to {files.DeadLetterPath}: HTTP {status} {note}");
        foreach (var t in entry.Trackers)
        {
            t.Done(wasDeadLettered: true);
        }
    }

    public void Warn(string message) => options.OnWarning?.Invoke(connection.Secrets.Redact(message));

    /// <summary>
    /// Elasticsearch only: creates each new monthly index with its ILM origination date (see
    /// <see cref="MonthlyIndex"/>) before the first document goes to it. Returns a failed response to retry,
    /// or null when the bulk request may go ahead.
    /// </summary>
    public async Task<SearchResponse?> EnsureIndicesAsync(List<BulkItem> entries, CancellationToken cancellationToken)
    {
        if (connection.Cluster?.Engine != SearchEngine.Elasticsearch)
        {
            return null;
        }
        foreach (var e in entries)
        {
            if (knownIndices.ContainsKey(e.Index))
            {
                continue;
            }
            if (!MonthlyIndex.TryParseMonth(e.Index, out var month))
            {
                knownIndices[e.Index] = true;
                continue;
            }
            var body = SearchConnection.ToJsonBytes(w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("settings");
                w.WriteNumber("index.lifecycle.origination_date", MonthlyIndex.OriginationMillis(month));
                w.WriteEndObject();
                w.WriteEndObject();
            });
            var response = await connection.SendAsync(HttpMethod.PUT, "/" + e.Index, body, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccess || response.ErrorType == "resource_already_exists_exception")
            {
                knownIndices[e.Index] = true;
                continue;
            }
            if (response.IsTransient)
            {
                return response;
            }
            // Not fatal: the bulk request creates the index from the template, only without the origination date.
            Warn($"could not create {e.Index} with its lifecycle origination date ({response.Describe()}); it will be created on first write");
            knownIndices[e.Index] = true;
        }
        return null;
    }
}
