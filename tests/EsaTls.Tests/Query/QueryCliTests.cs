using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;
using EsaTls.Tests.Stores;
using Microsoft.Data.Sqlite;

namespace EsaTls.Tests.Query;

/// <summary>A store holding <see cref="QueryCorpus"/>, shared (read-only) by the CLI tests.</summary>
public sealed class CorpusStoreFixture : IAsyncLifetime, IDisposable
{
    private readonly TempStore _temp = new();

    public string Path => _temp.Path;

    public string Directory => _temp.Directory;

    public IReadOnlyList<MessageRecord> Corpus { get; } = QueryCorpus.Build();

    public ReferenceQueryBackend Reference => new(Corpus);

    public Task InitializeAsync() => _temp.FillAsync(Corpus, commitSize: 64);

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The <c>doc</c> column of each id, as stored.</summary>
    public Dictionary<string, string> StoredJson()
    {
        using var connection = new SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, doc FROM messages";
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, string>();
        while (reader.Read())
        {
            result[reader.GetString(0)] = reader.GetString(1);
        }
        return result;
    }
}

public sealed class QueryCliTests(CorpusStoreFixture store) : IClassFixture<CorpusStoreFixture>
{
    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--store", store.Path]);

    private async Task<List<MessageRecord>> Expected(MessageFilter filter, int? limit) =>
        await store.Reference.SearchAsync(filter, limit, CancellationToken.None).ToListAsync();

