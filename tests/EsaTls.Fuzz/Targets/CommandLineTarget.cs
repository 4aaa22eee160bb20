using System.Text;
using EsaTls.Core.Stores.Sqlite;
using EsaTls.Ingest.Cli;
using EsaTls.Query.Cli;

namespace EsaTls.Fuzz.Targets;

/// <summary>
/// Both command lines in-process with random argument vectors (commands, options, damaged values, a secret in
/// the credential options and variables) over damaged log files: a documented exit code, no exception, no
/// internal error text, and never the secret in the output. Runs are serialised (the console library is not
/// meant for concurrent apps); only loopback port 9 is ever named as a cluster, so nothing leaves the host.
/// </summary>
public sealed class CommandLineTarget : FuzzTarget
{
    private const string Secret = "Fuzz-S3cret-Value-7731";
    private static readonly Lock Gate = new();
    private static readonly Lazy<string> Workspace = new(CreateWorkspace);

    private static readonly string[] QueryCommands = ["lacking-tls", "messages", "coverage", "show", "failures", "", "help", "--help", "-h", "--version"];

    private static readonly string[] QueryOptions =
    [
        "--since", "--until", "--host", "--sender-domain", "--recipient-domain", "--direction", "--format", "--limit", "--all",
        "--leg", "--include-unknown", "--receive-status", "--deliver-status", "--by", "--fail-under", "--help", "--api-key",
        "--username", "--password", "--insecure", "--ca-cert", "--elasticsearch", "--opensearch", "--store", "--bogus", "-x", "--",
    ];

    private static readonly string[] IngestOptions =
    [
        "--host", "--timezone", "--year", "--show-unrecognized", "--reingest", "--api-key", "--username", "--password",
        "--ca-cert", "--ca-fingerprint", "--insecure", "--help", "--bogus", "-h", "--",
    ];

    // Damaged values cover the rest; these are the ones the options expect, so that runs get past parsing.
    private static readonly string[] Values =
    [
        "24h", "2024-03-01", "2024-03-01T10:00:00+02:00", "esa1", "example.com", "inbound", "csv", "json", "ndjson", "table",
        "10", "receive", "deliver", "success,failed", "none", "host", "day", "reason", "peer", "domain", "95", "12345",
        "Europe/Berlin", "+02:00", "2025", "x' OR '1'='1", "*", "a\"b", "\\", "%", "\u202E", "-", "--",
    ];

    public override string Name => "command-line";

    public override string Description => "esatls and esatls-ingest in-process: exit codes, no crash, no internal errors, no secret shown";

    public override int Cost => 250;

    public override void Run(Random random, FuzzInput input)
    {
        var workspace = Workspace.Value;
        var ingest = random.Next(3) == 0;
        var args = ingest ? IngestArgs(random, workspace) : QueryArgs(random, workspace);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (random.Next(3) == 0)
        {
            variables["ESATLS_PASSWORD"] = Secret;
            variables["ESATLS_USERNAME"] = "admin";
        }
        if (random.Next(4) == 0)
        {
            variables["ESATLS_API_KEY"] = Secret;
        }
        input.Text = (ingest ? "esatls-ingest " : "esatls ") + string.Join(' ', args.Select(Quote))
            + (variables.Count > 0 ? " [env: " + string.Join(' ', variables.Keys) + "]" : "");

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code;
        lock (Gate)
        {
            if (ingest)
            {
                var logs = Path.Combine(workspace, "logs");
                WriteLogs(random, logs);
                code = Ingest.Program.RunAsync(args, new CliOutput(stdout, stderr, interactive: false)).GetAwaiter().GetResult();
            }
            else
            {
                var environment = new CliEnvironment
                {
                    GetVariable = name => variables.GetValueOrDefault(name),
                    Now = () => new DateTimeOffset(2025, 3, 10, 12, 0, 0, TimeSpan.Zero),
                };
                code = QueryApp.RunAsync(args, stdout, stderr, environment, CancellationToken.None).GetAwaiter().GetResult();
            }
        }
        var output = stdout + "\n" + stderr;
        FuzzCheckException.That(code is >= 0 and <= 3, $"exit code {code}");
        FuzzCheckException.That(!output.Contains(Secret, StringComparison.Ordinal), "the secret is shown: " + output);
        foreach (var sign in InternalErrors)
        {
            FuzzCheckException.That(!stderr.ToString().Contains(sign, StringComparison.Ordinal), $"internal error shown ({sign}): {stderr}");
        }
    }

