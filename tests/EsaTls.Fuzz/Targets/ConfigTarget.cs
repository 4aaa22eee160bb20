using System.Text;
using System.Text.Json;
using EsaTls.Core.Correlation;
using EsaTls.Core.Framing;
using EsaTls.Core.Parsing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Search;
using EsaTls.Ingest.Commands;
using EsaTls.Query.Backends;
using EsaTls.Query.Cli;
using IngestUsage = EsaTls.Ingest.Cli.UsageException;
using QueryUsage = EsaTls.Query.Cli.UsageException;

namespace EsaTls.Fuzz.Targets;

/// <summary>
/// Configuration binding and saved state: zones, times, choices, limits, backend and cluster options (with
/// secrets that must never show in a message), framer, source and correlator states read back from a
/// damaged checkpoint. Only the documented exception of each entry point may come out, and a state that is
/// accepted must work afterwards.
/// </summary>
public sealed class ConfigTarget : FuzzTarget
{
    private static readonly string[] TextSeeds =
    [
        "UTC", "utc", "Z", "+02:00", "-05:30", "+0530", "+14:00", "-12:00", "Europe/Berlin", "America/New_York", "Etc/GMT+5",
        "2024-03-01", "2024-03-01T10:00", "2024-03-01 10:00:05.250", "2024-03-01T10:00:00+02:00", "2024-03-01T10:00:00Z",
        "30m", "24h", "7d", "2w", "45s", "0d", "inbound", "outbound", "unknown", "receive", "deliver", "any", "table", "csv",
        "json", "ndjson", "host", "day", "hour", "sender-domain", "recipient-domain", "tls-version", "reason", "peer", "domain",
        "success,failed", "none", "50", "1", "95.5", "100%", "2025", "1990",
        "https://es.example:9200", "http://127.0.0.1:9", "https://user:pass@es.example:9200/", "https://es1:9200,https://es2:9200",
        "v1;ref=2024-12-31T23:59:59;utc=2024-12-31T22:59:59;offset=3600", "v1", "",
    ];

    private static readonly Lazy<string[]> StateSeeds = new(BuildStates);

    public override string Name => "config";

    public override string Description => "zones, times, choices, backend and cluster options (secrets), saved framer/source/correlator state";

    public override void Run(Random random, FuzzInput input)
    {
        switch (random.Next(9))
        {
            case 0:
                Zone(Text(random), input);
                break;
            case 1:
                Time(Text(random), input);
                break;
            case 2:
                Choices(random, input);
                break;
            case 3:
                FramerState(Text(random), input);
                break;
            case 4:
            case 5:
                SavedState(random, input);
                break;
            case 6:
                Backend(random, input);
                break;
            case 7:
                Cluster(random, input);
                break;
            default:
                Framing(random, input);
                break;
        }
    }

    private static string Text(Random random)
    {
        var seed = Encoding.UTF8.GetBytes(TextSeeds[random.Next(TextSeeds.Length)]);
        var bytes = random.Next(6) == 0 ? Mutator.TokenSoup(random, random.Next(4)) : Mutator.Mutate(random, seed, Mutator.Dictionary);
        return Encoding.UTF8.GetString(bytes);
    }

    private static void Zone(string text, FuzzInput input)
    {
        input.Text = "zone " + text;
        if (TimeZoneSpec.TryParse(text, out var zone, out var error))
        {
            foreach (var t in new[] { new DateTime(1970, 1, 1), new DateTime(2024, 3, 31, 2, 30, 0), new DateTime(9000, 12, 31, 23, 59, 59) })
            {
                var utc = zone.ToUtc(t, null);
                _ = zone.FromUtc(utc);
            }
            _ = zone.ToString();
        }
        else
        {
            FuzzCheckException.That(!string.IsNullOrEmpty(error), "a zone is refused without a message");
        }
    }

    private static void Time(string text, FuzzInput input)
    {
        input.Text = "time " + text;
        try
        {
            var t = TimeArgument.Parse("--since", text, new DateTimeOffset(2024, 3, 10, 12, 0, 0, TimeSpan.Zero));
            FuzzCheckException.That(t.Kind == DateTimeKind.Utc, "a time argument that is not UTC");
        }
        catch (QueryUsage)
        {
        }
    }

