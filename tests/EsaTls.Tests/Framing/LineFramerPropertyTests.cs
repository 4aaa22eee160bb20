using System.Text;
using CsCheck;
using EsaTls.Core.Framing;
using static EsaTls.Tests.Framing.FramingTestHelpers;

namespace EsaTls.Tests.Framing;

public class LineFramerPropertyTests
{
    private static readonly string[] RealLines =
    [
        .. SampleFiles.Lines("elastic-integration-fixtures.log").Select(l => l.Length > 400 ? l[..400] : l),
        .. SampleFiles.Lines("seed-tls-examples.log"),
        "Jul 16 10:46:46 2013 dummy_source_Domain2 mail_logs: Info: Version: 8.7.2-001 SN: 942B2B684C96-29WTPQ2",
        "Thu Feb  1 08:32:59 c60 smail: Info: ICID 12 close",
        "<13>Aug 10 09:53:01 collector.example.com esa_mail: Mon Aug 10 09:52:59 2020 Info: ICID 442736 ACCEPT",
        "Tue Aug 13 15:15:49 2019: CEF:0|Cisco|C100V|13.0.0-252|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|ESAMID=1",
    ];

    /// <summary>Frames the line and checks that nothing escapes the input.</summary>
    private static void FrameSafely(LineFramer framer, byte[] input)
    {
        var error = framer.TryFrame(input, out var f);
        Enum.IsDefined(error).Should().BeTrue();
        if (error != FrameError.None)
        {
            return;
        }
        Inside(input, f.Level);
        Inside(input, f.Host);
        Inside(input, f.Tag);
        Inside(input, f.Message);
        f.TimestampUtc.Kind.Should().Be(DateTimeKind.Utc);
    }

    private static void Inside(byte[] input, ReadOnlySpan<byte> span)
    {
        if (!span.IsEmpty)
        {
            OffsetIn(input, span).Should().BeGreaterThanOrEqualTo(0, "every span must be a slice of the input");
        }
    }

    [Fact]
    public void Property_random_bytes_never_throw_and_spans_stay_inside()
    {
        var interesting = Gen.OneOf("<13>"u8.ToArray(), "Mar 17 "u8.ToArray(), "18:24:37 "u8.ToArray(), "2024 "u8.ToArray(),
            "Info: "u8.ToArray(), "CEF:0|"u8.ToArray(), "mail_logs: "u8.ToArray(), "Fri "u8.ToArray(), " "u8.ToArray(),
            ":"u8.ToArray(), [0], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], "\r\n"u8.ToArray());
        var piece = Gen.Frequency((3, Gen.Byte.Array[0, 8]), (2, interesting));
        piece.Array[0, 12].Select(parts => parts.SelectMany(p => p).ToArray())
            .Sample(input =>
            {
                FrameSafely(Framer(year: 2024, zone: Zone("Europe/Berlin")), input);
                FrameSafely(Framer(), input);
            }, iter: 20000);
    }

    [Fact]
    public void Property_mutated_real_lines_never_throw_and_spans_stay_inside()
    {
        var mutation = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 500], Gen.Int[0, 20], Gen.Byte.Array[0, 6]);
        Gen.Select(Gen.Int[0, RealLines.Length - 1], mutation.Array[1, 5])
            .Sample((index, mutations) =>
            {
                var bytes = Encoding.UTF8.GetBytes(RealLines[index]).ToList();
                foreach (var (kind, at, length, insert) in mutations)
                {
                    var pos = bytes.Count == 0 ? 0 : at % (bytes.Count + 1);
                    switch (kind)
                    {
                        case 0: // overwrite one byte
                            if (pos < bytes.Count)
                            {
                                bytes[pos] = insert.Length > 0 ? insert[0] : (byte)0;
                            }
                            break;
                        case 1: // delete a range
                            bytes.RemoveRange(pos, Math.Min(length, bytes.Count - pos));
                            break;
                        case 2: // insert bytes
                            bytes.InsertRange(pos, insert);
                            break;
                        case 3: // truncate
                            bytes.RemoveRange(pos, bytes.Count - pos);
                            break;
                        default: // duplicate a range (shifts fields around)
                            bytes.InsertRange(pos, bytes.Skip(pos).Take(length).ToArray());
                            break;
                    }
                }
                var framer = Framer(year: 2024, zone: Zone("America/New_York"));
                FrameSafely(framer, [.. bytes]);
                FrameSafely(framer, [.. bytes]);
            }, iter: 20000);
    }

    [Fact]
    public void Property_syslog_times_are_recovered_exactly_across_years_and_reordering()
    {
        // A stream of increasing times (steps up to ~40 days) with occasional late lines (up to 2 hours back):
        // given the first line's year, every year-less timestamp maps back to the original time.
        var steps = Gen.Select(Gen.Int[0, 40 * 24 * 3600], Gen.Int[0, 9], Gen.Int[0, 7200]).Array[1, 80];
        Gen.Select(Gen.Int[2000, 2090], Gen.Int[0, 364 * 24 * 3600], steps)
            .Sample((year, startSeconds, stepList) =>
            {
                var latest = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(startSeconds);
                var times = new List<DateTime>();
                foreach (var (advance, lateRoll, lateBy) in stepList)
                {
                    times.Add(lateRoll == 0 && times.Count > 0 ? latest.AddSeconds(-lateBy) : latest = latest.AddSeconds(advance));
                }

                var framer = Framer(year: times[0].Year);
                foreach (var time in times)
                {
                    var line = $"<13>{time:MMM} {time.Day,2} {time:HH:mm:ss} esa mail_logs: Info: x";
                    framer.Frame(line).Utc.Should().Be(time, line);
                }
            }, iter: 2000);
    }

    [Fact]
    public void Framing_a_line_does_not_allocate()
    {
        var lines = new[]
        {
            "Wed Sep  6 13:13:16 2023 Info: DCID 30 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384"u8.ToArray(),
            "<94>Nov 24 14:22:57 REDACTED.africa.example.net mail_logs: Info: MID 204841507 queued for delivery"u8.ToArray(),
            "<13>Aug 10 09:53:01 collector.example.com esa_mail: Mon Aug 10 09:52:59 2020 Info: ICID 442736 ACCEPT"u8.ToArray(),
            "<166>Mar 17 18:24:37 consolidated_event: CEF:0|Cisco|C100V|ESAMID=1"u8.ToArray(),
            "garbage line"u8.ToArray(),
        };
        foreach (var zone in new[] { Zone("+02:00"), Zone("Europe/Berlin") })
        {
            var framer = Framer(year: 2023, zone: zone);
            foreach (var line in lines)
            {
                framer.TryFrame(line, out _); // warm up (JIT, zone cache for these hours)
            }
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                foreach (var line in lines)
                {
                    framer.TryFrame(line, out _);
                }
            }
            (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "zone {0}", zone);
        }
    }
}
