using EsaTls.Core.Contract;
using EsaTls.Tests.Stores;

namespace EsaTls.Tests.Query;

/// <summary>Exit codes and messages for bad input, missing stores and unavailable backends.</summary>
public sealed class QueryCliUsageTests(CorpusStoreFixture store) : IClassFixture<CorpusStoreFixture>
{
    [Theory]
    [InlineData("--bogus", "bogus")]
    [InlineData("--limit x", "--limit")]
    [InlineData("--limit 0", "--limit")]
    [InlineData("--limit 5 --all", "--all")]
    [InlineData("--format xml", "--format")]
    [InlineData("--leg sideways", "--leg")]
    [InlineData("--direction north", "--direction")]
    [InlineData("--since yesterday", "--since")]
    [InlineData("--since 2024-13-01", "--since")]
    [InlineData("--until 5y", "--until")]
    [InlineData("--since 2024-03-02 --until 2024-03-01", "--since must be before --until")]
    [InlineData("--host", "host")]
    public async Task Bad_options_of_lacking_tls_exit_2_with_a_message(string args, string mentioned)
    {
        var result = await CliRunner.RunAsync(["lacking-tls", .. args.Split(' '), "--store", store.Path]);
        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().StartWith("esatls: ").And.Contain(mentioned);
        result.Out.Should().BeEmpty();
    }

    [Theory]
    [InlineData("messages --receive-status fine", "--receive-status")]
    [InlineData("messages --deliver-status success,bad", "'bad'")]
    [InlineData("messages --receive-status ,", "--receive-status")]
    [InlineData("coverage --by month", "--by")]
    [InlineData("coverage --fail-under 101", "--fail-under")]
    [InlineData("coverage --fail-under lots", "--fail-under")]
    [InlineData("failures --by colour", "--by")]
    [InlineData("show", "MID")]
    [InlineData("show abc", "MID")]
    [InlineData("show 12 --format csv", "--format")]
    [InlineData("frobnicate", "frobnicate")]
    public async Task Bad_arguments_of_other_commands_exit_2(string args, string mentioned)
    {
        var result = await CliRunner.RunAsync([.. args.Split(' '), "--store", store.Path]);
        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Contain(mentioned);
    }

    [Fact]
    public async Task No_command_shows_help_and_exits_2()
    {
        var result = await CliRunner.RunAsync([]);
        result.ExitCode.Should().Be(2);
        result.Out.Should().Contain("lacking-tls").And.Contain("coverage");
    }