    private static void Choices(Random random, FuzzInput input)
    {
        var text = Text(random);
        input.Text = "choice " + text;
        Usage(() => Arguments.Leg(text));
        Usage(() => Arguments.Direction(text));
        Usage(() => Arguments.Format(text));
        Usage(() => Arguments.CoverageBy(text));
        Usage(() => Arguments.FailureBy(text));
        Usage(() => Arguments.Statuses("--receive-status", text, ["success", "failed", "none", "unknown", "not_applicable"]));
        Usage(() => Arguments.Limit(text, random.Next(2) == 0));
        Usage(() => Arguments.Percent("--fail-under", text));
        Usage(() => Arguments.Mid(text));

        static void Usage(Func<object?> parse)
        {
            try
            {
                _ = parse();
            }
            catch (QueryUsage)
            {
            }
        }
    }

    private static void FramerState(string text, FuzzInput input)
    {
        input.Text = "framer state " + text;
        var framer = new LineFramer(new FramingOptions { Year = 2024 });
        try
        {
            framer.RestoreState(text);
        }
        catch (FormatException)
        {
            return;
        }
        _ = framer.TryFrame("<13>Mar 17 18:24:37 esa mail_logs: Info: MID 1 ICID 2 From: <a@b.example>"u8, out _);
        _ = framer.TryFrame("Fri Sep 12 11:00:00 2022 Info: MID 1 ICID 2 From: <a@b.example>"u8, out _);
        var again = new LineFramer(new FramingOptions { Year = 2024 });
        again.RestoreState(framer.SaveState());
    }

    /// <summary>A damaged checkpoint: source or correlator state with a few edits. Refused cleanly, or usable.</summary>
    private static void SavedState(Random random, FuzzInput input)
    {
        var seeds = StateSeeds.Value;
        var seed = seeds[random.Next(seeds.Length)];
        var bytes = Mutator.Mutate(random, Encoding.UTF8.GetBytes(seed), Mutator.Dictionary);
        var text = Encoding.UTF8.GetString(bytes);
        input.Bytes = bytes;
        if (seed.StartsWith("{\"Framer\"", StringComparison.Ordinal))
        {
            input.Text = "source state";
            var source = new SourceProcessor(new SourceSettings { FallbackIdentity = "fuzz" }, new IngestStats(), null);
            try
            {
                source.RestoreState(text);
            }
            catch (Exception e) when (IsDamagedState(e))
            {
                return;
            }
            source.ProcessLine("Fri Sep 12 11:00:00 2022 Info: MID 1 ICID 2 From: <a@b.example>"u8);
            _ = source.SaveState();
            return;
        }

        input.Text = "correlator state";
        var correlator = new Correlator(new CorrelatorOptions { MaxOpenMessages = 50, MaxOpenConnections = 50 }, _ => { });
        try
        {
            correlator.RestoreState(text);
        }
        catch (Exception e) when (IsDamagedState(e))
        {
            return;
        }
        // Accepted: the restored state must carry on like any other.
        var time = new DateTime(2025, 3, 3, 12, 0, 0, DateTimeKind.Utc);
        foreach (var appliance in correlator.Appliances.ToList().Append("fuzz"))
        {
            for (var i = 0; i < 20; i++)
            {
                var line = Corpus.Default.Messages[random.Next(Corpus.Default.Messages.Count)];
                if (MailLineParser.Parse(line).Event is { } e)
                {
                    correlator.Apply(appliance, time.AddMinutes(random.Next(-600, 20_000)), e);
                }
            }
        }
        correlator.FlushIdle(TimeSpan.FromMinutes(random.Next(0, 100_000)));
        correlator.FlushAll();
        _ = correlator.SaveState();
        _ = correlator.Counters;
    }

    /// <summary>How the restore entry points refuse a damaged state.</summary>
    private static bool IsDamagedState(Exception e) => e is InvalidDataException;

    private static readonly string[] Secrets = ["S3cr3t-pa55word-Zq", "QUJDREVGOmtleS1zZWNyZXQ9PQ==", "p@ss:w/rd%40#x"];

