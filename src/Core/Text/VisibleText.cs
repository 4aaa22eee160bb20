using System.Globalization;
using System.Text;

namespace EsaTls.Core.Text;

/// <summary>
/// Log data shown on a terminal: control characters (escape sequences, newlines in an SMTP response) are written
/// as <c>\xHH</c>, so that one value stays on one line and a hostile log line cannot drive the terminal.
/// </summary>
public static class VisibleText
{
    /// <summary>Log bytes decoded as UTF-8 (invalid sequences become U+FFFD); tabs are kept.</summary>
    public static string OfUtf8(ReadOnlySpan<byte> line) => Escape(Encoding.UTF8.GetString(line), keepTabs: true);

    /// <summary>The text with every control character (and tabs too, unless kept) made visible.</summary>
    public static string Escape(string text, bool keepTabs)
    {
        var first = FirstHidden(text, keepTabs);
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (Hidden(c, keepTabs))
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

    private static int FirstHidden(string text, bool keepTabs)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Hidden(text[i], keepTabs))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool Hidden(char c, bool keepTabs) => char.IsControl(c) && !(keepTabs && c == '\t');
}
