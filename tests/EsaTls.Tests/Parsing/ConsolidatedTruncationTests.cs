using System.Text;
using CsCheck;
using EsaTls.Core.Contract;
using EsaTls.Core.Correlation;
using EsaTls.Core.Parsing;
using static EsaTls.Tests.Parsing.ConsolidatedFixtures;

namespace EsaTls.Tests.Parsing;

/// <summary>Relays cut long consolidated lines (near 969 bytes): what is left must parse, and must never say more than the whole line.</summary>
public class ConsolidatedTruncationTests
{
    private static LegTlsStatus Leg(ConsolidatedTls? tls, bool partial) =>
        TlsVerdict.ConsolidatedLeg(tls, streamCarriesTlsKeys: true, lineMayBeCut: partial);

    /// <summary>Whatever a cut line states is what the whole line states (ids, values, TLS legs) or nothing.</summary>
    private static void AssertNothingInvented(ConsolidatedMessage whole, ConsolidatedMessage cut)
    {
        void Same<T>(T? part, T? full, string what)
        {
            if (part is not null && !Equals(part, full))
            {
                throw new InvalidOperationException($"{what}: cut line says '{part}', whole line '{full}'");
            }
        }
        if (cut.Mid != whole.Mid)
        {
            throw new InvalidOperationException($"MID {cut.Mid} instead of {whole.Mid}");
        }
        if (!cut.Partial)
        {
            throw new InvalidOperationException("a line the source may have cut is not marked partial");
        }
        Same(cut.Icid, whole.Icid, "ICID");
        Same(cut.Dcid, whole.Dcid, "DCID");
        Same(cut.Serial, whole.Serial, "serial");
        Same(cut.StartUtc, whole.StartUtc, "start");
        Same(cut.EndUtc, whole.EndUtc, "end");
        Same(cut.Direction == MailDirection.Unknown ? (MailDirection?)null : cut.Direction, whole.Direction, "direction");
        Same(cut.MailFlowPolicy, whole.MailFlowPolicy, "policy");
        Same(cut.SenderGroup, whole.SenderGroup, "sender group");
        Same(cut.Sbrs, whole.Sbrs, "SBRS");
        Same(cut.SourceIp, whole.SourceIp, "source IP");
        Same(cut.SourceHost, whole.SourceHost, "source host");
        Same(cut.From, whole.From, "from");
        Same(cut.Recipients.Count == 0 ? null : string.Join(';', cut.Recipients), string.Join(';', whole.Recipients), "recipients");
        Same(cut.Subject, whole.Subject, "subject");
        Same(cut.MessageId, whole.MessageId, "message id");
        Same(cut.Action, whole.Action, "action");
        Same(cut.ActionDetails, whole.ActionDetails, "action details");
        Same(cut.TlsIn?.Protocol, whole.TlsIn?.Protocol, "in protocol");
        Same(cut.TlsIn?.Cipher, whole.TlsIn?.Cipher, "in cipher");
        Same(cut.TlsOut?.Protocol, whole.TlsOut?.Protocol, "out protocol");
        Same(cut.TlsOut?.Cipher, whole.TlsOut?.Cipher, "out cipher");
        Same(cut.DaneStatus, whole.DaneStatus, "DANE status");
        Same(cut.DaneHost, whole.DaneHost, "DANE host");
        foreach (var (part, full, leg) in new[] { (cut.TlsIn, whole.TlsIn, "receive"), (cut.TlsOut, whole.TlsOut, "deliver") })
        {
            var said = Leg(part, cut.Partial);
            if (said != LegTlsStatus.Unknown && said != Leg(full, partial: false))
            {
                throw new InvalidOperationException($"{leg} leg: cut line says {said}, whole line {Leg(full, partial: false)}");
            }
        }
    }

    [Fact]
    public void Every_prefix_of_every_real_line_parses_and_invents_nothing()
    {
        var checkedPrefixes = 0;
        foreach (var line in Lines)
        {
            var cef = Cef(line);
            var whole = ConsolidatedEventParser.Parse(cef).Event!;
            for (var length = 0; length <= cef.Length; length++)
            {
                var result = ConsolidatedEventParser.Parse(cef.AsSpan(0, length), mayBeCut: true);
                if (result.Event is { } cut)
                {
                    AssertNothingInvented(whole, cut);
                    checkedPrefixes++;
                }
                else if (result.Error == ConsolidatedLineError.None)
                {
                    throw new InvalidOperationException("no event and no error");
                }
            }
        }
        checkedPrefixes.Should().BeGreaterThan(20_000);
    }

