namespace EsaTls.Query.Output;

/// <summary>RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled; null is empty.</summary>
public static class Csv
{
    public static void WriteRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            WriteField(writer, fields[i]);
        }
        writer.Write("\r\n");
    }

    public static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
