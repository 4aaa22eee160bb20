using System.Text;

namespace EsaTls.Tests.Parsing;

/// <summary>The real-format consolidated event lines of Scenarios/consolidated-event-fixtures.log.</summary>
internal static class ConsolidatedFixtures
{
    public static readonly string[] Lines = Load();

    private static string[] Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Scenarios", "consolidated-event-fixtures.log");
        return [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    /// <summary>The CEF text of a framed line (what the framer hands the parser).</summary>
    public static byte[] Cef(string line) => Encoding.UTF8.GetBytes(line[line.IndexOf("CEF:0|", StringComparison.Ordinal)..]);

    public static byte[] Cef(int index) => Cef(Lines[index]);

    /// <summary>A consolidated line with the given extension, as AsyncOS 15 frames it.</summary>
    public static byte[] Line(string extension, string product = "C100V Secure Email Gateway Virtual", string version = "15.0.1-030") =>
        Encoding.UTF8.GetBytes($"CEF:0|Cisco|{product}|{version}|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|{extension}");
}
