using EsaTls.Core.Contract;
using EsaTls.Core.Parsing;
using static EsaTls.Tests.Parsing.ConsolidatedFixtures;

namespace EsaTls.Tests.Parsing;

public class ConsolidatedLineTests
{
    private static ConsolidatedMessage Parsed(byte[] cef, bool mayBeCut = false)
    {
        var result = ConsolidatedEventParser.Parse(cef, mayBeCut: mayBeCut);
        result.Error.Should().Be(ConsolidatedLineError.None);
        return result.Event!;
    }

    private static DateTime Utc(int y, int mo, int d, int h, int mi, int s) => new(y, mo, d, h, mi, s, DateTimeKind.Utc);

    [Fact]
    public void Every_fixture_line_parses_whole()
    {
        Lines.Should().HaveCount(23);
        foreach (var line in Lines)
        {
            var e = Parsed(Cef(line));
            var mid = line[(line.IndexOf("ESAMID=", StringComparison.Ordinal) + 7)..].Split(' ')[0];
            e.Mid.Should().Be(long.Parse(mid, System.Globalization.CultureInfo.InvariantCulture), line);
            e.Partial.Should().BeFalse(line);
            e.Serial.Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public void A_14x_quarantined_line_with_dict_values_and_no_tls_keys()
    {
        Parsed(Cef(0)).Should().BeEquivalentTo(new ConsolidatedMessage
        {
            Mid = 1053,
            Icid = 134,
            Dcid = null,
            Serial = "42127C7DDEE76852677B-F80CE8074CD3",
            Product = "C100V Email Security Virtual Appliance",
            Version = "14.0.0-657",
            StartUtc = Utc(2021, 3, 18, 8, 4, 29),
            EndUtc = Utc(2021, 3, 18, 8, 4, 46),
            Direction = MailDirection.Inbound,
            MailFlowPolicy = "ACCEPT",
            SenderGroup = "UNKNOWNLIST",
            Sbrs = "None",
            SourceIp = "1.128.3.4",
            SourceHost = "unknown",
            From = "example.com",
            Recipients = ["example.com"],
            Subject = "Testing",
            MessageId = "<example.com>",
            Action = "QUARANTINED",
            ActionDetails = "To POLICY",
        });
    }

    [Fact]
    public void A_15x_line_uses_the_new_key_generation_and_the_rebranded_product()
    {
        Parsed(Cef(18)).Should().BeEquivalentTo(new ConsolidatedMessage
        {
            Mid = 17873886,
            Icid = 6274404,
            Dcid = 1980231,
            Serial = "4235AF15AF7E90350F1D-F01741F5D5BE",
            Product = "C100V Secure Email Gateway Virtual",
            Version = "15.0.1-030",
            StartUtc = Utc(2024, 2, 29, 13, 24, 27),
            EndUtc = Utc(2024, 2, 29, 13, 24, 30),
            Direction = MailDirection.Outbound,
            MailFlowPolicy = "RELAY",
            SenderGroup = "RELAY_O365",
            Sbrs = "not enabled",
            SourceIp = "216.160.83.56",
            SourceHost = "mail-db8eur05lp2105.outbound.protection.outlook.com",
            From = "lclient17@externos.client.test",
            Recipients = ["teresa.faria@goeyeweargroup.com"],
            Subject = "Presupuesto Go Eyewear",
            MessageId = "<AS8PR07MB7750BD7C13A560C44183D3158A5F2@AS8PR07MB7750.eurprd07.prod.outlook.com>",
            Action = "DELIVERED",
            TlsIn = new ConsolidatedTls(ConsolidatedTlsStatus.Success, "TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384"),
            TlsOut = new ConsolidatedTls(ConsolidatedTlsStatus.Success, "TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384"),
        });
    }

    [Fact]
    public void A_c390_line_with_only_inbound_tls_keys()
    {
        var e = Parsed(Cef(20));
        e.Product.Should().Be("C390 Email Security Appliance");
        e.Serial.Should().Be("D4E880A00938-FCH2311V06J");
        e.TlsIn.Should().Be(new ConsolidatedTls(ConsolidatedTlsStatus.Success, "TLSv1.2", "AES256-GCM-SHA384"));
        e.TlsOut.Should().BeNull();
        e.SourceIp.Should().Be("10.0.1.2");
        e.SourceHost.Should().Be("mailout12.example.com");
        e.Sbrs.Should().Be("3.4");
    }

    [Fact]
    public void Dane_keys_and_keys_after_a_dict_that_holds_equal_signs_are_read()
    {
        var e = Parsed(Cef(8));
        e.DaneStatus.Should().Be("success");
        e.DaneHost.Should().Be("testdomain.com");
        e.TlsOut!.Status.Should().Be(ConsolidatedTlsStatus.Success);
    }

    [Fact]
    public void Values_keep_their_blanks_and_quotes_of_both_kinds_are_removed()
    {
        Parsed(Cef(9)).Subject.Should().Be("Demande d'achat Econocom Products and Solutions,  ref: SSAY-MEDECIN3");
        Parsed(Cef(2)).Subject.Should().Be("[SUSPICIOUS MESSAGE] Everycloud Mailflow Monitor guid: 12312314123");
        Parsed(Cef(3)).Subject.Should().BeNull("msg='' is an empty subject");
        Parsed(Cef(3)).Direction.Should().Be(MailDirection.Unknown, "the line has no deviceDirection");
        Parsed(Cef(3)).Sbrs.Should().Be("-2.3");
    }

    [Fact]
    public void A_doubly_escaped_equal_sign_is_an_equal_sign()
    {
        // The same line's SPF dict shows the sender as westinghouse-thoreau=example.com@example.com.
        Parsed(Cef(13)).From.Should().Be("westinghouse-thoreau=example.com@example.com");
        Parsed(Cef(10)).MessageId.Should().Be("<CAKEaRS+qOfSncg8ppnitd=jqiqDs28MGVOLwYCdb3PZh7S-3Yw@mail.gmail.com>");
    }

    [Fact]
    public void Single_digit_days_are_space_padded_in_the_time_values()
    {
        Parsed(Cef(2)).StartUtc.Should().Be(Utc(2022, 11, 3, 14, 5, 43));
    }

    [Fact]
    public void Cef_escapes_in_header_and_values()
    {
        var e = Parsed(Line(@"ESAMID=7 msg='a \= b \\ c\nd' suser=x\=y@example.com", product: @"Odd \| product \\ name"));
        e.Product.Should().Be(@"Odd | product \ name");
        e.Subject.Should().Be("a = b \\ c\nd");
        e.From.Should().Be("x=y@example.com");
    }

    [Fact]
    public void Keys_inside_dicts_and_quotes_are_not_keys()
    {
        var e = Parsed(Line("ESAMID=7 ESASPFVerdict={'a': {'b': 'c act=BOUNCED'}, 'd x=1': 2} msg='subject with act=DQ inside' act=DELIVERED"));
        e.Action.Should().Be("DELIVERED");
        e.Subject.Should().Be("subject with act=DQ inside");
    }

    [Fact]
    public void Keys_in_any_order_with_runs_of_blanks()
    {
        var e = Parsed(Line("act=DELIVERED   ESATLSOutConnStatus=Failure  duser=a@x.example; b@y.example;   ESAMID=9  deviceDirection=1 "));
        e.Mid.Should().Be(9);
        e.Action.Should().Be("DELIVERED");
        e.TlsOut.Should().Be(new ConsolidatedTls(ConsolidatedTlsStatus.Failure, null, null));
        e.Recipients.Should().Equal("a@x.example", "b@y.example");
        e.Direction.Should().Be(MailDirection.Outbound);
    }

    [Fact]
    public void A_repeated_key_takes_its_last_value_and_unknown_keys_are_skipped()
    {
        var e = Parsed(Line("ESAMID=7 act=DQ ESANewKey15=x y=z act=DELIVERED"));
        e.Action.Should().Be("DELIVERED");
    }

    [Fact]
    public void Custom_slots_are_resolved_by_their_labels_not_their_numbers()
    {
        var e = Parsed(Line("ESAMID=7 cs2Label=ExternalMsgID cs2='<id@x>' cs4Label=SenderCountry cs4=France cfp3Label=SBRSScore cfp3=1.5 cfp1Label=Other cfp1=9"));
        e.MessageId.Should().Be("<id@x>");
        e.Sbrs.Should().Be("1.5");
        Parsed(Line("ESAMID=7 cs4='<id@x>'")).MessageId.Should().BeNull("an unlabelled slot means nothing");
    }

    [Fact]
    public void The_multi_word_key_does_not_leak_into_the_previous_value()
    {
        var e = Parsed(Line("ESAMID=7 ESASenderGroup=ACCEPTLIST Message Filters Verdict=NO_MATCH act=DELIVERED"));
        e.SenderGroup.Should().Be("ACCEPTLIST");
        e.Action.Should().Be("DELIVERED");
    }

    [Fact]
    public void Tls_status_words_other_than_success_and_failure_are_unrecognised()
    {
        Parsed(Line("ESAMID=7 ESATLSInConnStatus=Maybe ESATLSInProtocol=TLSv1.3")).TlsIn
            .Should().Be(new ConsolidatedTls(ConsolidatedTlsStatus.Unrecognised, "TLSv1.3", null));
        Parsed(Line("ESAMID=7 ESATLSOutCipher=AES")).TlsOut
            .Should().Be(new ConsolidatedTls(ConsolidatedTlsStatus.NotStated, null, "AES"));
    }

    [Theory]
    [InlineData("CEF:0|Cisco|x|1|ESA_CONSOLIDATED_LOG_EVENT|n", ConsolidatedLineError.Malformed)]
    [InlineData("CEF:0|Cisco|x|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|", ConsolidatedLineError.Malformed)]
    [InlineData("CEF:0|Cisco|x|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|   ", ConsolidatedLineError.Malformed)]
    [InlineData("Start MID 5 ICID 6", ConsolidatedLineError.Malformed)]
    [InlineData("CEF:0|Cisco|x|1|ESA_AUDIT_EVENT|n|5|ESAMID=5", ConsolidatedLineError.OtherEvent)]
    [InlineData("CEF:0|Cisco|x|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|ESAICID=5 act=DELIVERED", ConsolidatedLineError.NoMid)]
    [InlineData("CEF:0|Cisco|x|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|ESAMID=5x", ConsolidatedLineError.NoMid)]
    [InlineData("CEF:0|Cisco|x|1|ESA_CONSOLIDATED_LOG_EVENT|n|5|ESAMID=99999999999999999999", ConsolidatedLineError.NoMid)]
    public void Lines_that_give_no_event_say_why(string text, ConsolidatedLineError error)
    {
        var result = ConsolidatedEventParser.Parse(System.Text.Encoding.UTF8.GetBytes(text));
        result.Should().Be(new ConsolidatedParseResult(null, error));
    }

    [Fact]
    public void Times_that_are_not_ctime_are_left_out()
    {
        var e = Parsed(Line("ESAMID=7 start=yesterday end=Thu Feb 30 13:24:30 2024 startTime=Thu Feb 29 13:24:30"));
        e.StartUtc.Should().BeNull();
        e.EndUtc.Should().BeNull();
    }
}