    /// <summary>Texts that only a programming error prints.</summary>
    private static readonly string[] InternalErrors =
    [
        "Object reference not set", "Index was outside the bounds", "Specified argument was out of the range", "Value cannot be null",
        "unexpected error", "Unhandled exception", "   at ", "Exception:",
    ];

    private static string[] QueryArgs(Random random, string workspace)
    {
        var args = new List<string>();
        var command = QueryCommands[random.Next(QueryCommands.Length)];
        if (command.Length > 0)
        {
            args.Add(command);
        }
        if (command == "show" && random.Next(4) != 0)
        {
            args.Add(Value(random));
        }
        for (var i = random.Next(6); i > 0; i--)
        {
            var option = QueryOptions[random.Next(QueryOptions.Length)];
            args.Add(option);
            switch (option)
            {
                case "--api-key" or "--password":
                    args.Add(Secret);
                    break;
                case "--elasticsearch" or "--opensearch":
                    args.Add(random.Next(2) == 0 ? "http://127.0.0.1:9" : $"http://admin:{Secret}@127.0.0.1:9/");
                    break;
                case "--store":
                    args.Add(Path.Combine(workspace, random.Next(3) == 0 ? "missing.db" : "store.db"));
                    break;
                case "--all" or "--include-unknown" or "--insecure" or "--help" or "--bogus" or "-x" or "--":
                    break;
                default:
                    if (random.Next(8) != 0)
                    {
                        args.Add(Value(random));
                    }
                    break;
            }
        }
        if (!args.Contains("--store") && random.Next(4) != 0)
        {
            args.AddRange(["--store", Path.Combine(workspace, "store.db")]);
        }
        return [.. args];
    }

    private static string[] IngestArgs(Random random, string workspace)
    {
        var logs = Path.Combine(workspace, "logs");
        var args = new List<string>();
        var files = random.Next(2) == 0;
        args.Add(random.Next(20) == 0 ? Value(random) : files ? "files" : "check");
        var paths = random.Next(4) switch
        {
            0 => new[] { logs },
            1 => [Path.Combine(logs, "mail_logs.@20250301T000000.s")],
            2 => [Path.Combine(logs, "*.s"), Path.Combine(logs, "nothing-here")],
            _ => [Path.Combine(logs, "mail_logs.current"), Path.Combine(logs, "syslog.log")],
        };
        if (random.Next(10) != 0)
        {
            args.AddRange(paths);
        }
        for (var i = random.Next(5); i > 0; i--)
        {
            var option = IngestOptions[random.Next(IngestOptions.Length)];
            args.Add(option);
            switch (option)
            {
                case "--api-key" or "--password":
                    args.Add(Secret);
                    break;
                case "--show-unrecognized" or "--reingest" or "--insecure" or "--help" or "--bogus" or "-h" or "--":
                    break;
                default:
                    if (random.Next(8) != 0)
                    {
                        args.Add(Value(random));
                    }
                    break;
            }
        }
        if (files)
        {
            // Never write: a dry run opens no store and no cluster.
            args.Add("--dry-run");
        }
        return [.. args];
    }

    private static string Value(Random random) => random.Next(3) == 0
        ? Values[random.Next(Values.Length)]
        : Encoding.UTF8.GetString(Mutator.Mutate(random, Encoding.UTF8.GetBytes(Values[random.Next(Values.Length)]), Mutator.Dictionary));

    private static void WriteLogs(Random random, string dir)
    {
        var corpus = Corpus.Default;
        foreach (var name in new[] { "mail_logs.@20250301T000000.s", "mail_logs.current", "syslog.log" })
        {
            var file = corpus.Files[random.Next(corpus.Files.Count)];
            var bytes = new List<byte>();
            var start = random.Next(file.Length);
            for (var i = start; i < Math.Min(file.Length, start + 30); i++)
            {
                var line = Encoding.UTF8.GetBytes(file[i]);
                bytes.AddRange(random.Next(5) == 0 ? Mutator.Mutate(random, line, corpus.Lines) : line);
                bytes.Add((byte)'\n');
            }
            File.WriteAllBytes(Path.Combine(dir, name), [.. bytes]);
        }
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.AsSpan().IndexOfAny(" '\"\\") < 0 ? arg : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string CreateWorkspace()
    {
        var dir = Path.Combine(Path.GetTempPath(), "esatls-fuzz-" + Environment.ProcessId);
        Directory.CreateDirectory(Path.Combine(dir, "logs"));
        SqliteMessageStore.OpenAsync(Path.Combine(dir, "store.db")).GetAwaiter().GetResult().DisposeAsync().AsTask().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return dir;
    }
}
