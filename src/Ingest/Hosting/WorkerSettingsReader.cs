using EsaTls.Core.Correlation;
using EsaTls.Ingest.Commands;
using Microsoft.Extensions.Configuration;

namespace EsaTls.Ingest.Hosting;

/// <summary>Reads and validates <see cref="WorkerSettings"/>; the first problem is thrown as a usage error naming its key.</summary>
public static class WorkerSettingsReader
{
    /// <summary>Every setting the worker reads (array indexes as <c>*</c>); docs/worker.md describes each.</summary>
    internal static readonly string[] KnownKeys =
    [
        "Sink:Store", "Sink:Elasticsearch", "Sink:OpenSearch", "Sink:ApiKey", "Sink:Username", "Sink:Password", "Sink:CaCert", "Sink:CaFingerprint", "Sink:Insecure",
        "Sink:StateDirectory",
        "State:Directory",
        "Files:*", "Files:*:Path", "Files:*:Appliance", "Files:*:TimeZone", "Files:*:Year",
        "Syslog:Udp", "Syslog:Tcp", "Syslog:Tls:Certificate", "Syslog:Tls:Key", "Syslog:MaxLineBytes", "Syslog:MaxConnections",
        "Syslog:TimeZone", "Syslog:Year", "Syslog:Sources:*:Address", "Syslog:Sources:*:Appliance", "Syslog:Sources:*:TimeZone",
        "Syslog:SpoolFileBytes", "Syslog:FsyncInterval", "Syslog:IdleTimeout",
        "Worker:PollInterval", "Worker:CommitInterval", "Worker:BatchDocuments", "Worker:BatchBytes", "Worker:FlushInterval",
        "Worker:FlushIdle", "Worker:StatsInterval", "Worker:SettleTime", "Worker:ForgetAfter", "Worker:MaxLineBytes", "Worker:ShutdownTimeout",
        "Correlation:Horizon", "Correlation:Grace", "Correlation:MaxOpenMessages", "Correlation:MaxOpenConnections",
        "Correlation:ConsolidatedTlsFields", "Correlation:ConsolidatedTlsFieldsFor:*", "Correlation:MergeWindow",
    ];

    /// <summary>Sections passed through to other components unchecked (log levels).</summary>
    internal static readonly string[] OpenSections = ["Logging"];

    public static WorkerSettings Read(IConfiguration configuration)
    {
        var r = new ConfigReader(configuration);
        r.RejectUnknownKeys(KnownKeys, OpenSections);
        var state = Path.GetFullPath(r.String("State:Directory") ?? "esatls-state");
        var settings = new WorkerSettings
        {
            Sink = ReadSink(r, state),
            StateDirectory = state,
            Files = ReadFiles(r),
            Syslog = ReadSyslog(r),
            Loop = ReadLoop(r),
            Correlator = ReadCorrelator(r),
        };
        Check(settings);
        return settings;
    }

