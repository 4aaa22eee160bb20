using System.Globalization;
using System.Text;

namespace EsaTls.Core.Framing;

/// <summary>Framing settings of one source (per appliance or per input).</summary>
public sealed record FramingOptions
{
    /// <summary>Zone of native and syslog timestamps when the file has no <c>Time offset from UTC</c> header. Null: UTC.</summary>
    public TimeZoneSpec? Zone { get; init; }

    /// <summary>Year of the first syslog line (syslog framing has none); later Dec→Jan steps add one.</summary>
    public int? Year { get; init; }

    /// <summary>"Now" for inferring a syslog year when <see cref="Year"/> is not given.</summary>
    public DateTime NowUtc { get; init; } = DateTime.UtcNow;
}

/// <summary>
/// Takes one raw line apart (native ctime or RFC 3164 syslog framing) and resolves its time to UTC.
/// Stateful per source: it holds the file's UTC offset and the inferred syslog year.
/// </summary>
/// <remarks>
/// Year of year-less (syslog) timestamps: the first one gets <see cref="FramingOptions.Year"/>, else the year
/// of "now" (the previous year when the date would lie more than <see cref="FutureSkew"/> ahead of now). Each
/// later one gets the year among last-1, last, last+1 that puts it nearest to the latest time seen so far, so
/// Dec 31 → Jan 1 steps into the new year and a late Dec 31 line after Jan 1 stays in the old year. Lines
/// with a year (native framing, year in the syslog header) set the reference time directly.
/// </remarks>
public sealed class LineFramer
{
    /// <summary>How far ahead of "now" an inferred first date may lie (clock skew between appliance and collector).</summary>
    public static readonly TimeSpan FutureSkew = TimeSpan.FromDays(2);

    /// <summary>Largest accepted <c>Time offset from UTC</c> (real zones stay within ±14 h).</summary>
    public const int MaxUtcOffsetSeconds = 18 * 3600;

    private const string StateVersion = "v1";

    private const long HalfYearTicks = 182 * TimeSpan.TicksPerDay;

    private readonly FramingOptions _options;
    private TimeZoneSpec? _headerZone;
    private int? _headerOffsetSeconds;

    // Latest wall-clock time seen (reference for year inference); never moved back by a year-less line.
    private bool _haveReference;
    private DateTime _referenceLocal;

    // Previous line's UTC time: resolves wall-clock times that occur twice at the end of DST.
    private bool _havePreviousUtc;
    private DateTime _previousUtc;

