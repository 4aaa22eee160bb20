using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

public class HeaderLineTests
{
    public static TheoryData<string, MailEvent> Lines => new()
    {
        { "Mon Nov 10 09:16:46 2014 Info: Begin Logfile", new LogfileBegin() },
        { "Wed May  4 00:24:31 2005 Info: Version: 3.8.4-003 SN: 000F1F6ACFA6-2Y5SQ41", new ApplianceVersion("3.8.4-003", "000F1F6ACFA6-2Y5SQ41") },
        { "Mon Nov 10 09:16:46 2014 Info: Version: 7.6.3-019 SN: 420D4FEA709365BFB3E3-0AF2EE5E700E", new ApplianceVersion("7.6.3-019", "420D4FEA709365BFB3E3-0AF2EE5E700E") },
        { "Jul 16 10:46:46 2013 dummy_source_Domain2 mail_logs: Info: Version: 8.7.2-001 SN: 942B2B684C96-29WTPQ2", new ApplianceVersion("8.7.2-001", "942B2B684C96-29WTPQ2") },
        { "Info: Version: 7.6.1-022 SN: BUSDEV-002", new ApplianceVersion("7.6.1-022", "BUSDEV-002") },
        { "Info: Version: 14.0.0-657", new ApplianceVersion("14.0.0-657", null) },
        { "Info: version:  15.0.0-104   sn:  ABC ", new ApplianceVersion("15.0.0-104", "ABC") },
        { "Mon Nov 10 09:16:46 2014 Info: Time offset from UTC: -21600 seconds", new UtcOffsetHeader(-21600) },
        { "Info: Time offset from UTC: -28800 seconds", new UtcOffsetHeader(-28800) },
        { "Info: Time offset from UTC: 0 seconds", new UtcOffsetHeader(0) },
        { "Info: Time offset from UTC: 19800 seconds", new UtcOffsetHeader(19800) },
        { "Info: time OFFSET from utc: +3600 seconds", new UtcOffsetHeader(3600) },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Header_line_parses_to_its_event(string line, MailEvent expected) => TestLines.ShouldParseTo(line, expected);

    [Theory]
    [InlineData("Info: Begin Logfile now")]
    [InlineData("Info: Version:")]
    [InlineData("Info: Time offset from UTC: lots seconds")]
    [InlineData("Info: Time offset from UTC: 999999999 seconds")]
    [InlineData("Info: Time offset from UTC: 99999999999999999999 seconds")]
    [InlineData("Info: Time zone is odd")]
    public void Malformed_header_is_unknown_line(string line) =>
        TestLines.Parse(line).Should().Be(ParseResult.Unrecognised(UnrecognisedReason.UnknownLine));

    [Fact]
    public void End_logfile_is_informational() =>
        TestLines.Parse("Info: End Logfile").Should().Be(ParseResult.Informational);
}
