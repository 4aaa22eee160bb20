using EsaTls.Query.Cli;
using Spectre.Console;

namespace EsaTls.Query.Output;

public sealed record Column(string Name, bool Numeric = false);

/// <summary>
/// Rows of text as a table or CSV. A table is a Spectre table on a terminal, otherwise a wide plain layout
/// (columns padded with spaces, nothing truncated or wrapped, no colours, one row per line) that other
/// tools can cut. Tables are laid out once all rows are known; CSV streams.
/// </summary>
public static class Tabular
{
    public static async Task WriteAsync(
        CliContext context, IReadOnlyList<Column> columns, IAsyncEnumerable<string?[]> rows, OutputFormat format, CancellationToken cancellationToken)
    {
        if (format == OutputFormat.Csv)
        {
            Csv.WriteRow(context.Out, [.. columns.Select(c => c.Name)]);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                Csv.WriteRow(context.Out, row);
            }
            return;
        }
        var all = new List<string?[]>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            all.Add(row);
        }
        Write(context, columns, all);
    }

    public static void Write(CliContext context, IReadOnlyList<Column> columns, IReadOnlyList<string?[]> rows, OutputFormat format)
    {
        if (format == OutputFormat.Csv)
        {
            Csv.WriteRow(context.Out, [.. columns.Select(c => c.Name)]);
            foreach (var row in rows)
            {
                Csv.WriteRow(context.Out, row);
            }
            return;
        }
        Write(context, columns, rows);
    }

    private static void Write(CliContext context, IReadOnlyList<Column> columns, IReadOnlyList<string?[]> rows)
    {
        if (context.Environment.StdoutIsTerminal)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in columns)
            {
                table.AddColumn(new TableColumn(new Text(column.Name, new Style(decoration: Decoration.Bold)))
                {
                    Alignment = column.Numeric ? Justify.Right : Justify.Left,
                });
            }
            foreach (var row in rows)
            {
                table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(TerminalText.Clean(cell))));
            }
            context.Console.Write(table);
            return;
        }
        WritePlain(context.Out, columns, rows);
    }

    private static void WritePlain(TextWriter writer, IReadOnlyList<Column> columns, IReadOnlyList<string?[]> rows)
    {
        var cells = rows.Select(r => r.Select(TerminalText.Clean).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Name.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        void Line(IReadOnlyList<string> values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                var last = i == values.Count - 1;
                var value = values[i];
                if (columns[i].Numeric)
                {
                    writer.Write(value.PadLeft(widths[i]));
                }
                else
                {
                    writer.Write(last ? value : value.PadRight(widths[i]));
                }
                if (!last)
                {
                    writer.Write("  ");
                }
            }
            writer.Write('\n');
        }
        Line([.. columns.Select(c => c.Name)]);
        foreach (var row in cells)
        {
            Line(row);
        }
    }
}
