namespace EsaTls.Core.Pipeline;

/// <summary>
/// What happened to every line read: recognised (an event or a known informational kind), skipped (blank,
/// another log subscription) or unrecognised by reason. Nothing is dropped without being counted here.
/// </summary>
public sealed class IngestStats
{
    private readonly Dictionary<string, long> _unrecognised = new(StringComparer.Ordinal);

    public long Lines { get; private set; }
    public long Bytes { get; private set; }
    public long Events { get; private set; }
    public long Informational { get; private set; }
    public long Blank { get; private set; }
    public long OtherSubscription { get; private set; }
    public long ConsolidatedEvents { get; private set; }
    public long InvalidUtf8 { get; private set; }
    public long Oversized { get; private set; }

    /// <summary>Files whose last line had no line end and was left unread (still being written, or cut).</summary>
    public long Unfinished { get; private set; }
    public long FilesRead { get; set; }
    public long FilesSkipped { get; set; }
    public long FilesFailed { get; set; }

    public long Recognised => Events + Informational;

    public long Unrecognised
    {
        get
        {
            long total = 0;
            foreach (var v in _unrecognised.Values)
            {
                total += v;
            }
            return total;
        }
    }

    public IReadOnlyDictionary<string, long> UnrecognisedByReason => _unrecognised;

    internal void Line(int bytes)
    {
        Lines++;
        Bytes += bytes + 1;
    }

    internal void Event() => Events++;
    internal void Info() => Informational++;
    internal void BlankLine() => Blank++;
    internal void Other() => OtherSubscription++;
    internal void Consolidated() => ConsolidatedEvents++;
    internal void BadUtf8() => InvalidUtf8++;
    internal void TooLong() => Oversized++;
    internal void UnfinishedLine() => Unfinished++;

    internal void Unknown(string reason) =>
        _unrecognised[reason] = _unrecognised.GetValueOrDefault(reason) + 1;
}