    private static SinkSettings ReadSink(ConfigReader r, string stateDirectory)
    {
        var sink = new SinkSettings
        {
            Store = r.String("Sink:Store"),
            Elasticsearch = r.String("Sink:Elasticsearch"),
            OpenSearch = r.String("Sink:OpenSearch"),
            ApiKey = r.String("Sink:ApiKey"),
            Username = r.String("Sink:Username"),
            Password = r.String("Sink:Password"),
            CaCert = r.String("Sink:CaCert"),
            CaFingerprint = r.String("Sink:CaFingerprint"),
            // A cluster sink keeps its checkpoint and dead letters here, next to the spool.
            StateDir = Path.GetFullPath(r.String("Sink:StateDirectory") ?? Path.Combine(stateDirectory, "cluster")),
            Insecure = r.Bool("Sink:Insecure", false),
        };
        var targets = (sink.Store is null ? 0 : 1) + (sink.Elasticsearch is null ? 0 : 1) + (sink.OpenSearch is null ? 0 : 1);
        if (targets > 1)
        {
            throw ConfigReader.Error("Sink", "set one of Store, Elasticsearch, OpenSearch");
        }
        foreach (var (key, url) in new[] { ("Sink:Elasticsearch", sink.Elasticsearch), ("Sink:OpenSearch", sink.OpenSearch) })
        {
            if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                throw ConfigReader.Error(key, $"'{url}' is not an http(s) URL");
            }
        }
        if (sink.CaCert is not null && !File.Exists(sink.CaCert))
        {
            throw ConfigReader.Error("Sink:CaCert", $"'{sink.CaCert}' does not exist");
        }
        return sink;
    }

    private static List<FileInputSettings> ReadFiles(ConfigReader r)
    {
        var files = new List<FileInputSettings>();
        foreach (var item in r.Items("Files"))
        {
            // "Files:0": "/logs" is short for "Files:0:Path": "/logs".
            var path = r.String(item + ":Path") ?? r.String(item) ?? throw ConfigReader.Error(item + ":Path", "missing (the directory the appliance pushes its logs into)");
            files.Add(new FileInputSettings
            {
                Path = Path.GetFullPath(path),
                Appliance = r.String(item + ":Appliance"),
                Zone = r.Zone(item + ":TimeZone"),
                Year = r.Year(item + ":Year"),
            });
        }
        return files;
    }

    private static SyslogSettings ReadSyslog(ConfigReader r)
    {
        var defaults = new SyslogSettings();
        var sources = new List<SyslogSourceSettings>();
        foreach (var item in r.Items("Syslog:Sources"))
        {
            sources.Add(new SyslogSourceSettings
            {
                Address = r.Address(item + ":Address"),
                Appliance = r.String(item + ":Appliance"),
                Zone = r.Zone(item + ":TimeZone"),
            });
        }
        var settings = new SyslogSettings
        {
            Udp = r.Endpoint("Syslog:Udp", defaults.Udp),
            Tcp = r.Endpoint("Syslog:Tcp", defaults.Tcp),
            TlsCertificate = r.String("Syslog:Tls:Certificate"),
            TlsKey = r.String("Syslog:Tls:Key"),
            MaxLineBytes = r.Int("Syslog:MaxLineBytes", defaults.MaxLineBytes, 1024, 16 << 20),
            MaxConnections = r.Int("Syslog:MaxConnections", defaults.MaxConnections, 1, 100_000),
            Zone = r.Zone("Syslog:TimeZone"),
            Year = r.Year("Syslog:Year"),
            Sources = sources,
            SpoolFileBytes = r.Long("Syslog:SpoolFileBytes", defaults.SpoolFileBytes, 4096, 1L << 40),
            FsyncInterval = r.Duration("Syslog:FsyncInterval", defaults.FsyncInterval, TimeSpan.Zero, TimeSpan.FromMinutes(1)),
            IdleTimeout = r.Duration("Syslog:IdleTimeout", defaults.IdleTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7)),
        };
        if ((settings.TlsCertificate is null) != (settings.TlsKey is null))
        {
            throw ConfigReader.Error(settings.TlsCertificate is null ? "Syslog:Tls:Certificate" : "Syslog:Tls:Key", "TLS needs both Certificate and Key (PEM files)");
        }
        if (settings.TlsCertificate is not null)
        {
            if (settings.Tcp is null)
            {
                throw ConfigReader.Error("Syslog:Tls:Certificate", "TLS is for the TCP listener, but Syslog:Tcp is off");
            }
            foreach (var (key, file) in new[] { ("Syslog:Tls:Certificate", settings.TlsCertificate), ("Syslog:Tls:Key", settings.TlsKey!) })
            {
                if (!File.Exists(file))
                {
                    throw ConfigReader.Error(key, $"'{file}' does not exist");
                }
            }
        }
        var seen = new HashSet<System.Net.IPAddress>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (!seen.Add(sources[i].Address))
            {
                throw ConfigReader.Error($"Syslog:Sources:{i}:Address", $"{sources[i].Address} is listed twice");
            }
        }
        return settings;
    }

    private static LoopSettings ReadLoop(ConfigReader r)
    {
        var d = new LoopSettings();
        var second = TimeSpan.FromSeconds(1);
        var ms = TimeSpan.FromMilliseconds(1);
        return new LoopSettings
        {
            PollInterval = r.Duration("Worker:PollInterval", d.PollInterval, ms * 10, TimeSpan.FromMinutes(10)),
            CommitInterval = r.Duration("Worker:CommitInterval", d.CommitInterval, ms * 10, TimeSpan.FromHours(1)),
            BatchDocuments = r.Int("Worker:BatchDocuments", d.BatchDocuments, 1, 1_000_000),
            BatchBytes = r.Long("Worker:BatchBytes", d.BatchBytes, 1024, 1L << 40),
            FlushInterval = r.Duration("Worker:FlushInterval", d.FlushInterval, ms * 10, TimeSpan.FromDays(1)),
            FlushIdle = r.Duration("Worker:FlushIdle", d.FlushIdle, TimeSpan.Zero, TimeSpan.FromDays(30)),
            StatsInterval = r.Duration("Worker:StatsInterval", d.StatsInterval, second, TimeSpan.FromDays(1)),
            SettleTime = r.Duration("Worker:SettleTime", d.SettleTime, TimeSpan.Zero, TimeSpan.FromDays(1)),
            ForgetAfter = r.Duration("Worker:ForgetAfter", d.ForgetAfter, TimeSpan.FromMinutes(1), TimeSpan.FromDays(3650)),
            MaxLineBytes = r.Int("Worker:MaxLineBytes", d.MaxLineBytes, 1024, 64 << 20),
            ShutdownTimeout = r.Duration("Worker:ShutdownTimeout", d.ShutdownTimeout, second, TimeSpan.FromHours(1)),
        };
    }

    private static CorrelatorOptions ReadCorrelator(ConfigReader r)
    {
        var d = new CorrelatorOptions();
        return new CorrelatorOptions
        {
            Horizon = r.Duration("Correlation:Horizon", d.Horizon, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365)),
            Grace = r.Duration("Correlation:Grace", d.Grace, TimeSpan.Zero, TimeSpan.FromDays(1)),
            MaxOpenMessages = r.Int("Correlation:MaxOpenMessages", d.MaxOpenMessages, 1_000, int.MaxValue),
            MaxOpenConnections = r.Int("Correlation:MaxOpenConnections", d.MaxOpenConnections, 1_000, int.MaxValue),
            Consolidated = new ConsolidatedOptions
            {
                TlsFieldsSelected = r.Bool("Correlation:ConsolidatedTlsFields", false),
                TlsFieldsSelectedFor = r.List("Correlation:ConsolidatedTlsFieldsFor"),
                MergeWindow = r.Duration("Correlation:MergeWindow", d.Consolidated.MergeWindow, TimeSpan.Zero, TimeSpan.FromDays(1)),
            },
        };
    }

    private static void Check(WorkerSettings s)
    {
        if (s.Files.Count == 0 && !s.Syslog.Enabled)
        {
            throw ConfigReader.Error("Files", "nothing to ingest: give at least one directory (Files:0:Path) or a syslog listener (Syslog:Udp, Syslog:Tcp)");
        }
        for (var i = 0; i < s.Files.Count; i++)
        {
            var dir = s.Files[i].Path;
            if (File.Exists(dir))
            {
                throw ConfigReader.Error($"Files:{i}:Path", $"'{dir}' is a file; give the directory the appliance pushes its logs into");
            }
            if (IsInside(s.StateDirectory, dir) || IsInside(dir, s.StateDirectory))
            {
                throw ConfigReader.Error($"Files:{i}:Path", $"'{dir}' overlaps the state directory '{s.StateDirectory}' (State:Directory): the spool would be read as a log");
            }
            for (var j = 0; j < i; j++)
            {
                if (IsInside(s.Files[j].Path, dir) || IsInside(dir, s.Files[j].Path))
                {
                    throw ConfigReader.Error($"Files:{i}:Path", $"'{dir}' overlaps Files:{j}:Path '{s.Files[j].Path}'");
                }
            }
        }
    }

    private static bool IsInside(string parent, string child)
    {
        var p = Path.TrimEndingDirectorySeparator(parent) + Path.DirectorySeparatorChar;
        var c = Path.TrimEndingDirectorySeparator(child) + Path.DirectorySeparatorChar;
        return c.StartsWith(p, StringComparison.Ordinal);
    }
}
