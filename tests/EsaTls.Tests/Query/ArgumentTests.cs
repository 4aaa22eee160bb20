using EsaTls.Query.Backends;
using EsaTls.Query.Cli;
using EsaTls.Query.Output;

namespace EsaTls.Tests.Query;

public class ArgumentTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2024-03-01", "2024-03-01T00:00:00")]
    [InlineData("2024-03-01T10:05", "2024-03-01T10:05:00")]
    [InlineData("2024-03-01 10:05:30", "2024-03-01T10:05:30")]
    [InlineData("2024-03-01T10:05:30.250", "2024-03-01T10:05:30.250")]
    [InlineData("2024-03-01T10:05:30Z", "2024-03-01T10:05:30")]
    [InlineData("2024-03-01T10:05:30+02:00", "2024-03-01T08:05:30")]
    [InlineData("2024-03-01T00:30-05:00", "2024-03-01T05:30:00")]
    [InlineData("30m", "2024-03-10T11:30:00")]
    [InlineData("24h", "2024-03-09T12:00:00")]
    [InlineData("7d", "2024-03-03T12:00:00")]
    [InlineData("2w", "2024-02-25T12:00:00")]
    [InlineData("90s", "2024-03-10T11:58:30")]
    public void Times_are_utc_unless_an_offset_is_given(string text, string expectedUtc)
    {
        var parsed = TimeArgument.Parse("--since", text, Now);
        parsed.Kind.Should().Be(DateTimeKind.Utc);
        parsed.Should().Be(DateTime.SpecifyKind(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("03/01/2024")]
    [InlineData("2024-3-1")]
    [InlineData("2024-02-30")]
    [InlineData("-5d")]
    [InlineData("5y")]
    [InlineData("d")]
    [InlineData("99999999999999d")]
    public void Bad_times_are_usage_errors_naming_the_option(string text) =>
        FluentActions.Invoking(() => TimeArgument.Parse("--until", text, Now))
            .Should().Throw<UsageException>().WithMessage("--until*");

    [Fact]
    public void Statuses_are_validated_deduplicated_and_case_insensitive()
    {
        Arguments.Statuses("--receive-status", "Failed, none,failed", ["success", "failed", "none"]).Should().Equal("failed", "none");
        Arguments.Statuses("--receive-status", null, ["success"]).Should().BeNull();
        FluentActions.Invoking(() => Arguments.Statuses("--deliver-status", "success,partly", ["success", "partial"]))
            .Should().Throw<UsageException>().WithMessage("*'partly'*success, partial*");
    }

    [Fact]
    public void Limit_defaults_to_50_and_all_means_no_limit()
    {
        Arguments.Limit(null, all: false).Should().Be(50);
        Arguments.Limit("7", all: false).Should().Be(7);
        Arguments.Limit(null, all: true).Should().BeNull();
        FluentActions.Invoking(() => Arguments.Limit("-1", all: false)).Should().Throw<UsageException>();
        Arguments.Percent("--fail-under", "95.5%").Should().Be(95.5);
    }

    [Fact]
    public void Csv_quotes_only_what_needs_quoting()
    {
        using var writer = new StringWriter();
        Csv.WriteRow(writer, ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", null, "", " spaced "]);
        writer.ToString().Should().Be("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,, spaced \r\n");
    }

    [Fact]
    public void Backend_options_never_show_secrets()
    {
        var environment = new CliEnvironment
        {
            GetVariable = name => name == BackendOptions.PasswordVariable ? "from-env-secret" : null,
            Now = () => Now,
        };
        // As for esatls-ingest: the URL's password is an option, and options win over the environment.
        var options = BackendOptions.From(null, "https://admin:url-secret@es.example:9200/", null, null, "admin", null, null, null, false, environment);
        options.Password.Should().Be("url-secret");
        BackendOptions.From(null, "https://es.example:9200/", null, null, "admin", null, null, null, false, environment).Password.Should().Be("from-env-secret");
        options.ToString().Should().NotContain("secret").And.Contain("es.example").And.Contain("password=***");
        options.Target.Should().NotContain("url-secret");
        var withKey = BackendOptions.From(null, null, "https://os.example", "key-secret", null, null, null, null, true, environment with { GetVariable = _ => null });
        withKey.ToString().Should().NotContain("key-secret").And.Contain("api-key=***");
        BackendOptions.From(null, null, null, null, null, null, null, null, false, environment).StorePath.Should().Be("./esatls.db");
    }

    [Fact]
    public void Why_explains_the_legs_in_question()
    {
        var partial = Stores.TestDocuments.Record(1, deliver: Core.Contract.DeliverTlsStatus.Partial, deliveries:
        [
            Stores.TestDocuments.Delivery(1, Core.Contract.LegTlsStatus.Success),
            Stores.TestDocuments.Delivery(2, Core.Contract.LegTlsStatus.None),
            Stores.TestDocuments.Delivery(3, Core.Contract.LegTlsStatus.None, outcome: Core.Contract.DeliveryOutcome.Bounced),
        ]);
        MessageRow.Why(partial.Document).Should().Be("deliver partial (1/2 legs in clear)");
        MessageRow.Why(Stores.TestDocuments.Record(2, receive: Core.Contract.ReceiveTlsStatus.None).Document).Should().Be("receive none");
        MessageRow.Why(Stores.TestDocuments.Record(3, receive: Core.Contract.ReceiveTlsStatus.Unknown).Document).Should().Be("receive unknown");
        MessageRow.Why(Stores.TestDocuments.Record(4).Document).Should().BeNull();
    }
}
