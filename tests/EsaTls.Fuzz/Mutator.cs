using System.Text;

namespace EsaTls.Fuzz;

/// <summary>
/// Input generation: random bytes, soups of the tokens the parsers look for, and real lines mutated by a few
/// edits each (bit flips, interesting bytes, token insertion and replacement, deletion, duplication,
/// truncation, splicing with another line, overflowing numbers, invalid UTF-8, long repeats).
/// </summary>
public static class Mutator
{
    /// <summary>Tokens of every line family, the framing and the CEF extension.</summary>
    public static readonly byte[][] Dictionary = BuildDictionary();

    private static readonly byte[] Interesting =
        [0x00, 0xFF, 0x80, 0xC0, 0xE0, 0xF0, 0xF8, 0xEF, 0xBB, 0xBF, (byte)'\n', (byte)'\r', (byte)'\t', (byte)' ', (byte)':',
         (byte)'|', (byte)'=', (byte)'\\', (byte)'\'', (byte)'"', (byte)'[', (byte)']', (byte)'<', (byte)'>', (byte)'(', (byte)')',
         (byte)'{', (byte)'}', (byte)',', (byte)'@', (byte)'-', (byte)'0', (byte)'9', 0x1B, 0x7F];

    private static readonly byte[][] BadUtf8 =
    [
        [0x80], [0xBF], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE], [0xFF, 0xFE], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0xEF, 0xBF, 0xBD], [0xC3], [0xE2, 0x80, 0xAE], // U+202E right-to-left override (valid, but hostile in terminals)
    ];

    private static byte[][] BuildDictionary()
    {
        string[] words =
        [
            "MID", "ICID", "DCID", "RID", "RCID", "New SMTP ICID", "New SMTP DCID", "Start MID", "Message done", "Message finished",
            "aborted", "Delivery start", "to RID", "TLS", "success", "failed", "failed:", "TLS success protocol", "cipher",
            "TLS was required but remote host did not initiate it", "STARTTLS command not supported.", "CN=", "From:", "To:",
            "From: <", "To: <", "<>", "<a@b.example>", "Subject", "Message-ID", "ready", "bytes from", "matched all recipients for per-recipient policy",
            "in the inbound table", "in the outbound table", "queued for delivery", "was split creating MID", "rewritten to MID",
            "was generated based on MID", "was generated for bounce of MID", "Bounced:", "Delayed:", "Connection Error:",
            "(external quarantine)", "interface", "address", "reverse dns host", "verified yes", "ACCEPT SG", "RELAY SG", "match",
            "SBRS", "country", "close", "lost", "Response", "pending till", "Version:", "SN:", "Time offset from UTC:", "seconds",
            "Begin Logfile", "End Logfile", "Logfile rolled over", "using engine", "DCID 0", "[0]", "[0, 1, 2]", "[('X-Header', 'v')]",
            "Info:", "Warning:", "Debug:", "Critical:", "Trace:", "<13>", "<166>", "<999999>", "Mon", "Fri", "Jan", "Feb 29", "Dec 31",
            "Mar 17 18:24:37", "Fri Sep 12 11:00:00 2022", "Thu Feb  1 08:32:59", "23:59:60", "2024", "9999", "1969", "mail_logs:",
            "esa_mail:", "consolidated_event:", "esa1.example.net", "CEF:0|", "CEF:0|Cisco|C100V|14.0.0|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|",
            "ESAMID=", "ESAICID=", "ESADCID=", "ESATLSInConnStatus=", "ESATLSOutConnStatus=", "ESATLSInProtocol=", "ESATLSOutProtocol=",
            "ESATLSInCipher=", "ESATLSOutCipher=", "deviceExternalId=", "startTime=", "endTime=", "start=", "end=", "suser=", "duser=",
            "msg=", "cs1=", "cs1Label=ExternalMsgID", "cfp1=", "cfp1Label=SBRSScore", "ESAMailFlowPolicy=", "ESASenderGroup=",
            "ESAMsgSize=", "ESADirection=", "act=", "ESAFinalActionDetails=", "ESADaneStatus=", "src=", "shost=", "sourceAddress=",
            "{'a': 'b=c'}", "\\=", "\\\\", "\\|", "\\n", "'", "\"", "\\'", "0", "1", "-1", "42", "99999999999999999999", "2147483648",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "1e308", "NaN", " ", "  ", "\t", "é", "\uFFFD",
            "\u202E", "\u0000",
        ];
        var list = new List<byte[]>(words.Length);
        foreach (var w in words)
        {
            list.Add(Encoding.UTF8.GetBytes(w));
        }
        return [.. list];
    }

    /// <summary>A line-sized input: random bytes, a token soup, or a mutated seed.</summary>
    public static byte[] Line(Random r, IReadOnlyList<byte[]> seeds)
    {
        return r.Next(10) switch
        {
            0 => RandomBytes(r, r.Next(0, 300)),
            1 => TokenSoup(r, r.Next(0, 24)),
            _ => Mutate(r, seeds[r.Next(seeds.Count)], seeds),
        };
    }

    public static byte[] RandomBytes(Random r, int length)
    {
        var bytes = new byte[length];
        r.NextBytes(bytes);
        return bytes;
    }

    public static byte[] TokenSoup(Random r, int words)
    {
        var list = new List<byte>();
        for (var i = 0; i < words; i++)
        {
            if (i > 0 && r.Next(4) != 0)
            {
                list.Add((byte)' ');
            }
            list.AddRange(Dictionary[r.Next(Dictionary.Length)]);
        }
        return [.. list];
    }

    /// <summary>One to eight edits of <paramref name="seed"/>; <paramref name="others"/> supply splices.</summary>
    public static byte[] Mutate(Random r, byte[] seed, IReadOnlyList<byte[]> others)
    {
        var bytes = new List<byte>(seed);
        var edits = 1 + r.Next(r.Next(2) == 0 ? 2 : 8);
        for (var e = 0; e < edits; e++)
        {
            var at = r.Next(bytes.Count + 1);
            switch (r.Next(14))
            {
                case 0: // flip a bit
                    if (at < bytes.Count)
                    {
                        bytes[at] ^= (byte)(1 << r.Next(8));
                    }
                    break;
                case 1: // an interesting byte in place
                    if (at < bytes.Count)
                    {
                        bytes[at] = Interesting[r.Next(Interesting.Length)];
                    }
                    break;
                case 2: // a few random bytes
                    bytes.InsertRange(at, RandomBytes(r, 1 + r.Next(8)));
                    break;
                case 3: // a token
                case 4:
                    bytes.InsertRange(at, Dictionary[r.Next(Dictionary.Length)]);
                    break;
                case 5: // replace the blank-separated word at a position with a token
                    ReplaceWord(bytes, at, Dictionary[r.Next(Dictionary.Length)]);
                    break;
                case 6: // delete a range
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + r.Next(24)));
                    break;
                case 7: // duplicate a range
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + r.Next(40))));
                    break;
                case 8: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 9: // splice: this line's head, another line's tail
                    var other = others[r.Next(others.Count)];
                    var from = r.Next(other.Length + 1);
                    bytes.RemoveRange(at, bytes.Count - at);
                    bytes.AddRange(other.AsSpan(from).ToArray());
                    break;
                case 10: // a number that overflows, where a number was
                    var digit = bytes.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes.InsertRange(digit, "99999999999999999999"u8.ToArray());
                    }
                    break;
                case 11: // invalid UTF-8
                    bytes.InsertRange(at, BadUtf8[r.Next(BadUtf8.Length)]);
                    break;
                case 12: // a long repeat (rarely very long)
                    var chunk = bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + r.Next(16)));
                    if (chunk.Count > 0)
                    {
                        var times = r.Next(50) == 0 ? 2000 + r.Next(20000) : 2 + r.Next(60);
                        var repeat = new List<byte>(chunk.Count * times);
                        for (var i = 0; i < times; i++)
                        {
                            repeat.AddRange(chunk);
                        }
                        bytes.InsertRange(at, repeat);
                    }
                    break;
                default: // swap two bytes
                    if (bytes.Count > 1 && at < bytes.Count)
                    {
                        var j = r.Next(bytes.Count);
                        (bytes[at], bytes[j]) = (bytes[j], bytes[at]);
                    }
                    break;
            }
        }
        return [.. bytes];
    }

    private static void ReplaceWord(List<byte> bytes, int at, byte[] token)
    {
        var start = Math.Min(at, bytes.Count);
        while (start > 0 && bytes[start - 1] != (byte)' ')
        {
            start--;
        }
        var end = start;
        while (end < bytes.Count && bytes[end] != (byte)' ')
        {
            end++;
        }
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, token);
    }
}
