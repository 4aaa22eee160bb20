using System.Threading.Channels;
using EsaTls.Core.Correlation;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Hosting;

/// <summary>
/// The worker's one loop: polls the tailed directories and the syslog spool in turn, feeds the single correlator
/// (which is not thread-safe), and commits documents together with the checkpoint (every input position and the
/// correlator state) through <see cref="IMessageSink.CommitAsync"/>. Restarted from that checkpoint after any
/// stop, even kill -9, it re-reads exactly what the store does not hold yet: nothing lost, nothing twice.
/// </summary>
public sealed partial class IngestLoop
{
    /// <summary>Bytes read from the files, and from the spool, per turn, so that commits, flushes and stop requests are looked at often.</summary>
    private const long PollBudgetBytes = 4L << 20;

    private static readonly TimeSpan ForgetCheckInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly WorkerSettings _settings;
    private readonly IMessageSink _sink;
    private readonly ILogger _log;
    private readonly TimeProvider _time;
    private readonly SyslogCounters? _syslog;
    private readonly Func<int>? _spoolQueued;
    private readonly TailPositions _positions = new();
    private readonly List<TailedDirectory> _directories = [];
    private readonly TailReader _files;
    private readonly SyslogSpoolReader? _spool;
    private readonly Correlator _correlator;
    private readonly List<MessageRecord> _pending = [];
    private readonly Dictionary<string, int> _pendingIndex = new(StringComparer.Ordinal);
    private readonly List<InputPosition> _foreign = [];
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private Task<bool>? _wakeWait;
    private long _bytesSinceCommit;
    private bool _changed;

    /// <param name="syslog">Counters of the syslog listeners (null when there are none).</param>
    /// <param name="spoolQueued">Lines received but not yet in the spool file (for the stats line).</param>
    public IngestLoop(WorkerSettings settings, IMessageSink sink, ILogger log, SyslogCounters? syslog = null, Func<int>? spoolQueued = null, TimeProvider? time = null)
    {
        _settings = settings;
        _sink = sink;
        _log = log;
        _time = time ?? TimeProvider.System;
        _syslog = syslog;
        _spoolQueued = spoolQueued;
        _correlator = new Correlator(settings.Correlator, OnEmit);
        var context = new TailContext(_correlator, Stats, log, _time);
        foreach (var input in settings.Files)
        {
            _directories.Add(new TailedDirectory(input, context));
        }
        _files = new TailReader(settings.Loop, _positions, context);
        if (settings.Syslog.Enabled)
        {
            _spool = new SyslogSpoolReader(settings.SpoolDirectory, settings.Syslog, context);
        }
    }

    public IngestStats Stats { get; } = new();

    public CorrelatorCounters Correlation => _correlator.Counters;

    public long Commits { get; private set; }

    public long Retries { get; private set; }

    /// <summary>Documents emitted and not yet committed.</summary>
    public int Pending => _pending.Count;

    /// <summary>Spool bytes not yet read (0 without syslog).</summary>
    public long SpoolLag => _spool?.Lag ?? 0;

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    /// <summary>New spool data: look now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Runs until <paramref name="stopping"/>; then writes every open message that changed and commits.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        await RestoreAsync(stopping).ConfigureAwait(false);
        var loop = _settings.Loop;
        var lastCommit = Now;
        var lastFlush = lastCommit;
        var lastStats = lastCommit;
        var lastForget = lastCommit;
        var statsLines = Stats.Lines;
        while (!stopping.IsCancellationRequested)
        {
            var read = PollOnce();
            var now = Now;
            if (now - lastFlush >= loop.FlushInterval)
            {
                _correlator.FlushIdle(loop.FlushIdle);
                lastFlush = now;
            }
            if (_pending.Count >= loop.BatchDocuments || _bytesSinceCommit >= loop.BatchBytes
                || ((_changed || _pending.Count > 0) && now - lastCommit >= loop.CommitInterval))
            {
                if (!await CommitWithRetriesAsync(stopping).ConfigureAwait(false))
                {
                    break;
                }
                lastCommit = Now;
            }
            if (now - lastForget >= ForgetCheckInterval)
            {
                var forgotten = _positions.Forget(now, loop.ForgetAfter);
                if (forgotten > 0)
                {
                    _changed = true;
                    _log.LogInformation("forgot the positions of {Count} files gone for more than {After}", forgotten, loop.ForgetAfter);
                }
                lastForget = now;
            }
            if (now - lastStats >= loop.StatsInterval)
            {
                LogStats(Stats.Lines - statsLines, now - lastStats);
                statsLines = Stats.Lines;
                lastStats = now;
            }
            if (read == 0)
            {
                await WaitForInputAsync(stopping).ConfigureAwait(false);
            }
        }
        await FinishAsync().ConfigureAwait(false);
    }

    /// <summary>One turn over every input; returns the bytes read.</summary>
    public long PollOnce()
    {
        var read = _directories.Count == 0 ? 0 : _files.Poll(_directories, PollBudgetBytes);
        if (_spool is not null)
        {
            read += _spool.Poll(PollBudgetBytes);
        }
        if (read > 0)
        {
            _bytesSinceCommit += read;
            _changed = true;
        }
        return read;
    }

    private void OnEmit(MessageRecord record)
    {
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

    private async Task WaitForInputAsync(CancellationToken stopping)
    {
        _wakeWait ??= _wake.Reader.WaitToReadAsync(CancellationToken.None).AsTask();
        await Task.WhenAny(_wakeWait, Task.Delay(_settings.Loop.PollInterval, _time, stopping)).ConfigureAwait(false);
        if (_wakeWait.IsCompleted)
        {
            _wake.Reader.TryRead(out _);
            _wakeWait = null;
        }
    }
}
