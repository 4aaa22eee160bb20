using System.Text;
using CsCheck;
using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

/// <summary>Random and mutated input must never throw and must always give a consistent result.</summary>
public class ParserRobustnessTests
{
    private const long Iterations = 100_000;

    /// <summary>Every line of the table-driven tests, as message bytes: real formats to mutate.</summary>
    private static readonly byte[][] Corpus = BuildCorpus();

    private static byte[][] BuildCorpus()
    {
        var lines = new List<byte[]>();
        foreach (var data in new IEnumerable<object[]>[]
        {
            HeaderLineTests.Lines, ConnectionLineTests.OpenLines, ConnectionLineTests.PolicyLines, ConnectionLineTests.TlsLines,
            ConnectionLineTests.CloseLines, MessageLineTests.EnvelopeLines, MessageLineTests.HeaderLines,
            MessageLineTests.LifecycleLines, RelationLineTests.Lines, DeliveryLineTests.ConnectionLines,
            DeliveryLineTests.TlsLines, DeliveryLineTests.DeliveryLines, DeliveryLineTests.FailureLines,
        })
        {
            foreach (var row in data)
            {
                lines.Add(TestLines.Message((string)row[0]));
            }
        }
        foreach (var line in InformationalLineTests.Lines)
        {
            lines.Add(TestLines.Message(line));
        }
        return [.. lines];
    }

    private static readonly string[] Vocabulary =
    [
        "MID", "ICID", "DCID", "RID", "RCID", "New", "SMTP", "Start", "Message", "done", "finished", "aborted", "Delivery",
        "start", "to", "TLS", "success", "failed", "failed:", "was", "required", "protocol", "cipher", "CN=", "CN:", "for",
        "From:", "To:", "From:<", "<>", "<a@b>", "Subject", "Message-ID", "'", "\"", "\\", "\\'", "[", "]", "[0", "[0,", "[0, 1]",
        "(", ")", "(external quarantine)", "Bounced:", "Delayed:", "DCID:", "-", "5.1.0", "pending", "till", "Response",
        "interface", "address", "reverse", "dns", "host", "verified", "SG", "match", "SBRS", "ipr", "country", "Connection",
        "Error:", "domain:", "IP:", "port:", "details:", "reason:", "split", "creating", "generated", "based", "on", "bounce",
        "of", "rewritten", "by", "received", "the", "SMA", "(MID originally", "EUQ:", "Reinjected", "as", "Version:", "SN:",
        "Time", "offset", "UTC:", "seconds", "Begin", "Logfile", "0", "1", "42", "-7", "99999999999999999999", "2147483648",
        "\u00e9", "\uFFFD", "", " ", "  ", "\t",
    ];

    /// <summary>Plain checks (no assertion library per sample: this runs 10^5 times).</summary>
    private static void AssertConsistent(ParseResult result)
    {
        var consistent = result.Disposition switch
        {
            LineDisposition.Event => result.Event is not null && result.Reason == UnrecognisedReason.None,
            LineDisposition.Informational => result.Event is null && result.Reason == UnrecognisedReason.None,
            LineDisposition.Unrecognised => result.Event is null && result.Reason != UnrecognisedReason.None,
            _ => false,
        };
        if (!consistent)
        {
            throw new InvalidOperationException($"inconsistent result {result}");
        }
    }

    [Fact]
    public void Random_bytes_never_throw() =>
        Gen.Byte.Array[0, 400].Sample(bytes => AssertConsistent(MailLineParser.Parse(bytes)), iter: Iterations);

    [Fact]
    public void Random_keyword_soup_never_throws() =>
        Gen.OneOf(Vocabulary).Array[0, 24]
            .Select(words => Encoding.UTF8.GetBytes(string.Join(' ', words)))
            .Sample(bytes => AssertConsistent(MailLineParser.Parse(bytes)), iter: Iterations);

    [Fact]
    public void Mutated_real_lines_never_throw()
    {
        var edit = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1000], Gen.Int[0, 40], Gen.Byte);
        Gen.Select(Gen.Int[0, Corpus.Length - 1], edit.Array[1, 6])
            .Select(t => Mutate(Corpus[t.Item1], t.Item2))
            .Sample(bytes => AssertConsistent(MailLineParser.Parse(bytes)), iter: Iterations);
    }

    [Fact]
    public void Ten_megabyte_lines_are_handled()
    {
        var subject = new string('x', 10 * 1024 * 1024);
        var result = MailLineParser.Parse(Encoding.UTF8.GetBytes($"MID 5 Subject '{subject}'"));
        result.Event.Should().BeOfType<MidSubject>().Which.Subject.Should().HaveLength(subject.Length);

        var blob = Encoding.UTF8.GetBytes("Message done DCID 1 MID 2 to RID [0] [('X', '" + subject + "')] (external quarantine)");
        MailLineParser.Parse(blob).Event.Should().BeEquivalentTo(new DeliveryDone(1, 2, [0], true));

        var noBlanks = new byte[10 * 1024 * 1024];
        noBlanks.AsSpan().Fill((byte)'M');
        MailLineParser.Parse(noBlanks).Should().Be(ParseResult.Unrecognised(UnrecognisedReason.UnknownLine));
    }

    /// <summary>Truncate, delete, insert, overwrite, duplicate, or blow a digit up into an overflowing number.</summary>
    private static byte[] Mutate(byte[] line, (int Op, int At, int Length, byte Value)[] edits)
    {
        var bytes = new List<byte>(line);
        foreach (var (op, at, length, value) in edits)
        {
            var i = bytes.Count == 0 ? 0 : at % (bytes.Count + 1);
            var n = Math.Min(length, bytes.Count - i);
            switch (op)
            {
                case 0:
                    bytes.RemoveRange(i, bytes.Count - i);
                    break;
                case 1:
                    bytes.RemoveRange(i, n);
                    break;
                case 2:
                    bytes.Insert(i, value);
                    break;
                case 3:
                    if (i < bytes.Count)
                    {
                        bytes[i] = value;
                    }
                    break;
                case 4:
                    bytes.InsertRange(i, bytes.GetRange(i, n));
                    break;
                default:
                    bytes.InsertRange(i, "99999999999999999999"u8.ToArray());
                    break;
            }
        }
        return [.. bytes];
    }
}
