using System.Reflection;
using EsaTls.Core.Stores.Search;
using EsaTls.Ingest.Commands;
using EsaTls.Query.Commands;
using EsaTls.Tests.Ingest;
using EsaTls.Tests.Query;
using Spectre.Console.Cli;

namespace EsaTls.Tests.Search;

/// <summary>The query tool reaches a cluster with the same options as ingest (README: "same options on the query tool").</summary>
public sealed class ClusterOptionTests : IDisposable
{
    private readonly DirectoryInfo state = Directory.CreateTempSubdirectory("esatls-options-");

    public void Dispose() => state.Delete(recursive: true);

    private static SortedSet<string> LongNames(Type settings) =>
        new(settings.GetProperties()
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is not null)
            .SelectMany(a => a!.LongNames), StringComparer.Ordinal);

    [Fact]
    public void Both_command_lines_take_the_same_backend_options()
    {
        var ingest = LongNames(typeof(SinkSettings));
        ingest.Remove("state-dir").Should().BeTrue("only the writer keeps local state");
        LongNames(typeof(BackendSettings)).Should().BeEquivalentTo(ingest);
    }

    [Fact]
    public async Task A_pinned_fingerprint_lets_both_tools_reach_a_cluster_with_a_private_ca()
    {
        using var ca = CertificateTests.MakeCa("esatls test CA");
        using var other = CertificateTests.MakeCa("someone else");
        using var server = CertificateTests.MakeServer(ca);
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.Elasticsearch, certificate: server);
        string[] https = ["--elasticsearch", $"https://127.0.0.1:{cluster.Url.Port}"];

        var ingest = await IngestCli.RunAsync(["files", IngestCli.Samples, "--timezone", "+05:30", "--year", "2025", .. https,
            "--ca-fingerprint", CertificateTests.Fingerprint(server), "--state-dir", state.FullName]);
        ingest.ExitCode.Should().Be(0, ingest.Error);
        cluster.DocumentCount().Should().Be(322);

        var pinned = await CliRunner.RunAsync(["coverage", "--by", "host", "--format", "csv", .. https, "--ca-fingerprint", CertificateTests.Fingerprint(server)]);
        pinned.ExitCode.Should().Be(0, pinned.Error);
        pinned.Lines.Should().HaveCountGreaterThan(1);

        var unverified = await CliRunner.RunAsync(["coverage", .. https]);
        unverified.ExitCode.Should().Be(1, "verification is on by default");
        var wrong = await CliRunner.RunAsync(["coverage", .. https, "--ca-fingerprint", CertificateTests.Fingerprint(other)]);
        wrong.ExitCode.Should().Be(1, wrong.Error);
        var both = await CliRunner.RunAsync(["coverage", .. https, "--ca-fingerprint", CertificateTests.Fingerprint(server), "--insecure"]);
        both.ExitCode.Should().Be(2);
        both.Error.Should().Contain("--insecure");
        var malformed = await CliRunner.RunAsync(["coverage", .. https, "--ca-fingerprint", "not-hex"]);
        malformed.ExitCode.Should().Be(2, malformed.Error);
        var withoutCluster = await CliRunner.RunAsync(["coverage", "--ca-fingerprint", CertificateTests.Fingerprint(server)]);
        withoutCluster.ExitCode.Should().Be(2);
        withoutCluster.Error.Should().Contain("apply only to");
    }

    [Fact]
    public async Task Queries_fail_over_between_the_nodes_given()
    {
        await using var cluster = await FakeCluster.StartAsync(SearchEngine.OpenSearch);
        var result = await CliRunner.RunAsync(["coverage", "--format", "csv", "--opensearch", $"http://127.0.0.1:1,{cluster.UrlText}"]);
        result.ExitCode.Should().Be(0, result.Error);
        var mixed = await CliRunner.RunAsync(["coverage", "--opensearch", $"https://127.0.0.1:1,{cluster.UrlText}"]);
        mixed.ExitCode.Should().Be(2, mixed.Error);
    }
}