    public LineFramer(FramingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The zone timestamps are read in: the file header's offset, else the configured zone, else UTC.</summary>
    public TimeZoneSpec Zone => _headerZone ?? _options.Zone ?? TimeZoneSpec.Utc;

    /// <summary>Offset from the file header, when one was applied.</summary>
    public int? HeaderUtcOffsetSeconds => _headerOffsetSeconds;

    public FrameError TryFrame(ReadOnlySpan<byte> line, out FramedLine framed)
    {
        framed = default;
        var s = TrimEnd(line);
        if (s.Length >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        {
            s = s[3..];
        }
        var p = SkipBlanks(s, 0);
        if (p == s.Length)
        {
            return FrameError.Blank;
        }

        var hasPri = false;
        if (s[p] == (byte)'<')
        {
            if (!TrySkipPri(s, ref p))
            {
                return FrameError.NoTimestamp;
            }
            hasPri = true;
        }

        var error = Stamp.TryParse(s, ref p, out var stamp);
        if (error != FrameError.None)
        {
            return error;
        }

        // Native framing: weekday and year, no PRI, the level right after the timestamp. ("… 2007 smail: Info: x"
        // is a syslog tag with a year in the header, not a level "smail".)
        if (!hasPri && stamp.HasWeekday && stamp.HasYear && TryLevel(s, p, allowColon: true, out var level, out var message)
            && (IsKnownLevel(level) || !StartsWithKnownLevel(message)))
        {
            if (!TryResolve(stamp, out var utc))
            {
                return FrameError.BadTimestamp;
            }
            framed = new FramedLine { Kind = FrameKind.Native, TimestampUtc = utc, Level = level, Message = message };
            return FrameError.None;
        }

        // Syslog header: [host] tag: after the timestamp.
        if (!TryHostAndTag(s, ref p, out var host, out var tag))
        {
            return FrameError.NoLevel;
        }

        // A collector that tails the native file and re-sends it puts the native timestamp (with its year) after
        // the tag: that one is the appliance's own time.
        var timeStamp = stamp;
        if (p + 8 <= s.Length && IsLetter(s[p]) && IsLetter(s[p + 1]) && IsLetter(s[p + 2]) && s[p + 3] == (byte)' '
            && IsLetter(s[p + 4]))
        {
            var q = p;
            var inner = Stamp.TryParse(s, ref q, out var innerStamp);
            if (inner == FrameError.BadTimestamp)
            {
                return FrameError.BadTimestamp;
            }
            if (inner == FrameError.None && innerStamp.HasWeekday)
            {
                timeStamp = innerStamp;
                p = q;
            }
        }

        if (!TryLevel(s, p, allowColon: timeStamp.HasYear, out level, out message))
        {
            // No tag at all: what looked like one is the level ("<13>Mar 17 18:24:37 [host] Info: text").
            if (!IsKnownLevel(tag))
            {
                return FrameError.NoLevel;
            }
            level = tag;
            tag = default;
            message = s[p..];
        }
        if (!TryResolve(timeStamp, out var time))
        {
            return FrameError.BadTimestamp;
        }
        framed = new FramedLine
        {
            Kind = FrameKind.Syslog,
            TimestampUtc = time,
            Level = level,
            Host = host,
            Tag = tag,
            Message = message,
        };
        return FrameError.None;
    }

    /// <summary>The file header said <c>Time offset from UTC: N seconds</c>: it overrides the configured zone for this source.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Beyond ±<see cref="MaxUtcOffsetSeconds"/> (check with <see cref="IsPlausibleUtcOffset"/>).</exception>
    public void ApplyUtcOffset(int seconds)
    {
        if (!IsPlausibleUtcOffset(seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A UTC offset must lie within ±18 hours.");
        }
        _headerOffsetSeconds = seconds;
        _headerZone = TimeZoneSpec.FromOffsetSeconds(seconds);
    }

    /// <summary>The running state a line may change; <see cref="Rewind"/> puts it back.</summary>
    public FramerMark Mark() => new(_haveReference, _referenceLocal, _havePreviousUtc, _previousUtc);

    /// <summary>Undoes what the lines framed since <paramref name="mark"/> did to the year reference and the previous time.</summary>
    public void Rewind(in FramerMark mark)
    {
        _haveReference = mark.HaveReference;
        _referenceLocal = mark.ReferenceLocal;
        _havePreviousUtc = mark.HavePreviousUtc;
        _previousUtc = mark.PreviousUtc;
    }

    public static bool IsPlausibleUtcOffset(int seconds) => seconds is >= -MaxUtcOffsetSeconds and <= MaxUtcOffsetSeconds;

    /// <summary>State needed to resume this source mid-stream (year inference, header offset), as a compact string.</summary>
    /// <remarks>Format <c>v1;ref=2024-12-31T23:59:59;utc=2024-12-31T22:59:59;offset=3600</c>, parts omitted when unset.</remarks>
    public string SaveState()
    {
        var parts = new List<string>(4) { StateVersion };
        if (_haveReference)
        {
            parts.Add("ref=" + FormatTime(_referenceLocal));
        }
        if (_havePreviousUtc)
        {
            parts.Add("utc=" + FormatTime(_previousUtc));
        }
        if (_headerOffsetSeconds is int offset)
        {
            parts.Add("offset=" + offset.ToString(CultureInfo.InvariantCulture));
        }
        return string.Join(';', parts);
    }

    /// <summary>Restores what <see cref="SaveState"/> wrote; an empty string means a fresh source.</summary>
    /// <exception cref="FormatException">The text is not a saved framer state.</exception>
    public void RestoreState(string state)
    {
        ArgumentNullException.ThrowIfNull(state);
        bool haveReference = false, havePreviousUtc = false;
        DateTime reference = default, previousUtc = default;
        int? offset = null;
        if (state.Length > 0)
        {
            var parts = state.Split(';');
            if (parts[0] != StateVersion)
            {
                throw new FormatException($"Unknown framer state '{state}': expected it to start with '{StateVersion}'.");
            }
            for (var i = 1; i < parts.Length; i++)
            {
                var eq = parts[i].IndexOf('=', StringComparison.Ordinal);
                var key = eq < 0 ? parts[i] : parts[i][..eq];
                var value = eq < 0 ? "" : parts[i][(eq + 1)..];
                switch (key)
                {
                    case "ref":
                        reference = ParseTime(value, state, DateTimeKind.Unspecified);
                        haveReference = true;
                        break;
                    case "utc":
                        previousUtc = ParseTime(value, state, DateTimeKind.Utc);
                        havePreviousUtc = true;
                        break;
                    case "offset":
                        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
                            || !IsPlausibleUtcOffset(seconds))
                        {
                            throw new FormatException($"Invalid UTC offset '{value}' in framer state '{state}'.");
                        }
                        offset = seconds;
                        break;
                    default:
                        throw new FormatException($"Unknown part '{parts[i]}' in framer state '{state}'.");
                }
            }
        }

        _haveReference = haveReference;
        _referenceLocal = reference;
        _havePreviousUtc = havePreviousUtc;
        _previousUtc = previousUtc;
        _headerOffsetSeconds = offset;
        _headerZone = offset is int o ? TimeZoneSpec.FromOffsetSeconds(o) : null;
    }

    /// <summary>Wall-clock stamp → UTC, inferring the year when the stamp has none; updates the reference time.</summary>
    private bool TryResolve(in Stamp stamp, out DateTime utc)
    {
        utc = default;
        DateTime local;
        if (stamp.HasYear)
        {
            if (!stamp.TryLocal(stamp.Year, out local))
            {
                return false;
            }
            _referenceLocal = local;
        }
        else
        {
            if (!TryInferYear(stamp, out local))
            {
                return false;
            }
            if (!_haveReference || local > _referenceLocal)
            {
                _referenceLocal = local;
            }
        }
        _haveReference = true;

        utc = Zone.ToUtc(local, _havePreviousUtc ? _previousUtc : null);
        _previousUtc = utc;
        _havePreviousUtc = true;
        return true;
    }

    private bool TryInferYear(in Stamp stamp, out DateTime local)
    {
        if (_haveReference)
        {
            // Nearest to the reference among the neighbouring years (ties keep the reference's year). Within
            // 182 days of the reference the reference's own year is nearest: the others are a year further.
            var year = _referenceLocal.Year;
            if (stamp.TryLocal(year, out local) && Math.Abs(local.Ticks - _referenceLocal.Ticks) < HalfYearTicks)
            {
                return true;
            }
            var found = false;
            local = default;
            var bestDistance = long.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var candidateYear = i switch { 0 => year, 1 => year - 1, _ => year + 1 };
                if (stamp.TryLocal(candidateYear, out var candidate))
                {
                    var distance = Math.Abs(candidate.Ticks - _referenceLocal.Ticks);
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        local = candidate;
                        found = true;
                    }
                }
            }
            return found;
        }

        if (_options.Year is int given)
        {
            return stamp.TryLocal(given, out local);
        }

        // A log cannot come from the future: the latest year that keeps the date before now (+ clock skew).
        var now = Zone.FromUtc(_options.NowUtc);
        var limit = now + FutureSkew;
        for (var y = now.Year + 1; y >= now.Year - 8; y--)
        {
            if (stamp.TryLocal(y, out local) && local <= limit)
            {
                return true;
            }
        }
        local = default;
        return false;
    }

