using System.Text.Json.Nodes;
using EsaTls.Ingest.Cli;
using Microsoft.Data.Sqlite;

namespace EsaTls.Tests.Ingest;

internal sealed record IngestRun(int ExitCode, string Out, string Error, byte[] Raw)
{
    public string All => Out + Error;
}

/// <summary>Runs <c>esatls-ingest</c> in-process with captured output, and reads what it stored.</summary>
internal static class IngestCli
{
    public static Task<IngestRun> RunAsync(params string[] args) => RunAsync(args, raw: false);

    /// <param name="raw">Capture verbatim line output (<c>check --show-unrecognized</c>) as bytes, as into a pipe.</param>
    public static async Task<IngestRun> RunAsync(string[] args, bool raw)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var rawOut = new MemoryStream();
        var code = await EsaTls.Ingest.Program.RunAsync(args, new CliOutput(stdout, stderr, interactive: false, raw ? rawOut : null));
        return new IngestRun(code, stdout.ToString(), stderr.ToString(), rawOut.ToArray());
    }

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);

    /// <summary>The stored documents by id, without <c>event.ingested</c> (the only field that differs between runs).</summary>
    public static SortedDictionary<string, string> Documents(string store)
    {
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, doc FROM messages";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var doc = JsonNode.Parse(reader.GetString(1))!.AsObject();
            doc["event"]!.AsObject().Remove("ingested");
            documents[reader.GetString(0)] = doc.ToJsonString();
        }
        return documents;
    }

    /// <summary>The number after a summary label (<c>lines read     1,234 (…)</c> → 1234); -1 when the label is absent.</summary>
    public static long Count(string summary, string label)
    {
        foreach (var line in summary.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith(label, StringComparison.Ordinal))
            {
                var rest = trimmed[label.Length..].TrimStart();
                var end = 0;
                while (end < rest.Length && (char.IsAsciiDigit(rest[end]) || rest[end] == ','))
                {
                    end++;
                }
                return long.Parse(rest[..end].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return -1;
    }
}