    [Fact]
    public async Task A_missing_store_is_a_usage_error_that_names_the_path()
    {
        var path = Path.Combine(store.Directory, "nothing-here.db");
        var result = await CliRunner.RunAsync(["lacking-tls", "--store", path]);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(path).And.Contain("no esatls store");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_a_usage_error()
    {
        var path = Path.Combine(store.Directory, "mail.log");
        await File.WriteAllTextAsync(path, "Thu Mar  1 10:00:00 2024 Info: New SMTP ICID 1 interface Management\n");
        var result = await CliRunner.RunAsync(["coverage", "--store", path]);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("not an esatls store");
    }

    [Fact]
    public async Task Usage_errors_are_reported_before_the_store_is_opened()
    {
        var result = await CliRunner.RunAsync(["lacking-tls", "--leg", "bad", "--store", "/nonexistent/esatls.db"]);
        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--leg").And.NotContain("nonexistent");
    }

    [Theory]
    [InlineData("--elasticsearch")]
    [InlineData("--opensearch")]
    public async Task An_unreachable_cluster_is_a_failure_that_names_it(string option)
    {
        // Port 9 on loopback: nothing listens, the connection is refused at once.
        var result = await CliRunner.RunAsync(["lacking-tls", option, "http://127.0.0.1:9"]);
        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("127.0.0.1:9");
    }

    [Fact]
    public async Task A_cluster_url_that_is_not_http_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["lacking-tls", "--elasticsearch", "ftp://127.0.0.1/"]);
        result.ExitCode.Should().Be(2);
    }

    [Fact]
    public async Task Secrets_never_appear_in_output_or_errors()
    {
        const string Password = "hunter2-Secret";
        const string ApiKey = "QUJDREVGOmtleS1zZWNyZXQ=";
        var variables = new Dictionary<string, string> { ["ESATLS_PASSWORD"] = Password, ["ESATLS_API_KEY"] = ApiKey };
        var runs = new[]
        {
            new[] { "lacking-tls", "--elasticsearch", "https://user:" + Password + "@127.0.0.1:9", "--username", "u", "--password", Password },
            ["lacking-tls", "--opensearch", "https://127.0.0.1:9", "--api-key", ApiKey],
            ["lacking-tls", "--opensearch", "https://127.0.0.1:9", "--username", "admin"],
            ["lacking-tls", "--opensearch", "ftp://" + Password + "@127.0.0.1"],
            ["lacking-tls", "--store", store.Path, "--password", Password],
            ["lacking-tls", "--store", store.Path, "--api-key", ApiKey, "--bogus"],
            ["lacking-tls", "--store", store.Path, "--pasword=" + Password],
            ["lacking-tls", "--opensearch", "https://127.0.0.1:9", "--password", "--" + Password],
            ["lacking-tls", "--help"],
        };
        foreach (var args in runs)
        {
            var result = await CliRunner.RunAsync(args, variables);
            // 1: the options were valid and the cluster (nothing listens there) could not be reached.
            result.ExitCode.Should().BeOneOf(0, 1, 2);
            (result.Out + result.Error).Should().NotContain(Password).And.NotContain(ApiKey, string.Join(' ', args));
        }
    }

    [Theory]
    [InlineData("--elasticsearch", "ftp://127.0.0.1:9")]
    [InlineData("--elasticsearch", "http://127.0.0.1:9,https://127.0.0.1:10")]
    [InlineData("--opensearch", "https://127.0.0.1:9", "--api-key", "k", "--username", "u", "--password", "p")]
    [InlineData("--opensearch", "https://127.0.0.1:9", "--username", "u")]
    [InlineData("--elasticsearch", "https://127.0.0.1:9", "--password", "p")]
    [InlineData("--elasticsearch", "https://127.0.0.1:9", "--insecure", "--ca-fingerprint", "AB:CD")]
    [InlineData("--elasticsearch", "https://user:pw@127.0.0.1:9", "--api-key", "k")]
    [InlineData("--opensearch", "https://127.0.0.1:9", "--api-key", "k", "--password", "p")]
    public async Task A_bad_cluster_option_fails_with_the_same_message_on_both_command_lines(params string[] cluster)
    {
        var query = await CliRunner.RunAsync(["lacking-tls", .. cluster], new Dictionary<string, string>());
        var ingest = await Ingest.IngestCli.RunAsync(["files", Ingest.IngestCli.Scenario("tls-basics.log"), .. cluster]);
        query.ExitCode.Should().Be(2, query.Error);
        ingest.ExitCode.Should().Be(2, ingest.Error);
        query.Error.Should().StartWith("esatls: ");
        query.Error["esatls: ".Length..].Should().Be(ingest.Error["esatls-ingest: ".Length..]);
    }

    [Fact]
    public void No_credential_given_is_ignored_in_favour_of_another()
    {
        static ResolvedSearchOptionsProbe Resolve(string? apiKey, string? username, string? password, string url, Dictionary<string, string> environment)
        {
            try
            {
                var r = Core.Stores.Search.SearchConnection.Resolve(new Core.Stores.Search.SearchConnectionOptions
                {
                    Urls = [url],
                    ApiKey = apiKey,
                    Username = username,
                    Password = password,
                }, name => environment.GetValueOrDefault(name));
                return new(r.ApiKey, r.Username, r.Password, null);
            }
            catch (Core.Stores.Search.SearchConfigurationException e)
            {
                return new(null, null, null, e.Message);
            }
        }
        var envKey = new Dictionary<string, string> { ["ESATLS_API_KEY"] = "env-key" };
        Resolve(null, null, "p", "https://es:9200", envKey).Error.Should().Contain("a password was given without --username");
        Resolve(null, null, null, "https://es:9200", envKey).Should().Be(new ResolvedSearchOptionsProbe("env-key", null, null, null));
        Resolve("k", null, null, "https://u:pw@es:9200", []).Error.Should().Contain("not both");
        Resolve(null, null, "p", "https://es:9200", new() { ["ESATLS_USERNAME"] = "env-user" })
            .Should().Be(new ResolvedSearchOptionsProbe(null, "env-user", "p", null));
        Resolve(null, "admin", null, "https://u:url-pw@es:9200", new() { ["ESATLS_PASSWORD"] = "env-pw" })
            .Should().Be(new ResolvedSearchOptionsProbe(null, "admin", "url-pw", null));
    }

    private sealed record ResolvedSearchOptionsProbe(string? ApiKey, string? Username, string? Password, string? Error);

    [Fact]
    public async Task Credentials_without_a_cluster_and_contradicting_backends_are_usage_errors()
    {
        (await CliRunner.RunAsync(["coverage", "--store", store.Path, "--insecure"])).Error.Should().Contain("apply only to");
        (await CliRunner.RunAsync(["coverage", "--store", store.Path, "--elasticsearch", "https://127.0.0.1:9"])).Error.Should().Contain("choose one backend");
        var bothCredentials = await CliRunner.RunAsync(["coverage", "--elasticsearch", "https://127.0.0.1:9", "--api-key", "k", "--username", "u", "--password", "p"]);
        bothCredentials.ExitCode.Should().Be(2);
        bothCredentials.Error.Should().Contain("either");
        var caCert = await CliRunner.RunAsync(["coverage", "--elasticsearch", "https://127.0.0.1:9", "--ca-cert", "/no/such/ca.pem"]);
        caCert.Error.Should().Contain("--ca-cert");
    }

    [Fact]
    public async Task Table_cells_cannot_drive_the_terminal()
    {
        using var temp = new TempStore();
        var record = TestDocuments.Record(1, receive: ReceiveTlsStatus.Failed, receiveError: "bad\u001b[31m red\r\nsecond line", host: "esa\u0007");
        await temp.FillAsync([record]);
        foreach (var terminal in new[] { false, true })
        {
            var result = await CliRunner.RunAsync(["lacking-tls", "--store", temp.Path], terminal: terminal);
            result.ExitCode.Should().Be(0, result.Error);
            result.Out.Should().Contain("bad\\x1B[31m red\\x0D\\x0Asecond line").And.Contain("esa\\x07").And.NotContain("\u0007");
            var show = await CliRunner.RunAsync(["show", "1", "--store", temp.Path], terminal: terminal);
            show.Out.Should().Contain("\\x1B[31m").And.NotContain("\u001b[31m");
        }
        var csv = await CliRunner.RunAsync(["lacking-tls", "--store", temp.Path, "--format", "csv"]);
        csv.Out.Should().Contain("\"receive failed: bad\u001b[31m red\r\nsecond line\"", "csv keeps the data, quoted");
    }
}
