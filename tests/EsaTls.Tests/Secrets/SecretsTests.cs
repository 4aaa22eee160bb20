using System.Text;
using EsaTls.Core.Stores.Search;
using EsaTls.Tests.Ingest;
using EsaTls.Tests.Query;
using EsaTls.Tests.Search;

namespace EsaTls.Tests.Secrets;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    /// <summary>Tests that set <c>ESATLS_*</c> variables of the process (read by esatls-ingest) run alone.</summary>
    public const string Name = "process environment";
}

/// <summary>
/// Credentials never show, in either command line: not in output, errors, help, summaries or state files, whether
/// given as options, <c>ESATLS_*</c> variables or URL user info, and also when a cluster echoes them back.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class SecretsTests : IDisposable
{
    private const string Password = "Pw-Secret-4711-zz";
    // Encoded as Elasticsearch hands it out: base64 of "id:key".
    private static readonly string ApiKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("VuaCfGcBCdbkQm-e5aOx:" + ApiKeyValue));
    private const string ApiKeyValue = "ui2lp2axTNmsyakw9tvNnw-secret";
    private const string UrlPassword = "Url-Secret-0815";

    private readonly string _dir = Directory.CreateTempSubdirectory("esatls-secrets-").FullName;
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "esa1.example.net", "mail_logs.@20250302T190000.s");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(SearchConnectionOptions.PasswordVariable, null);
        Environment.SetEnvironmentVariable(SearchConnectionOptions.UsernameVariable, null);
        Environment.SetEnvironmentVariable(SearchConnectionOptions.ApiKeyVariable, null);
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Every form a secret travels in: as given, URL-escaped, and inside Basic/ApiKey headers.</summary>
    private static string[] Forms() =>
    [
        Password, ApiKey, UrlPassword,
        Encoding.UTF8.GetString(Convert.FromBase64String(ApiKey)), ApiKeyValue,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(ApiKey)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:" + Password)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:" + UrlPassword)),
        Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + Password)),
    ];

    private static void ShowsNoSecret(string text, string because)
    {
        foreach (var form in Forms())
        {
            text.Should().NotContain(form, because);
        }
    }

    /// <summary>A cluster that refuses or fails requests and quotes the Authorization header (and the password) back.</summary>
    private static FakeReply? Echo(FakeRequest request, int status) =>
        request.Path == "/" && status == 401 || request.Path == "/_bulk" && status != 401
            ? FakeCluster.Error(status, "security_exception",
                $"unable to authenticate: Authorization: {request.Authorization} (decoded: {Decode(request.Authorization)}) body {request.Body[..Math.Min(200, request.Body.Length)]}")
            : null;

    /// <summary>The credentials of an Authorization header as a cluster might quote them back, decoded.</summary>
    internal static string Decode(string? header)
    {
        var space = header?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        try
        {
            return space > 0 ? Encoding.UTF8.GetString(Convert.FromBase64String(header![(space + 1)..])) : "";
        }
        catch (FormatException)
        {
            return header ?? "";
        }
    }

    public static TheoryData<string> CredentialForms() => ["options", "api-key option", "url", "environment", "environment api key"];

    private string[] Credentials(string form, FakeCluster cluster)
    {
        Environment.SetEnvironmentVariable(SearchConnectionOptions.PasswordVariable, null);
        Environment.SetEnvironmentVariable(SearchConnectionOptions.UsernameVariable, null);
        Environment.SetEnvironmentVariable(SearchConnectionOptions.ApiKeyVariable, null);
        var url = cluster.UrlText;
        switch (form)
        {
            case "options":
                return ["--elasticsearch", url, "--username", "elastic", "--password", Password];
            case "api-key option":
                return ["--elasticsearch", url, "--api-key", ApiKey];
            case "url":
                return ["--elasticsearch", url.Replace("http://", $"http://elastic:{UrlPassword}@", StringComparison.Ordinal)];
            case "environment":
                Environment.SetEnvironmentVariable(SearchConnectionOptions.UsernameVariable, "admin");
                Environment.SetEnvironmentVariable(SearchConnectionOptions.PasswordVariable, Password);
                return ["--elasticsearch", url];
            default:
                Environment.SetEnvironmentVariable(SearchConnectionOptions.ApiKeyVariable, ApiKey);
                return ["--elasticsearch", url];
        }
    }

    private static IReadOnlyDictionary<string, string> QueryVariables(string form) => form switch
    {
        "environment" => new Dictionary<string, string> { ["ESATLS_USERNAME"] = "admin", ["ESATLS_PASSWORD"] = Password },
        "environment api key" => new Dictionary<string, string> { ["ESATLS_API_KEY"] = ApiKey },
        _ => new Dictionary<string, string>(),
    };

    [Theory]
    [MemberData(nameof(CredentialForms))]
    public async Task Ingest_files_and_setup_never_show_credentials_even_when_the_cluster_echoes_them(string form)
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        var state = Path.Combine(_dir, "state");
        var credentials = Credentials(form, cluster);

        // Accepted: a full run; the summary names the cluster, and nothing written locally holds a secret.
        var ok = await IngestCli.RunAsync(["files", Sample, .. credentials, "--state-dir", state]);
        ok.ExitCode.Should().Be(0, ok.All);
        ok.Out.Should().Contain(cluster.UrlText);
        cluster.Requests.Should().Contain(r => r.Authorization != null, "the credentials were used");
        ShowsNoSecret(ok.All, form);
        foreach (var file in Directory.EnumerateFiles(state, "*", SearchOption.AllDirectories))
        {
            ShowsNoSecret(await File.ReadAllTextAsync(file), $"{form}: {file}");
        }

        // Refused or failing, with the server quoting the header back.
        foreach (var status in new[] { 401, 500, 400 })
        {
            cluster.Intercept = r => Echo(r, status);
            var refused = await IngestCli.RunAsync(["files", Sample, .. credentials, "--state-dir", state, "--reingest"]);
            refused.ExitCode.Should().NotBe(0, $"{form} {status}: {refused.All}");
            refused.Error.Should().NotBeEmpty();
            ShowsNoSecret(refused.All, $"{form} {status}");
            if (status != 401)
            {
                refused.Error.Should().Contain("Authorization: ").And.Contain("***", "the echo is shown, redacted");
            }
        }
        cluster.Intercept = r => Echo(r, 401);
        var setup = await IngestCli.RunAsync(["setup", .. credentials]);
        setup.ExitCode.Should().NotBe(0);
        ShowsNoSecret(setup.All, form + " setup");
    }

    [Theory]
    [MemberData(nameof(CredentialForms))]
    public async Task Query_never_shows_credentials_even_when_the_cluster_echoes_them(string form)
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch);
        var credentials = Credentials(form, cluster);
        var variables = QueryVariables(form);

        var ok = await CliRunner.RunAsync(["coverage", .. credentials], variables);
        ok.ExitCode.Should().Be(0, ok.Error);
        cluster.Requests.Should().Contain(r => r.Authorization != null);
        foreach (var status in new[] { 401, 403, 500 })
        {
            cluster.Intercept = r => r.Path == "/" || r.Path.Contains("_search", StringComparison.Ordinal) || r.Path.Contains("_pit", StringComparison.Ordinal)
                ? FakeCluster.Error(status, "security_exception", $"Authorization: {r.Authorization} (decoded: {Decode(r.Authorization)})")
                : null;
            foreach (var command in new[] { "coverage", "lacking-tls", "failures", "show" })
            {
                string[] args = command == "show" ? ["show", "12345", .. credentials] : [command, .. credentials];
                var result = await CliRunner.RunAsync(args, variables);
                result.ExitCode.Should().NotBe(0, $"{form} {status} {command}");
                ShowsNoSecret(result.Out + result.Error, $"{form} {status} {command}");
            }
        }
    }

    [Fact]
    public async Task Help_and_usage_errors_never_show_credentials()
    {
        Environment.SetEnvironmentVariable(SearchConnectionOptions.PasswordVariable, Password);
        Environment.SetEnvironmentVariable(SearchConnectionOptions.ApiKeyVariable, ApiKey);
        var variables = new Dictionary<string, string> { ["ESATLS_PASSWORD"] = Password, ["ESATLS_API_KEY"] = ApiKey };
        string[][] ingest =
        [
            ["--help"], ["files", "--help"], ["setup", "--help"], ["check", "--help"],
            ["files", Sample, "--pasword=" + Password],
            ["files", Sample, "--password", Password, "--bogus"],
            ["files", Sample, "--api-key", ApiKey, "--password", Password, "--username", "u", "--elasticsearch", "http://127.0.0.1:9"],
            ["files", Sample, "--elasticsearch", $"ftp://elastic:{UrlPassword}@127.0.0.1/"],
            ["files", Sample, "--elasticsearch", $"http://elastic:{UrlPassword}@127.0.0.1:9/"],
            ["files", Sample, "--opensearch", "http://127.0.0.1:9", "--api-key", ApiKey],
            ["files", Sample, "--store", Path.Combine(_dir, "s.db"), "--elasticsearch", $"http://e:{UrlPassword}@127.0.0.1:9"],
            ["setup", "--store", Path.Combine(_dir, "s.db"), "--kibana", $"http://elastic:{UrlPassword}@127.0.0.1:9"],
            ["setup", "--elasticsearch", $"http://elastic:{UrlPassword}@127.0.0.1:9", "--kibana", "http://127.0.0.1:9"],
        ];
        foreach (var args in ingest)
        {
            var result = await IngestCli.RunAsync(args);
            ShowsNoSecret(result.All, string.Join(' ', args));
        }
        string[][] query =
        [
            ["--help"], ["lacking-tls", "--help"], ["coverage", "--help"],
            ["coverage", "--elasticsearch", $"http://elastic:{UrlPassword}@127.0.0.1:9"],
            ["coverage", "--elasticsearch", $"ftp://elastic:{UrlPassword}@127.0.0.1"],
            ["coverage", "--opensearch", "http://127.0.0.1:9", "--api-key", ApiKey, "--bogus"],
        ];
        foreach (var args in query)
        {
            var result = await CliRunner.RunAsync(args, variables);
            ShowsNoSecret(result.Out + result.Error, string.Join(' ', args));
        }
    }
}