    /// <summary>
    /// <c>[host] tag:</c> at <paramref name="pos"/> (after the blank that ends the timestamp): a first token ending in
    /// <c>:</c> is the tag; otherwise it is the host and the next token must be the tag. A <c>[pid]</c> is cut
    /// from the tag. Leaves <paramref name="pos"/> at the text after the tag.
    /// </summary>
    private static bool TryHostAndTag(ReadOnlySpan<byte> s, scoped ref int pos, out ReadOnlySpan<byte> host, out ReadOnlySpan<byte> tag)
    {
        host = default;
        tag = default;
        var p = SkipBlanks(s, pos);
        if (p == pos)
        {
            return false;
        }
        var first = Token(s, p);
        if (first.Length == 0)
        {
            return false;
        }
        p += first.Length;
        ReadOnlySpan<byte> tagToken;
        if (first.Length > 1 && first[^1] == (byte)':')
        {
            tagToken = first;
        }
        else
        {
            var q = SkipBlanks(s, p);
            var second = Token(s, q);
            if (q == p || second.Length < 2 || second[^1] != (byte)':')
            {
                return false;
            }
            host = first;
            tagToken = second;
            p = q + second.Length;
        }

        tag = tagToken[..^1];
        if (tag.Length > 2 && tag[^1] == (byte)']')
        {
            var open = tag.LastIndexOf((byte)'[');
            if (open > 0)
            {
                tag = tag[..open];
            }
        }
        pos = SkipBlanks(s, p);
        return true;
    }

