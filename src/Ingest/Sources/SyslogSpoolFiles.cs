using System.Globalization;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// Spool files: <c>syslog-0000000001.spool</c>, … in the spool directory, numbered in writing order. Each line is
/// <c>source-address TAB received-line</c>. A file is complete once a higher-numbered one exists.
/// </summary>
internal static class SyslogSpoolFiles
{
    private const string Prefix = "syslog-";
    private const string Suffix = ".spool";

    public static string NameOf(long sequence) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{sequence:D10}{Suffix}");

    public static long SequenceOf(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal)
            && long.TryParse(name.AsSpan(Prefix.Length, name.Length - Prefix.Length - Suffix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : -1;
    }

    /// <summary>Spool files in sequence order (empty when the directory does not exist).</summary>
    public static List<(long Sequence, string Path)> List(string directory)
    {
        var result = new List<(long, string)>();
        if (!Directory.Exists(directory))
        {
            return result;
        }
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory, Prefix + "*" + Suffix))
            {
                var seq = SequenceOf(path);
                if (seq >= 0)
                {
                    result.Add((seq, path));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return result;
        }
        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }

    /// <summary>Bytes not yet read: the rest of file <paramref name="sequence"/> after <paramref name="offset"/>, and every later file.</summary>
    public static long Lag(string directory, long sequence, long offset)
    {
        long lag = 0;
        foreach (var (seq, path) in List(directory))
        {
            if (seq < sequence)
            {
                continue;
            }
            try
            {
                var length = new FileInfo(path).Length;
                lag += seq == sequence ? Math.Max(0, length - offset) : length;
            }
            catch (IOException)
            {
            }
        }
        return lag;
    }
}
