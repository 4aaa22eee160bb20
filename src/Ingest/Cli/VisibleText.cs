using System.Globalization;
using System.Text;

namespace EsaTls.Ingest.Cli;

/// <summary>
/// Log bytes shown as text (on a terminal): decoded as UTF-8 (invalid sequences become U+FFFD) with control
/// characters other than tab written as <c>\xHH</c>, so that a hostile line cannot drive the terminal.
/// </summary>
public static class VisibleText
{
    public static string Of(ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line);
        var clean = true;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\t')
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\t')
            {
                builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