    /// <summary>
    /// The level and message at <paramref name="pos"/>: <c>Level: text</c> (a word of letters and a colon), or a
    /// CEF payload (no level). <paramref name="allowColon"/>: a colon may directly follow the timestamp
    /// (<c>… 2019: CEF:0|…</c>).
    /// </summary>
    private static bool TryLevel(ReadOnlySpan<byte> s, int pos, bool allowColon, out ReadOnlySpan<byte> level, out ReadOnlySpan<byte> message)
    {
        level = default;
        message = default;
        var p = pos;
        if (allowColon && p < s.Length && s[p] == (byte)':')
        {
            p++;
        }
        p = SkipBlanks(s, p);
        if (p == s.Length)
        {
            return false;
        }

        var rest = s[p..];
        if (Subscriptions.StartsWithCef(rest))
        {
            message = rest;
            return true;
        }

        var w = 0;
        while (w < rest.Length && w <= MaxLevelLength && IsLetter(rest[w]))
        {
            w++;
        }
        if (w == 0 || w > MaxLevelLength || w >= rest.Length || rest[w] != (byte)':'
            || (w + 1 < rest.Length && rest[w + 1] != (byte)' ' && rest[w + 1] != (byte)'\t'))
        {
            return false;
        }
        level = rest[..w];
        message = rest[SkipBlanks(rest, w + 1)..];
        return true;
    }

    private const int MaxLevelLength = 16;

    /// <summary>Levels AsyncOS writes (and syslog severities), any case.</summary>
    private static bool IsKnownLevel(ReadOnlySpan<byte> word) => word.Length switch
    {
        4 => Ascii.EqualsIgnoreCase(word, "Info"u8),
        5 => Ascii.EqualsIgnoreCase(word, "Debug"u8) || Ascii.EqualsIgnoreCase(word, "Trace"u8)
            || Ascii.EqualsIgnoreCase(word, "Alert"u8) || Ascii.EqualsIgnoreCase(word, "Error"u8),
        6 => Ascii.EqualsIgnoreCase(word, "Notice"u8),
        7 => Ascii.EqualsIgnoreCase(word, "Warning"u8),
        8 => Ascii.EqualsIgnoreCase(word, "Critical"u8),
        9 => Ascii.EqualsIgnoreCase(word, "Emergency"u8),
        _ => false,
    };

    private static bool StartsWithKnownLevel(ReadOnlySpan<byte> text)
    {
        var colon = text.IndexOf((byte)':');
        return colon > 0 && colon <= MaxLevelLength && IsKnownLevel(text[..colon]);
    }

    private static bool TrySkipPri(ReadOnlySpan<byte> s, ref int pos)
    {
        var p = pos + 1;
        var digits = 0;
        while (p < s.Length && digits < 4 && (uint)(s[p] - '0') <= 9)
        {
            p++;
            digits++;
        }
        if (digits == 0 || p >= s.Length || s[p] != (byte)'>')
        {
            return false;
        }
        pos = p + 1;
        return true;
    }

    private static ReadOnlySpan<byte> Token(ReadOnlySpan<byte> s, int pos)
    {
        var rest = s[pos..];
        var end = rest.IndexOfAny((byte)' ', (byte)'\t');
        return end < 0 ? rest : rest[..end];
    }

    private static int SkipBlanks(ReadOnlySpan<byte> s, int pos)
    {
        while (pos < s.Length && (s[pos] == (byte)' ' || s[pos] == (byte)'\t'))
        {
            pos++;
        }
        return pos;
    }

    private static ReadOnlySpan<byte> TrimEnd(ReadOnlySpan<byte> s)
    {
        var end = s.Length;
        while (end > 0 && s[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0)
        {
            end--;
        }
        return s[..end];
    }

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static string FormatTime(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');

    private static DateTime ParseTime(string value, string state, DateTimeKind kind)
    {
        if (!DateTime.TryParseExact(value, "yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            throw new FormatException($"Invalid time '{value}' in framer state '{state}'.");
        }
        return DateTime.SpecifyKind(t, kind);
    }
}
