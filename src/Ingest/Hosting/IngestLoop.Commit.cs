using System.Globalization;
using System.Text.Json;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Sources;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Hosting;

// Restoring from the checkpoint, committing with it, the final flush, and the stats line.
public sealed partial class IngestLoop
{
    internal async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await _sink.LoadCheckpointAsync(cancellationToken).ConfigureAwait(false);
        if (checkpoint is null)
        {
            _log.LogInformation("no checkpoint in {Sink}: reading every input from its start", _sink.Description);
            return;
        }
        try
        {
            _correlator.RestoreState(checkpoint.CorrelatorState);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"the checkpoint in {_sink.Description} holds a correlator state that cannot be read ({e.Message}); refusing to start rather than re-reading or skipping input", e);
        }
        var files = new List<InputPosition>();
        foreach (var p in checkpoint.Inputs)
        {
            if (p.Fingerprint == SyslogSpoolReader.PositionFingerprint)
            {
                if (_spool is null)
                {
                    _foreign.Add(p); // syslog is off now: keep its position for when it is on again
                }
                else
                {
                    _spool.Restore(p);
                }
            }
            else
            {
                files.Add(p);
            }
        }
        _positions.Load(files, Now);
        _log.LogInformation("resuming from the checkpoint of {Saved:u}: {Files} file positions, {Open} open messages",
            checkpoint.SavedUtc, files.Count, _correlator.Counters.OpenMessages);
    }

    /// <summary>Commits; on failure waits (1 s doubling to 30 s) and tries again with the same documents and checkpoint.
    /// False when stopping interrupted the retries (the final commit tries once more).</summary>
    private async Task<bool> CommitWithRetriesAsync(CancellationToken stopping)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await CommitAsync(stopping).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e)
            {
                Retries++;
                _log.LogWarning("commit to {Sink} failed ({Error}); reading is paused, trying again in {Delay:g}", _sink.Description, e.Message, delay);
            }
            try
            {
                await Task.Delay(delay, _time, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
            delay = delay * 2 > MaxRetryDelay ? MaxRetryDelay : delay * 2;
        }
    }

    internal async Task CommitAsync(CancellationToken cancellationToken)
    {
        var spool = _spool?.Position;
        var inputs = new List<InputPosition>(_positions.Count + 1 + _foreign.Count);
        inputs.AddRange(_positions.All);
        if (spool is not null)
        {
            inputs.Add(spool);
        }
        inputs.AddRange(_foreign);
        var checkpoint = new IngestCheckpoint { Inputs = inputs, CorrelatorState = _correlator.SaveState(), SavedUtc = Now };
        await _sink.CommitAsync(_pending, checkpoint, cancellationToken).ConfigureAwait(false);
        _pending.Clear();
        _pendingIndex.Clear();
        _bytesSinceCommit = 0;
        _changed = false;
        Commits++;
        _spool?.AfterCommit(spool);
    }

    /// <summary>Stop requested: write every open message that changed (they stay open for the next start) and commit.</summary>
    internal async Task FinishAsync()
    {
        _correlator.FlushAll();
        using var timeout = new CancellationTokenSource(_settings.Loop.ShutdownTimeout - TimeSpan.FromSeconds(1) > TimeSpan.Zero
            ? _settings.Loop.ShutdownTimeout - TimeSpan.FromSeconds(1)
            : _settings.Loop.ShutdownTimeout);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await CommitAsync(timeout.Token).ConfigureAwait(false);
                _log.LogInformation("stopped: {Lines} lines read, {Messages} messages written, last commit stored", Stats.Lines, _correlator.Counters.Messages);
                return;
            }
            catch (Exception e) when (attempt < 3 && !timeout.IsCancellationRequested)
            {
                Retries++;
                _log.LogWarning("final commit to {Sink} failed ({Error}); trying again", _sink.Description, e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500 * attempt), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                _log.LogError("final commit to {Sink} failed ({Error}); the store holds everything up to the last commit and the next start resumes there", _sink.Description, e.Message);
                return;
            }
        }
    }

    private void LogStats(long lines, TimeSpan elapsed)
    {
        var c = _correlator.Counters;
        var inv = CultureInfo.InvariantCulture;
        var rate = lines / Math.Max(elapsed.TotalSeconds, 0.001);
        var syslog = _syslog is null
            ? ""
            : string.Create(inv, $"; syslog {_syslog.Lines:N0} lines, {_syslog.Dropped:N0} dropped, {_syslog.Oversized:N0} oversized, {_syslog.Unparsable:N0} unparsable, {_syslog.OpenConnections:N0} connections ({_syslog.RejectedConnections:N0} refused)");
        var queued = _spoolQueued?.Invoke() ?? 0;
        _log.LogInformation("{Stats}", string.Create(inv,
            $"stats: {rate:N0} lines/s, {Stats.Lines:N0} lines ({Stats.Unrecognised:N0} unrecognised), {c.Messages:N0} messages ({c.Lacked:N0} lacked TLS, {c.Unknown:N0} unknown), {c.OpenMessages:N0} open; queue {_pending.Count:N0} documents, {queued:N0} lines to spool, spool lag {SpoolLag:N0} B; {Commits:N0} commits, {Retries:N0} retries{syslog}"));
    }
}
