namespace EsaTls.LogGen.Output;

/// <summary>
/// The appliance-local timestamp texts of one second, rebuilt only when the second changes:
/// native <c>Sat Mar  1 00:00:00 2025</c> (ctime, day space-padded) and syslog <c>Mar  1 00:00:00</c>.
/// </summary>
internal sealed class Stamps
{
    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private readonly int _offsetSeconds;
    private readonly byte[] _ctime = new byte[24];
    private long _second = long.MinValue;

    public Stamps(int offsetSeconds) => _offsetSeconds = offsetSeconds;

    /// <summary>24 bytes, <c>Www Mmm dd HH:MM:SS YYYY</c>.</summary>
    public ReadOnlySpan<byte> Ctime(long utcMs)
    {
        Update(utcMs);
        return _ctime;
    }

    /// <summary>15 bytes, <c>Mmm dd HH:MM:SS</c> (RFC 3164).</summary>
    public ReadOnlySpan<byte> Bsd(long utcMs)
    {
        Update(utcMs);
        return _ctime.AsSpan(4, 15);
    }

    /// <summary>Appliance-local ctime text of an arbitrary time (pending-till values), allocating.</summary>
    public static string CtimeText(DateTime local) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Days[(int)local.DayOfWeek]} {Months[local.Month - 1]} {local.Day,2} {local:HH:mm:ss} {local.Year:D4}");

    public DateTime Local(long utcMs) => DateTime.UnixEpoch.AddMilliseconds(utcMs).AddSeconds(_offsetSeconds);

    private void Update(long utcMs)
    {
        var second = Math.DivRem(utcMs, 1000, out var rem);
        if (rem < 0)
        {
            second--;
        }
        if (second == _second)
        {
            return;
        }
        _second = second;
        var t = DateTime.UnixEpoch.AddSeconds(second + _offsetSeconds);
        var b = _ctime;
        Put3(b, 0, Days[(int)t.DayOfWeek]);
        b[3] = (byte)' ';
        Put3(b, 4, Months[t.Month - 1]);
        b[7] = (byte)' ';
        b[8] = t.Day < 10 ? (byte)' ' : (byte)('0' + t.Day / 10);
        b[9] = (byte)('0' + t.Day % 10);
        b[10] = (byte)' ';
        Put2(b, 11, t.Hour);
        b[13] = (byte)':';
        Put2(b, 14, t.Minute);
        b[16] = (byte)':';
        Put2(b, 17, t.Second);
        b[19] = (byte)' ';
        var y = t.Year;
        b[20] = (byte)('0' + y / 1000 % 10);
        b[21] = (byte)('0' + y / 100 % 10);
        b[22] = (byte)('0' + y / 10 % 10);
        b[23] = (byte)('0' + y % 10);
    }

    private static void Put3(byte[] b, int at, string s)
    {
        b[at] = (byte)s[0];
        b[at + 1] = (byte)s[1];
        b[at + 2] = (byte)s[2];
    }

    private static void Put2(byte[] b, int at, int v)
    {
        b[at] = (byte)('0' + v / 10);
        b[at + 1] = (byte)('0' + v % 10);
    }
}