    private static List<List<string>> ParseCsv(string text)
    {
        // A small RFC 4180 reader, so that the tests check the quoting rather than trust it.
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                c.Should().NotBe('\n', "records end with CRLF and bare LF only appears quoted");
                field.Append(c);
            }
        }
        rows.Should().NotBeEmpty();
        (row.Count == 0 && field.Length == 0).Should().BeTrue("the last record ends with CRLF");
        return rows;
    }

    [Fact]
    public async Task Lacking_tls_lists_the_newest_fifty_as_a_plain_table_by_default()
    {
        var result = await Run("lacking-tls");
        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var expected = await Expected(new MessageFilter { Lacking = Leg.Any }, 50);
        var lines = result.Lines;
        lines[0].Should().StartWith("time").And.Contain("why");
        lines.Should().HaveCount(51);
        lines[1].Should().Contain(expected[0].Document.Observer.Hostname).And.Contain(expected[0].Document.Esa.Mid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        lines.Should().NotContain(l => l.Contains('\u001b'), "no colours when stdout is not a terminal");
    }

    [Fact]
    public async Task Ndjson_prints_the_stored_documents_byte_for_byte()
    {
        var result = await Run("lacking-tls", "--all", "--include-unknown", "--format", "ndjson");
        result.ExitCode.Should().Be(0, result.Error);
        var expected = await Expected(new MessageFilter { Lacking = Leg.Any, IncludeUnknown = true }, null);
        var stored = store.StoredJson();
        result.Out.Should().EndWith("\n");
        var lines = result.Out.Split('\n')[..^1];
        lines.Should().Equal(expected.Select(r => stored[r.Id]));
        lines.Should().Equal(expected.Select(r => DocumentJson.Serialize(r.Document)));
    }

    [Fact]
    public async Task Json_prints_an_array_of_the_same_documents()
    {
        var result = await Run("messages", "--limit", "7", "--format", "json", "--direction", "outbound");
        result.ExitCode.Should().Be(0, result.Error);
        var expected = await Expected(new MessageFilter { Direction = MailDirection.Outbound }, 7);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetArrayLength().Should().Be(7);
        json.RootElement.EnumerateArray().Select(e => e.GetRawText())
            .Should().Equal(expected.Select(r => DocumentJson.Serialize(r.Document)));
        (await Run("messages", "--host", "nowhere", "--format", "json")).Out.Should().Be("[]\n");
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_per_rfc_4180()
    {
        var result = await Run("messages", "--all", "--format", "csv", "--host", QueryCorpus.Hosts[4]);
        result.ExitCode.Should().Be(0, result.Error);
        var rows = ParseCsv(result.Out);
        rows[0].Should().Equal("time", "host", "mid", "from", "to", "direction", "receive", "deliver", "verdict", "source_ip", "why");
        var expected = await Expected(new MessageFilter { Host = QueryCorpus.Hosts[4] }, null);
        rows.Should().HaveCount(expected.Count + 1);
        rows.Skip(1).Should().OnlyContain(r => r.Count == 11 && r[1] == QueryCorpus.Hosts[4]);
        result.Out.Should().Contain("\"esä-4 \"\"quoted\"\"\"");
        rows.Skip(1).Select(r => r[2]).Should().Equal(expected.Select(r => r.Document.Esa.Mid.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Messages_filters_by_statuses_and_domains_like_the_reference()
    {
        var result = await Run("messages", "--all", "--format", "ndjson", "--receive-status", "failed, NONE",
            "--deliver-status", "success,not_delivered", "--sender-domain", "EXAMPLE.com");
        result.ExitCode.Should().Be(0, result.Error);
        var expected = await Expected(new MessageFilter
        {
            ReceiveStatuses = ["failed", "none"],
            DeliverStatuses = ["success", "not_delivered"],
            SenderDomain = "example.com",
        }, null);
        expected.Should().NotBeEmpty();
        result.Lines.Should().Equal(expected.Select(r => DocumentJson.Serialize(r.Document)));
    }

    [Fact]
    public async Task Since_and_until_accept_iso_times_offsets_and_durations_before_now()
    {
        var absolute = await Run("messages", "--all", "--format", "ndjson", "--since", "2024-03-02", "--until", "2024-03-02T14:30:00+02:00");
        absolute.ExitCode.Should().Be(0, absolute.Error);
        var expected = await Expected(new MessageFilter
        {
            Since = new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc),
            Until = new DateTime(2024, 3, 2, 12, 30, 0, DateTimeKind.Utc),
        }, null);
        expected.Should().NotBeEmpty();
        absolute.Lines.Should().Equal(expected.Select(r => DocumentJson.Serialize(r.Document)));

        var relative = await Run("lacking-tls", "--all", "--format", "ndjson", "--since", "8d", "--until", "150h");
        relative.ExitCode.Should().Be(0, relative.Error);
        var now = CliRunner.Now.UtcDateTime;
        var expectedRelative = await Expected(new MessageFilter { Lacking = Leg.Any, Since = now.AddDays(-8), Until = now.AddHours(-150) }, null);
        expectedRelative.Should().NotBeEmpty();
        relative.Lines.Should().Equal(expectedRelative.Select(r => DocumentJson.Serialize(r.Document)));
    }

    [Fact]
    public async Task Lacking_tls_per_leg_with_unknown_matches_the_reference()
    {
        foreach (var (leg, name) in new[] { (Leg.Receive, "receive"), (Leg.Deliver, "deliver"), (Leg.Any, "any") })
        {
            var result = await Run("lacking-tls", "--leg", name, "--include-unknown", "--limit", "20", "--format", "ndjson");
            result.ExitCode.Should().Be(0, result.Error);
            var expected = await Expected(new MessageFilter { Lacking = leg, IncludeUnknown = true }, 20);
            result.Lines.Should().Equal(expected.Select(r => DocumentJson.Serialize(r.Document)), name);
        }
    }

    [Theory]
    [InlineData("host", CoverageBy.Host)]
    [InlineData("sender-domain", CoverageBy.SenderDomain)]
    [InlineData("day", CoverageBy.Day)]
    [InlineData("hour", CoverageBy.Hour)]
    [InlineData("tls-version", CoverageBy.TlsVersion)]
    public async Task Coverage_csv_has_a_row_per_group_and_a_total(string by, CoverageBy coverageBy)
    {
        var result = await Run("coverage", "--by", by, "--leg", "deliver", "--format", "csv");
        result.ExitCode.Should().Be(0, result.Error);
        var rows = ParseCsv(result.Out);
        var query = new CoverageQuery(coverageBy, Leg.Deliver);
        var statuses = QuerySemantics.CoverageStatuses(query);
        rows[0].Should().Equal([rows[0][0], .. statuses, "total", "tls_pct"]);
        var counts = await store.Reference.CoverageAsync(new MessageFilter(), query, CancellationToken.None);
        var groups = counts.Select(c => c.Group).Distinct().ToList();
        rows.Skip(1).SkipLast(1).Select(r => r[0]).Should().Equal(groups);
        foreach (var row in rows.Skip(1).SkipLast(1))
        {
            for (var i = 0; i < statuses.Count; i++)
            {
                long.Parse(row[i + 1], System.Globalization.CultureInfo.InvariantCulture)
                    .Should().Be(counts.Where(c => c.Group == row[0] && c.Status == statuses[i]).Sum(c => c.Count), $"{row[0]} {statuses[i]}");
            }
        }
        var total = rows[^1];
        total[0].Should().Be("TOTAL");
        long.Parse(total[^2], System.Globalization.CultureInfo.InvariantCulture).Should().Be(counts.Sum(c => c.Count));
        var success = counts.Where(c => c.Status == "success").Sum(c => c.Count);
        var known = counts.Where(c => c.Status is "success" or "partial" or "failed" or "none").Sum(c => c.Count);
        double.Parse(total[^1], System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(100.0 * success / known, 0.0501);
        total[^1].Should().MatchRegex(@"^\d+\.\d$");
    }

    [Fact]
    public async Task Coverage_by_recipient_domain_totals_each_message_once()
    {
        var result = await Run("coverage", "--by", "recipient-domain", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        var total = rows[^1];
        total.GetProperty("recipient_domain").ValueKind.Should().Be(JsonValueKind.Null);
        total.GetProperty("total").GetInt64().Should().Be(store.Corpus.Select(r => r.Id).Distinct().Count());
        rows.SkipLast(1).Sum(r => r.GetProperty("total").GetInt64()).Should().BeGreaterThan(total.GetProperty("total").GetInt64());
        rows.Should().Contain(r => r.GetProperty("recipient_domain").GetString() == "example.com");
    }

    [Fact]
    public async Task Coverage_without_by_is_one_total_row_and_ndjson_is_one_object_per_line()
    {
        var table = await Run("coverage", "--leg", "receive");
        table.ExitCode.Should().Be(0, table.Error);
        table.Lines.Should().HaveCount(2);
        table.Lines[0].Should().MatchRegex("^scope +success +failed +none +unknown +not_applicable +total +tls_pct$");
        table.Lines[1].Should().StartWith("TOTAL");
        var ndjson = await Run("coverage", "--by", "host", "--format", "ndjson");
        ndjson.Lines.Should().HaveCount(QueryCorpus.Hosts.Length + 1);
        ndjson.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("tls_pct").ValueKind).Should().OnlyContain(k => k == JsonValueKind.Number);
    }

    [Fact]
    public async Task Fail_under_exits_3_and_names_what_is_below_the_bar()
    {
        var pass = await Run("coverage", "--by", "host", "--fail-under", "0");
        pass.ExitCode.Should().Be(0, pass.Error);
        pass.Error.Should().BeEmpty();

        var fail = await Run("coverage", "--by", "host", "--fail-under", "99.5");
        fail.ExitCode.Should().Be(3);
        fail.Out.Should().Contain("TOTAL", "the report is still printed");
        fail.Error.Should().Contain("below 99.5%").And.Contain("TOTAL").And.Contain("host esa1");

        var counts = await store.Reference.CoverageAsync(new MessageFilter(), new CoverageQuery(CoverageBy.Host, Leg.Any), CancellationToken.None);
        var lowest = counts.GroupBy(c => c.Group)
            .Min(g => QuerySemantics.TlsPercent(g.Select(c => KeyValuePair.Create(c.Status, c.Count)))!.Value);
        (await Run("coverage", "--by", "host", "--fail-under", lowest.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Error.Should().NotContain($"{lowest:0.0}%", "a group exactly at the bar passes");
    }

    [Fact]
    public async Task Fail_under_ignores_groups_without_a_known_denominator()
    {
        // Hours with only not_delivered deliveries have no tls_pct; they cannot fail the bar.
        var result = await Run("coverage", "--by", "day", "--leg", "deliver", "--format", "csv", "--fail-under", "1");
        var rows = ParseCsv(result.Out);
        rows.Select(r => r.Last()).Should().Contain("", "the corpus has a day with nothing delivered");
        result.Error.Should().NotContain("2024-03-04");
    }

    [Fact]
    public async Task Show_prints_a_timeline_per_appliance_sharing_the_mid()
    {
        var shared = store.Corpus[40].Document;
        var mid = shared.Esa.Mid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var both = await CliRunner.RunAsync(["show", mid, "--store", store.Path]);
        both.ExitCode.Should().Be(0, both.Error);
        both.Out.Split('\n').Count(l => l.Contains($"MID {mid}")).Should().Be(2);
        both.Out.Should().Contain("receive TLS:").And.Contain("verdict:").And.Contain("delivery DCID");

        var one = await CliRunner.RunAsync(["show", mid, "--host", shared.Observer.Hostname, "--store", store.Path]);
        one.Out.Split('\n').Count(l => l.Contains($"MID {mid}")).Should().Be(1);
        one.Out.Should().StartWith(shared.Observer.Hostname);

        var ndjson = await CliRunner.RunAsync(["show", mid, "--format", "ndjson", "--store", store.Path]);
        ndjson.Lines.Should().HaveCount(2).And.Contain(DocumentJson.Serialize(shared));

        var missing = await CliRunner.RunAsync(["show", "424242", "--store", store.Path]);
        missing.ExitCode.Should().Be(1);
        missing.Error.Should().Contain("no message with MID 424242");
    }

    [Theory]
    [InlineData("reason", FailureBy.Reason)]
    [InlineData("peer", FailureBy.Peer)]
    [InlineData("domain", FailureBy.Domain)]
    public async Task Failures_count_like_the_reference(string by, FailureBy failureBy)
    {
        var result = await Run("failures", "--by", by, "--format", "csv", "--since", "2024-03-02");
        result.ExitCode.Should().Be(0, result.Error);
        var rows = ParseCsv(result.Out);
        rows[0].Should().Equal("leg", by, "count");
        var expected = await store.Reference.FailuresAsync(new MessageFilter { Since = new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc) }, failureBy, CancellationToken.None);
        rows.Skip(1).Select(r => (r[0], r[1], long.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)))
            .Should().Equal(expected.Select(f => (f.Leg, f.Key, f.Count)));
        var table = await Run("failures", "--by", by, "--since", "2024-03-02");
        table.Lines[0].Should().MatchRegex($"^leg +{by} +count$");
        table.Lines.Should().HaveCount(expected.Count + 1);
    }

    [Fact]
    public async Task On_a_terminal_tables_are_drawn_with_spectre()
    {
        var result = await CliRunner.RunAsync(["coverage", "--by", "host", "--store", store.Path], terminal: true);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("│").And.Contain("TOTAL").And.Contain("esa1");
        var list = await CliRunner.RunAsync(["lacking-tls", "--limit", "3", "--store", store.Path], terminal: true);
        list.Out.Should().Contain("│");
        list.Error.Should().Contain("--all", "a full page on a terminal says how to see more");
    }

    [Theory]
    [InlineData("lacking-tls")]
    [InlineData("messages")]
    [InlineData("coverage")]
    [InlineData("show")]
    [InlineData("failures")]
    public async Task Every_command_has_help_with_examples(string command)
    {
        var result = await CliRunner.RunAsync([command, "--help"]);
        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("EXAMPLES").And.Contain($"esatls {command}").And.Contain("--store");
    }
}