    [Fact]
    public void A_status_word_counts_only_when_the_cut_is_past_it()
    {
        var whole = Encoding.UTF8.GetString(Cef(7));
        var at = whole.IndexOf("ESATLSInConnStatus=Success", StringComparison.Ordinal) + "ESATLSInConnStatus=Success".Length;
        ConsolidatedMessage CutAt(int length) => ConsolidatedEventParser.Parse(Encoding.UTF8.GetBytes(whole[..length]), mayBeCut: true).Event!;

        var past = CutAt(at + " ESATLSInProtocol=TLS".Length);
        past.TlsIn.Should().Be(new ConsolidatedTls(ConsolidatedTlsStatus.Success, null, "KWLDS-RSA-AES256-GCM-SHA384"), "the protocol is the cut value");

        var right = CutAt(at);
        right.TlsIn!.Status.Should().Be(ConsolidatedTlsStatus.NotStated, "the last value may be the start of a longer word");
        Leg(right.TlsIn, right.Partial).Should().Be(LegTlsStatus.Unknown);

        var inside = CutAt(at - 3);
        Leg(inside.TlsIn, inside.Partial).Should().Be(LegTlsStatus.Unknown);

        var before = CutAt(at - 30);
        before.TlsIn.Should().BeNull();
        Leg(before.TlsIn, before.Partial).Should().Be(LegTlsStatus.Unknown, "a key that may have been cut away is not absent");
    }

    [Theory]
    [InlineData("ESAMID=7 act=DELIVERED ESAURLDetails={'https://www.google.com/url?q=https://x.example/CPW3qj")]
    [InlineData("ESAMID=7 act=DELIVERED msg='To Loraine Mar")]
    [InlineData("ESAMID=7 act=DELIVERED msg='To Loraine' ESADKIMVer")]
    [InlineData("ESAMID=7 act=DELIVERED ESASPFVerdict={'mailfrom': {'result': 'Pass'}} ESATLS")]
    public void The_text_itself_shows_some_cuts(string extension)
    {
        var e = ConsolidatedEventParser.Parse(Line(extension)).Event!;
        e.Partial.Should().BeTrue();
        e.Action.Should().Be("DELIVERED");
        Leg(e.TlsIn, e.Partial).Should().Be(LegTlsStatus.Unknown);
    }

    [Fact]
    public void A_cut_line_loses_its_last_plain_value_but_keeps_a_closed_one()
    {
        ConsolidatedEventParser.Parse(Line("ESAICID=5 ESAMID=1190"), mayBeCut: true)
            .Should().Be(new ConsolidatedParseResult(null, ConsolidatedLineError.NoMid), "1190 may be the start of 11900752");
        ConsolidatedEventParser.Parse(Line("ESAMID=7 ESATLSOutProtocol=TLSv1"), mayBeCut: true).Event!.TlsOut.Should().BeNull();
        ConsolidatedEventParser.Parse(Line("ESAMID=7 msg='complete'"), mayBeCut: true).Event!.Subject.Should().Be("complete");
        ConsolidatedEventParser.Parse(Line("ESAMID=7 ESATLSOutProtocol=TLSv1"), mayBeCut: false).Event!.TlsOut!.Protocol.Should().Be("TLSv1");
    }

    [Theory]
    [InlineData(1200, 969, true)]
    [InlineData(1000, 962, true)]
    [InlineData(1000, 976, true)]
    [InlineData(1024, 990, true)]
    [InlineData(2100, 2048, true)]
    [InlineData(1500, 1450, false)]
    [InlineData(700, 650, false)]
    public void Lengths_of_known_cuts_and_transport_limits_may_be_cut(int lineLength, int messageLength, bool mayBeCut) =>
        ConsolidatedTruncation.MayBeCut(lineLength, messageLength).Should().Be(mayBeCut);

    private static readonly string[] Vocabulary =
    [
        "ESAMID=", "ESAICID=", "ESADCID=", "ESATLSInConnStatus=", "ESATLSOutConnStatus=", "Success", "Failure", "act=", "DELIVERED",
        "msg=", "'", "\"", "{", "}", "\\", "\\=", "\\\\", "=", "|", " ", "  ", "cs4Label=", "ExternalMsgID", "cs4=", "cfp1Label=",
        "SBRSScore", "cfp1=", "duser=", "a@b", ";", "start=", "Thu Feb 29 13:24:30 2024", "Message Filters Verdict=", "Message", "Filters",
        "7", "99999999999999999999", "\u00e9", "\uFFFD",
    ];

    [Fact]
    public void Random_extensions_never_throw() =>
        Gen.OneOf(Vocabulary).Array[0, 30]
            .Select(words => Line(string.Concat(words)))
            .Sample(bytes => Consistent(ConsolidatedEventParser.Parse(bytes)), iter: 50_000);

    [Fact]
    public void Mutated_real_lines_never_throw() =>
        Gen.Select(Gen.Int[0, Lines.Length - 1], Gen.Int[0, 5000], Gen.Byte, Gen.Int[0, 2])
            .Select(t =>
            {
                var bytes = Cef(t.Item1).ToList();
                var i = t.Item2 % (bytes.Count + 1);
                switch (t.Item4)
                {
                    case 0: bytes.Insert(i, t.Item3); break;
                    case 1: if (i < bytes.Count) { bytes.RemoveAt(i); } break;
                    default: if (i < bytes.Count) { bytes[i] = t.Item3; } break;
                }
                return bytes.ToArray();
            })
            .Sample(bytes => Consistent(ConsolidatedEventParser.Parse(bytes, mayBeCut: bytes.Length % 2 == 0)), iter: 20_000);

    private static void Consistent(ConsolidatedParseResult result)
    {
        if ((result.Event is null) == (result.Error == ConsolidatedLineError.None))
        {
            throw new InvalidOperationException($"inconsistent result {result}");
        }
    }
}
