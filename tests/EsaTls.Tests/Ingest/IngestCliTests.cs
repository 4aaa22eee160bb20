using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Sqlite;

namespace EsaTls.Tests.Ingest;

public sealed class IngestCliTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("esatls-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string StorePath => Path.Combine(_dir.FullName, "store.db");

    [Fact]
    public async Task Files_writes_every_sample_message_and_summarises()
    {
        var run = await IngestCli.RunAsync("files", IngestCli.Samples, "--timezone", "+05:30", "--year", "2025", "--store", StorePath);
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("messages       322 written to SQLite store");
        run.Out.Should().Contain("lacked TLS   152");
        run.Out.Should().Contain("unknown      41");
        run.Out.Should().Contain("unrecognised 0");
        run.Error.Should().Contain("README.md").And.Contain("not a log");

        await using var backend = SqliteQueryBackend.Open(StorePath);
        var all = new List<EsaTls.Core.Stores.MessageRecord>();
        await foreach (var r in backend.SearchAsync(new MessageFilter(), null, CancellationToken.None))
        {
            all.Add(r);
        }
        all.Should().HaveCount(322);
        all.Count(r => r.Document.Esa.Tls.Lacked).Should().Be(152);
    }

    [Fact]
    public async Task Bulk_load_builds_the_same_store_as_a_load_that_keeps_its_indexes()
    {
        var bulk = Path.Combine(_dir.FullName, "bulk.db");
        var kept = Path.Combine(_dir.FullName, "kept.db");
        var first = await IngestCli.RunAsync("files", IngestCli.Samples, "--store", bulk, "--bulk-load", "always");
        first.ExitCode.Should().Be(0, first.Error);
        first.Out.Should().Contain("indexes        built after the load (bulk load)");
        var second = await IngestCli.RunAsync("files", IngestCli.Samples, "--store", kept, "--bulk-load", "never");
        second.ExitCode.Should().Be(0, second.Error);
        second.Out.Should().NotContain("indexes ");

        IngestCli.Documents(bulk).Should().Equal(IngestCli.Documents(kept));
        foreach (var by in new[] { CoverageBy.None, CoverageBy.Day, CoverageBy.Hour, CoverageBy.Host, CoverageBy.RecipientDomain })
        {
            (await Coverage(bulk, by)).Should().Equal(await Coverage(kept, by), $"coverage by {by}");
        }
    }

    [Fact]
    public async Task Auto_bulk_load_applies_to_a_new_store_but_not_to_a_rerun_that_reads_nothing()
    {
        var first = await IngestCli.RunAsync("files", IngestCli.Scenario("rollover"), "--store", StorePath);
        first.Out.Should().Contain("built after the load (bulk load)");
        var again = await IngestCli.RunAsync("files", IngestCli.Scenario("rollover"), "--store", StorePath);
        again.Out.Should().Contain("files          0 read, 3 skipped").And.NotContain("indexes ");
    }

    [Fact]
    public async Task A_run_on_a_store_whose_bulk_load_was_killed_builds_its_indexes_and_says_so()
    {
        var clean = Path.Combine(_dir.FullName, "clean.db");
        foreach (var store in new[] { StorePath, clean })
        {
            (await IngestCli.RunAsync("files", IngestCli.Scenario("rollover"), "--store", store)).ExitCode.Should().Be(0);
        }
        Stores.SqliteBulkLoadTests.InterruptLoad(StorePath);
        var run = await IngestCli.RunAsync("files", IngestCli.Scenario("tls-basics.log"), "--store", StorePath, "--bulk-load", "never");
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("indexes        rebuilt (an earlier bulk load had not finished)");
        (await IngestCli.RunAsync("files", IngestCli.Scenario("tls-basics.log"), "--store", clean, "--bulk-load", "never")).ExitCode.Should().Be(0);
        foreach (var by in new[] { CoverageBy.None, CoverageBy.Day, CoverageBy.Hour, CoverageBy.Host })
        {
            (await Coverage(StorePath, by)).Should().Equal(await Coverage(clean, by), $"coverage by {by}").And.NotBeEmpty();
        }
    }

    [Fact]
    public async Task Status_reads_a_store_whose_bulk_load_was_killed_without_writing_to_it()
    {
        (await IngestCli.RunAsync("files", IngestCli.Scenario("rollover"), "--store", StorePath)).ExitCode.Should().Be(0);
        Stores.SqliteBulkLoadTests.InterruptLoad(StorePath);
        var before = File.GetLastWriteTimeUtc(StorePath);
        var status = await IngestCli.RunAsync("status", "--set", $"Sink:Store={StorePath}", "--set", $"State:Directory={Path.Combine(_dir.FullName, "state")}",
            "--set", "Syslog:Udp=off", "--set", "Syslog:Tcp=off", "--set", $"Files:0:Path={IngestCli.Scenario("rollover")}");
        status.ExitCode.Should().Be(0, status.All);
        status.Out.Should().Contain($"SQLite store {StorePath}").And.NotContain("none yet");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={StorePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_autoindex%'";
        Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(1, "status neither builds indexes nor restores triggers");
        File.GetLastWriteTimeUtc(StorePath).Should().Be(before);
    }

    [Fact]
    public async Task A_second_worker_refuses_before_it_opens_the_store()
    {
        var state = Path.Combine(_dir.FullName, "state");
        using var held = EsaTls.Ingest.Hosting.StateLock.Acquire(state);
        var run = await IngestCli.RunAsync("run", "--set", $"Sink:Store={StorePath}", "--set", $"State:Directory={state}",
            "--set", "Syslog:Udp=off", "--set", "Syslog:Tcp=off", "--set", $"Files:0:Path={IngestCli.Scenario("rollover")}");
        run.ExitCode.Should().Be(2, run.All);
        run.Error.Should().Contain("in use by another worker");
        File.Exists(StorePath).Should().BeFalse("the store is not opened, let alone created");
    }

    [Fact]
    public async Task An_unknown_bulk_load_choice_is_a_usage_error()
    {
        var run = await IngestCli.RunAsync("files", IngestCli.Scenario("tls-basics.log"), "--store", StorePath, "--bulk-load", "sometimes");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--bulk-load: give auto, always or never");
        File.Exists(StorePath).Should().BeFalse();
    }

    private static async Task<List<string>> Coverage(string store, CoverageBy by)
    {
        await using var backend = SqliteQueryBackend.Open(store);
        var rows = await backend.CoverageAsync(new MessageFilter(), new CoverageQuery(by, Leg.Any), CancellationToken.None);
        return [.. rows.Select(r => $"{r.Group}|{r.Status}|{r.Count}")];
    }

    [Fact]
    public async Task Dry_run_writes_nothing()
    {
        var run = await IngestCli.RunAsync("files", IngestCli.Scenario("tls-basics.log"), "--dry-run", "--store", StorePath);
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("messages       5 written to nothing (dry run)").And.Contain("lacked TLS   4");
        File.Exists(StorePath).Should().BeFalse();
    }

    [Fact]
    public async Task A_second_run_resumes_and_skips_what_was_read()
    {
        (await IngestCli.RunAsync("files", IngestCli.Scenario("rollover"), "--store", StorePath)).ExitCode.Should().Be(0);
        var again = await IngestCli.RunAsync("files", IngestCli.Scenario("rollover"), "--store", StorePath);
        again.ExitCode.Should().Be(0);
        again.Out.Should().Contain("files          0 read, 3 skipped");
        var reingest = await IngestCli.RunAsync("files", IngestCli.Scenario("rollover"), "--store", StorePath, "--reingest");
        reingest.Out.Should().Contain("files          3 read").And.Contain("messages       3 written");
    }

    [Fact]
    public async Task Missing_inputs_are_reported_and_fail_the_run_but_the_rest_is_ingested()
    {
        var run = await IngestCli.RunAsync("files", IngestCli.Scenario("tls-basics.log"), Path.Combine(_dir.FullName, "nope.log"), "--store", StorePath);
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("nope.log");
        run.Out.Should().Contain("messages       5 written");
    }

    [Theory]
    [InlineData("files")]
    [InlineData("files", "x.log", "--timezone", "Mars/Olympus")]
    [InlineData("files", "x.log", "--year", "99")]
    [InlineData("files", "x.log", "--store", "a.db", "--elasticsearch", "http://127.0.0.1:9")]
    [InlineData("files", "x.log", "--no-such-option")]
    [InlineData("nonsense")]
    [InlineData("setup", "--kibana", "http://127.0.0.1:9", "--dashboards", "http://127.0.0.1:9")]
    public async Task Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var run = await IngestCli.RunAsync(args);
        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("esatls-ingest: ");
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_a_usage_error()
    {
        var notAStore = Path.Combine(_dir.FullName, "notes.txt");
        await File.WriteAllTextAsync(notAStore, "just some text\n");
        var run = await IngestCli.RunAsync("files", IngestCli.Scenario("tls-basics.log"), "--store", notAStore);
        run.ExitCode.Should().Be(2, run.Error);
        run.Error.Should().Contain("notes.txt");
        (await File.ReadAllTextAsync(notAStore)).Should().Be("just some text\n");
    }

    [Fact]
    public async Task An_unreachable_cluster_fails_the_run()
    {
        var run = await IngestCli.RunAsync("files", IngestCli.Scenario("tls-basics.log"), "--elasticsearch", "http://127.0.0.1:9");
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("127.0.0.1:9");
    }

    [Fact]
    public async Task Check_prints_unrecognised_lines_verbatim_and_the_summary_on_stderr()
    {
        var log = Path.Combine(_dir.FullName, "mixed.log");
        string[] lines =
        [
            "Sat Mar  1 04:00:02 2025 Info: Start MID 5001 ICID 1001",
            "Sat Mar  1 04:00:02 2025 Info: MID 5001 frobnicated the widget",
            "this line has no timestamp",
            "Sat Mar  1 04:00:03 2025 Info: MID 5001 antivirus negative",
        ];
        await File.WriteAllLinesAsync(log, lines);
        var run = await IngestCli.RunAsync("check", log, "--show-unrecognized");
        run.ExitCode.Should().Be(0);
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(lines[1], lines[2]);
        run.Error.Should().Contain("lines read     4").And.Contain("unrecognised 2").And.Contain("unknown_mid_line").And.Contain("no_timestamp");

        var plain = await IngestCli.RunAsync("check", log);
        plain.Out.Should().Contain("recognised   2 (1 used for verdicts, 1 informational)");
    }

    [Fact]
    public async Task Setup_creates_a_store()
    {
        var run = await IngestCli.RunAsync("setup", "--store", StorePath);
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("ready");
        File.Exists(StorePath).Should().BeTrue();
    }

    [Fact]
    public async Task Help_lists_the_commands_with_examples()
    {
        var run = await IngestCli.RunAsync("--help");
        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("files").And.Contain("check").And.Contain("setup");
        var files = await IngestCli.RunAsync("files", "--help");
        files.Out.Should().Contain("--dry-run").And.Contain("--timezone").And.Contain("EXAMPLES");
    }

    [Theory]
    [InlineData(false, "unknown      1")]
    [InlineData(true, "lacked TLS   1")]
    public async Task Consolidated_lines_without_tls_keys_are_unknown_unless_the_fields_are_declared_selected(bool declared, string expected)
    {
        var log = Path.Combine(_dir.FullName, "consolidated_event.@20250602T100000.s");
        await File.WriteAllTextAsync(log,
            "Mon Jun  2 10:00:06 2025 CEF:0|Cisco|C300V Secure Email Gateway Virtual|15.5.1-055|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|"
            + "deviceExternalId=4235AF15AF7E90350F1D-F01741F5D5BE ESAMID=8001 ESAICID=3001 ESADCID=4001 start=Mon Jun  2 10:00:02 2025 "
            + "deviceDirection=0 suser=alice@partner.example act=DELIVERED duser=bob@corp.example src=192.0.2.21\n");
        string[] args = declared ? ["files", log, "--dry-run", "--consolidated-tls-fields"] : ["files", log, "--dry-run"];
        var run = await IngestCli.RunAsync(args);
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("messages       1 written").And.Contain(expected);
    }
}
