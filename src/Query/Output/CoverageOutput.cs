using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EsaTls.Query.Cli;

namespace EsaTls.Query.Output;

/// <summary>
/// Coverage as a table/CSV (group, a count per status, total, tls_pct; the total row's group is TOTAL) or as
/// JSON objects with the same keys (the total row's group is null): json = an array, ndjson = one per line.
/// </summary>
public static class CoverageOutput
{
    public static void Write(CliContext context, CoverageReport report, OutputFormat format)
    {
        if (format is OutputFormat.Json or OutputFormat.Ndjson)
        {
            var objects = report.Rows.Select(r => Json(report, r)).ToList();
            context.Out.Write(format == OutputFormat.Json
                ? (objects.Count == 0 ? "[]\n" : "[\n" + string.Join(",\n", objects) + "\n]\n")
                : string.Concat(objects.Select(o => o + "\n")));
            return;
        }
        var columns = new List<Column> { new(report.GroupName) };
        columns.AddRange(report.Statuses.Select(s => new Column(s, Numeric: true)));
        columns.Add(new("total", Numeric: true));
        columns.Add(new("tls_pct", Numeric: true));
        var rows = report.Rows.Select(r => (string?[])
        [
            r.IsTotal ? "TOTAL" : r.Group,
            .. report.Statuses.Select(s => r.Counts.GetValueOrDefault(s).ToString(CultureInfo.InvariantCulture)),
            r.Total.ToString(CultureInfo.InvariantCulture),
            r.TlsPercent is null ? (format == OutputFormat.Csv ? null : "-") : CoverageReport.Percent(r.TlsPercent),
        ]).ToList();
        Tabular.Write(context, columns, rows, format);
    }

    private static string Json(CoverageReport report, CoverageRow row)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (row.IsTotal)
            {
                writer.WriteNull(report.GroupName);
            }
            else
            {
                writer.WriteString(report.GroupName, row.Group);
            }
            foreach (var status in report.Statuses)
            {
                writer.WriteNumber(status, row.Counts.GetValueOrDefault(status));
            }
            writer.WriteNumber("total", row.Total);
            if (row.TlsPercent is { } pct)
            {
                writer.WriteNumber("tls_pct", pct);
            }
            else
            {
                writer.WriteNull("tls_pct");
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
