using System.Text;
using EsaTls.Ingest.Cli;
using EsaTls.Ingest.Hosting;

namespace EsaTls.Fuzz.Targets;

/// <summary>
/// The worker's configuration binding (<c>appsettings.json</c> keys, <c>ESATLS__…</c>, <c>--set</c>): random sets of
/// known and misspelt keys with mutated values. Only a usage error naming the key may come out, and it never holds
/// the configured password or the user info of a cluster URL.
/// </summary>
public sealed class WorkerConfigTarget : FuzzTarget
{
    private const string Secret = "Wk-S3cr3t-pa55-Zq";

    private static readonly string[] ValueSeeds =
    [
        "127.0.0.1:5514", "0.0.0.0:514", "[::1]:6514", "off", "5514", "UTC", "Europe/Berlin", "+02:00", "2025", "true", "false",
        "100ms", "5s", "1m", "2h", "7d", "00:00:30", "5000", "0", "-1", "65536", "64MB", "262144", "esa1.example.net", "192.0.2.10",
        "/tmp/esatls-fuzz-missing", "esatls-state", "http://127.0.0.1:9200", "all", "none", "tls,cipher", "",
    ];

    private static readonly string[] Keys = BuildKeys();

    public override string Name => "worker-config";

    public override string Description => "worker configuration binding: usage errors naming the key, never a secret";

    public override int Cost => 25;

    public override void Run(Random random, FuzzInput input)
    {
        var sets = new List<string>();
        var count = random.Next(1, 8);
        for (var i = 0; i < count; i++)
        {
            var key = Keys[random.Next(Keys.Length)];
            // The secret goes where secrets belong: the password and API key settings and a cluster URL's user info.
            var value = key switch
            {
                "Sink:Password" or "Sink:ApiKey" => Secret,
                "Sink:Elasticsearch" or "Sink:OpenSearch" => Url(random),
                _ => Value(random),
            };
            if (random.Next(8) == 0)
            {
                key = Encoding.UTF8.GetString(Mutator.Mutate(random, Encoding.UTF8.GetBytes(key), Mutator.Dictionary));
            }
            sets.Add(key + "=" + value);
        }
        // A password is always configured: no message may show it.
        sets.Add("Sink:Password=" + Secret);
        input.Text = string.Join('\n', sets);
        try
        {
            var configuration = WorkerConfiguration.Build(null, sets, new Dictionary<string, string?>());
            var settings = WorkerSettingsReader.Read(configuration);
            FuzzCheckException.That(!settings.ToString().Contains(Secret, StringComparison.Ordinal), "the settings print a secret");
        }
        catch (UsageException e)
        {
            FuzzCheckException.That(e.Message.StartsWith("configuration: ", StringComparison.Ordinal) || e.Message.StartsWith("--set: ", StringComparison.Ordinal),
                $"usage error without the key: {e.Message}");
            FuzzCheckException.That(!e.Message.Contains(Secret, StringComparison.Ordinal), $"usage error shows the secret: {e.Message}");
        }
    }

    private static string Url(Random random) => random.Next(5) switch
    {
        0 => "https://elastic:" + Secret + "@es.example:9200",
        1 => "ftp://elastic:" + Secret + "@es.example/",
        2 => "http://elastic:" + Secret + "@" + Value(random),
        3 => "https://elastic:" + Secret + "@es.example:" + Value(random),
        _ => Value(random),
    };

    private static string Value(Random random)
    {
        var seed = Encoding.UTF8.GetBytes(ValueSeeds[random.Next(ValueSeeds.Length)]);
        return random.Next(3) == 0 ? Encoding.UTF8.GetString(Mutator.Mutate(random, seed, Mutator.Dictionary)) : Encoding.UTF8.GetString(seed);
    }

    private static string[] BuildKeys()
    {
        var keys = new List<string>();
        foreach (var key in WorkerSettingsReader.KnownKeys)
        {
            keys.Add(key.Replace("*", "0", StringComparison.Ordinal));
            if (key.Contains('*', StringComparison.Ordinal))
            {
                keys.Add(key.Replace("*", "1", StringComparison.Ordinal));
            }
        }
        return [.. keys];
    }
}