    private static void Backend(Random random, FuzzInput input)
    {
        var secret = Secrets[random.Next(Secrets.Length)];
        string? Maybe(string? value) => random.Next(3) == 0 ? null : value;
        var url = Maybe(random.Next(3) == 0 ? $"https://admin:{Uri.EscapeDataString(secret)}@es.example:9200/" : Text(random));
        var store = Maybe(Text(random));
        var apiKey = Maybe(secret);
        var username = Maybe("admin");
        var password = Maybe(secret);
        var caCert = Maybe(Text(random));
        var environment = new CliEnvironment
        {
            GetVariable = name => random.Next(3) != 0 ? null : name.EndsWith("USERNAME", StringComparison.Ordinal) ? "admin" : secret,
            Now = () => DateTimeOffset.UnixEpoch,
        };
        input.Text = $"backend store={store} url={url} apiKey={apiKey is not null} user={username} password={password is not null} caCert={caCert}";
        try
        {
            var options = random.Next(2) == 0
                ? BackendOptions.From(store, url, null, apiKey, username, password, caCert, random.Next(2) == 0, environment)
                : BackendOptions.From(store, null, url, apiKey, username, password, caCert, random.Next(2) == 0, environment);
            NoSecret(options.ToString(), secret, "backend options");
            NoSecret(options.Target, secret, "backend target");
        }
        catch (QueryUsage e)
        {
            NoSecret(e.Message, secret, "usage error");
        }
    }

    private static void Cluster(Random random, FuzzInput input)
    {
        var secret = Secrets[random.Next(Secrets.Length)];
        string? Maybe(string? value) => random.Next(3) == 0 ? null : value;
        var urls = new List<string>();
        for (var i = random.Next(3); i >= 0; i--)
        {
            urls.Add(random.Next(3) == 0 ? $"https://elastic:{Uri.EscapeDataString(secret)}@127.0.0.1:{random.Next(65536)}" : Text(random));
        }
        var options = new SearchConnectionOptions
        {
            Urls = urls,
            ApiKey = Maybe(secret),
            Username = Maybe(random.Next(2) == 0 ? "elastic" : Text(random)),
            Password = Maybe(secret),
            CertificateFingerprint = Maybe(Text(random)),
            Insecure = random.Next(3) == 0,
            RequestTimeout = TimeSpan.FromSeconds(random.Next(-1, 90)),
        };
        input.Text = $"cluster urls=[{string.Join(' ', urls)}] user={options.Username} fingerprint={options.CertificateFingerprint}";
        NoSecret(options.ToString(), secret, "connection options");
        try
        {
            using var connection = SearchConnection.FromOptions(options,
                name => random.Next(3) != 0 ? null : name.EndsWith("USERNAME", StringComparison.Ordinal) ? "elastic" : secret);
            NoSecret(connection.Description, secret, "connection description");
            NoSecret(connection.ToString(), secret, "connection");
        }
        catch (SearchConfigurationException e)
        {
            NoSecret(e.Message, secret, "configuration error");
        }
    }

    private static void Framing(Random random, FuzzInput input)
    {
        var settings = new CheckSettings
        {
            Paths = ["x"],
            TimeZone = random.Next(4) == 0 ? null : Text(random),
            Year = random.Next(4) == 0 ? null : random.Next(int.MinValue, int.MaxValue),
        };
        input.Text = $"framing zone={settings.TimeZone} year={settings.Year}";
        try
        {
            _ = settings.ToFramingOptions();
        }
        catch (IngestUsage)
        {
        }
    }

    private static void NoSecret(string? text, string secret, string what)
    {
        if (text is null)
        {
            return;
        }
        FuzzCheckException.That(!text.Contains(secret, StringComparison.Ordinal) && !text.Contains(Uri.EscapeDataString(secret), StringComparison.Ordinal),
            $"{what} shows a secret: {text}");
    }

    /// <summary>Saved states of real runs: a correlator mid-file (open messages and connections) and the sources.</summary>
    private static string[] BuildStates()
    {
        var states = new List<string>();
        var corpus = Corpus.Default;
        foreach (var file in corpus.Files.Take(12))
        {
            var correlator = new Correlator(new CorrelatorOptions(), _ => { });
            var source = new SourceProcessor(new SourceSettings { FallbackIdentity = "seed", Framing = new FramingOptions { Year = 2025 } }, new IngestStats(), correlator);
            var half = file.Length / 2;
            for (var i = 0; i < half; i++)
            {
                source.ProcessLine(Encoding.UTF8.GetBytes(file[i]));
            }
            var state = correlator.SaveState();
            if (state.Length < 200_000)
            {
                states.Add(state);
            }
            states.Add(source.SaveState());
        }
        JsonDocument.Parse(states[0]).Dispose();
        return [.. states];
    }
}
