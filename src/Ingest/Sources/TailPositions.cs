using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// How far every log file has been read, keyed by content fingerprint (<see cref="FileFingerprint"/>), shared by
/// all tailed directories: a file renamed on roll-over, or moved to another watched directory, keeps its position
/// and is never read twice. Positions of files that stay gone are forgotten after a while to keep the checkpoint
/// small.
/// </summary>
internal sealed class TailPositions
{
    private readonly Dictionary<string, InputPosition> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _lastSeen = new(StringComparer.Ordinal);

    public int Count => _positions.Count;

    public IEnumerable<InputPosition> All => _positions.Values;

    public void Load(IEnumerable<InputPosition> positions, DateTime now)
    {
        foreach (var p in positions)
        {
            _positions[p.Fingerprint] = p;
            _lastSeen[p.Fingerprint] = now;
        }
    }

    /// <summary>The position of the file open in <paramref name="stream"/>, whose fingerprint is <paramref name="fingerprint"/>.</summary>
    public InputPosition? Find(Stream stream, string fingerprint) => FileFingerprint.FindPosition(_positions, stream, fingerprint);

    /// <summary>Records a position; <paramref name="replaces"/> is the short fingerprint a grown file was known by.</summary>
    public void Set(InputPosition position, string? replaces, DateTime now)
    {
        if (replaces is not null && replaces != position.Fingerprint)
        {
            _positions.Remove(replaces);
            _lastSeen.Remove(replaces);
        }
        _positions[position.Fingerprint] = position;
        _lastSeen[position.Fingerprint] = now;
    }

    public void Seen(string fingerprint, DateTime now) => _lastSeen[fingerprint] = now;

    /// <summary>Drops positions whose file has not been seen for <paramref name="after"/>; returns how many.</summary>
    public int Forget(DateTime now, TimeSpan after)
    {
        List<string>? gone = null;
        foreach (var (fingerprint, seen) in _lastSeen)
        {
            if (now - seen > after)
            {
                (gone ??= []).Add(fingerprint);
            }
        }
        foreach (var fingerprint in gone ?? [])
        {
            _positions.Remove(fingerprint);
            _lastSeen.Remove(fingerprint);
        }
        return gone?.Count ?? 0;
    }
}
