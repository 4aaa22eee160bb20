using EsaTls.LogGen;
using EsaTls.LogGen.Options;

namespace EsaTls.Tests.LogGen;

public class OptionParserTests
{
    private static GeneratorOptions Parse(params string[] args)
    {
        OptionParser.TryParse(args, out var o, out var error).Should().BeTrue(error);
        return o!;
    }

    private static string Error(params string[] args)
    {
        OptionParser.TryParse(args, out _, out var error).Should().BeFalse();
        return error!;
    }

    [Theory]
    [InlineData("1GB", 1L << 30)]
    [InlineData("500MB", 500L << 20)]
    [InlineData("64KB", 64L << 10)]
    [InlineData("1.5M", 3L << 19)]
    [InlineData("4096", 4096L)]
    public void Sizes(string text, long bytes)
    {
        OptionParser.TrySize(text, out var parsed, out _).Should().BeTrue();
        parsed.Should().Be(bytes);
    }

    [Theory]
    [InlineData("1d", 86400)]
    [InlineData("1h30m", 5400)]
    [InlineData("90s", 90)]
    [InlineData("-3m", -180)]
    [InlineData("0", 0)]
    public void Durations(string text, double seconds)
    {
        OptionParser.TryDuration(text, out var d, out _).Should().BeTrue();
        d.TotalSeconds.Should().Be(seconds);
    }

    [Theory]
    [InlineData("-18000", -18000)]
    [InlineData("+05:30", 19800)]
    [InlineData("-04:00", -14400)]
    [InlineData("0", 0)]
    public void Offsets(string text, int seconds)
    {
        OptionParser.TryOffset(text, out var s, out _).Should().BeTrue();
        s.Should().Be(seconds);
    }

    [Fact]
    public void Defaults_are_a_small_native_day()
    {
        var o = Parse();
        o.Appliances.Should().Be(1);
        o.Messages.Should().Be(1000);
        o.SizeBytes.Should().BeNull();
        o.Framing.Should().Be(EsaTls.LogGen.Options.Framing.Native);
        o.Duration.Should().Be(TimeSpan.FromDays(1));
        o.TlsMix.Should().Be(new TlsMix(80, 5, 15));
    }

    [Fact]
    public void Lists_mixes_and_campaigns_are_parsed()
    {
        var o = Parse("--appliances", "3", "--utc-offset", "-18000,+01:00", "--warmup", "20m,0", "--tls-mix", "success=70,none=30",
            "--tls-versions", "TLSv1.3=1", "--start", "2025-03-03T00:00:00Z", "--campaign", "2@-3m/60/8m", "--size", "2GB");
        o.UtcOffsets.Should().Equal(-18000, 3600);
        o.Warmups.Should().Equal(TimeSpan.FromMinutes(20), TimeSpan.Zero);
        o.TlsMix.Should().Be(new TlsMix(70, 0, 30));
        o.TlsVersions.Should().Equal(("TLSv1.3", 1.0));
        o.Messages.Should().BeNull();
        o.SizeBytes.Should().Be(2L << 30);
        o.Campaigns.Should().Equal(new CampaignSpec(2, new DateTime(2025, 3, 2, 23, 57, 0, DateTimeKind.Utc), 60, TimeSpan.FromMinutes(8)));

        Parse("--campaign", "1@2025-03-01T09:00:00Z/10/1m/partner.example").Campaigns.Should()
            .Equal(new CampaignSpec(1, new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), 10, TimeSpan.FromMinutes(1), "partner.example"));
        Error("--campaign", "1@0/10/1m/x").Should().Contain("N@OFFSET/MESSAGES/DURATION[/DOMAIN]");
    }

    [Theory]
    [InlineData("--appliances 0", "--appliances '0'")]
    [InlineData("--tls-mix success=1,broken=2", "unknown key 'broken'")]
    [InlineData("--tls-mix success=0,failed=0,none=0", "must not all be zero")]
    [InlineData("--messages 5 --size 1GB", "exclude each other")]
    [InlineData("--framing ascii", "native, syslog or mixed")]
    [InlineData("--campaign 4@0/10/1m", "appliance 4 does not exist")]
    [InlineData("--reorder 2", "fraction")]
    [InlineData("--duration 0", "longer than zero")]
    [InlineData("--bogus 1", "unknown option '--bogus'")]
    [InlineData("--seed", "needs a value")]
    public void Errors_name_the_option_and_the_problem(string args, string expected)
    {
        Error(args.Split(' ')).Should().Contain(expected);
    }

    [Fact]
    public void Usage_errors_exit_2_and_help_exits_0()
    {
        Program.Main(["--appliances", "x"]).Should().Be(2);
        Program.Main(["--help"]).Should().Be(0);
    }
}
