using System.Text;

namespace EsaTls.Query.Output;

/// <summary>
/// Log data shown on a terminal: control characters (escape sequences, newlines in an SMTP response) are
/// made visible as <c>\xHH</c> so that one value stays on one line and cannot drive the terminal.
/// </summary>
public static class TerminalText
{
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }
        var clean = true;
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                builder.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
