using System.Globalization;

namespace EsaTls.Ingest.Sources;

/// <summary>Where a file stands in its log subscription's roll-over sequence.</summary>
internal enum LogFileRank
{
    /// <summary><c>name.@20240101T000000.s</c>, <c>name.@1700000000.s</c>: rolled over, ordered by stamp.</summary>
    StampedSaved = 0,
    /// <summary>No recognisable stamp (<c>mail.log.1</c>, <c>mail.current.02.s</c>): after the stamped ones, in name order.</summary>
    Unstamped = 1,
    /// <summary><c>name.@20240101T000000.c</c> / <c>.current</c>: the file being written, with a stamp.</summary>
    StampedCurrent = 2,
    /// <summary><c>mail.current.01.c</c>, <c>name.c</c>: current status code, no stamp.</summary>
    UnstampedCurrent = 3,
    /// <summary><c>mail.current</c>: the live file, always last.</summary>
    Live = 4,
}

/// <summary>
/// A log file name taken apart: AsyncOS writes <c>/&lt;subscription&gt;/&lt;name&gt;.@&lt;stamp&gt;.&lt;status&gt;</c>
/// (status <c>s</c> = saved, <c>c</c> / <c>current</c> = being written) and the live <c>&lt;name&gt;.current</c>.
/// </summary>
internal readonly record struct LogFileName(string BaseName, LogFileRank Rank, long Stamp)
{
    public static LogFileName Parse(string fileName)
    {
        var at = fileName.LastIndexOf(".@", StringComparison.Ordinal);
        if (at > 0)
        {
            var rest = fileName.AsSpan(at + 2);
            var dot = rest.IndexOf('.');
            var stampText = dot < 0 ? rest : rest[..dot];
            ReadOnlySpan<char> status = dot < 0 ? "s" : rest[(dot + 1)..];
            if (TryParseStamp(stampText, out var stamp))
            {
                if (status is "s")
                {
                    return new LogFileName(fileName[..at], LogFileRank.StampedSaved, stamp);
                }
                if (status is "c" or "current")
                {
                    return new LogFileName(fileName[..at], LogFileRank.StampedCurrent, stamp);
                }
            }
            return new LogFileName(fileName[..at], LogFileRank.Unstamped, 0);
        }

        if (fileName.EndsWith(".current", StringComparison.Ordinal) && fileName.Length > ".current".Length)
        {
            return new LogFileName(fileName[..^".current".Length], LogFileRank.Live, 0);
        }

        // spamtowho-era numbering: mail.current.01.c, mail.current.02.s
        var current = fileName.IndexOf(".current.", StringComparison.Ordinal);
        if (current > 0)
        {
            var rank = fileName.EndsWith(".c", StringComparison.Ordinal) ? LogFileRank.UnstampedCurrent : LogFileRank.Unstamped;
            return new LogFileName(fileName[..current], rank, 0);
        }

        var firstDot = fileName.IndexOf('.', 1);
        var baseName = firstDot < 0 ? fileName : fileName[..firstDot];
        var unstampedRank = firstDot > 0 && fileName.EndsWith(".c", StringComparison.Ordinal)
            ? LogFileRank.UnstampedCurrent
            : LogFileRank.Unstamped;
        return new LogFileName(baseName, unstampedRank, 0);
    }

    /// <summary><c>YYYYMMDDThhmmss</c> (read as UTC) or Unix epoch seconds, both as Unix seconds.</summary>
    private static bool TryParseStamp(ReadOnlySpan<char> text, out long seconds)
    {
        seconds = 0;
        if (text.Length == 15 && text[8] == 'T'
            && DateTime.TryParseExact(text, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
        {
            seconds = new DateTimeOffset(time, TimeSpan.Zero).ToUnixTimeSeconds();
            return true;
        }
        if (text.Length is < 1 or > 12)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            seconds = (seconds * 10) + (c - '0');
        }
        return true;
    }
}

/// <summary>Name order that compares digit runs as numbers (<c>mail.2.s</c> before <c>mail.10.s</c>).</summary>
internal sealed class NaturalNameComparer : IComparer<string>
{
    public static NaturalNameComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null)
        {
            return -1;
        }
        if (y is null)
        {
            return 1;
        }

        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var si = i;
                var sj = j;
                while (i < x.Length && char.IsAsciiDigit(x[i]))
                {
                    i++;
                }
                while (j < y.Length && char.IsAsciiDigit(y[j]))
                {
                    j++;
                }
                var a = x.AsSpan(si, i - si).TrimStart('0');
                var b = y.AsSpan(sj, j - sj).TrimStart('0');
                if (a.Length != b.Length)
                {
                    return a.Length.CompareTo(b.Length);
                }
                var digits = a.SequenceCompareTo(b);
                if (digits != 0)
                {
                    return digits;
                }
                continue;
            }
            if (x[i] != y[j])
            {
                return x[i].CompareTo(y[j]);
            }
            i++;
            j++;
        }
        var lengths = (x.Length - i).CompareTo(y.Length - j);
        return lengths != 0 ? lengths : string.CompareOrdinal(x, y);
    }
}
