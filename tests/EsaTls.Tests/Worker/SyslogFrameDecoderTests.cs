using System.Text;
using EsaTls.Ingest.Sources;

namespace EsaTls.Tests.Worker;

public class SyslogFrameDecoderTests
{
    private static (List<string> Lines, SyslogCounters Counters) Decode(int max, params string[] chunks)
    {
        var counters = new SyslogCounters();
        var decoder = new SyslogFrameDecoder(max, counters);
        var lines = new List<string>();
        foreach (var chunk in chunks)
        {
            decoder.Feed(Encoding.UTF8.GetBytes(chunk), l => lines.Add(Encoding.UTF8.GetString(l)));
        }
        decoder.Finish(l => lines.Add(Encoding.UTF8.GetString(l)));
        return (lines, counters);
    }

    [Fact]
    public void Newline_delimited_lines_are_split_across_reads()
    {
        var (lines, counters) = Decode(1024, "<22>Mar  1 10:00:00 esa1 mail_logs: Info: A\r\n<22>Mar  1 10:00:01 esa1 mail_", "logs: Info: B\n\n");
        lines.Should().Equal("<22>Mar  1 10:00:00 esa1 mail_logs: Info: A", "<22>Mar  1 10:00:01 esa1 mail_logs: Info: B");
        counters.Unparsable.Should().Be(0);
    }

    [Fact]
    public void Octet_counted_frames_are_read_by_length_even_when_the_count_is_split()
    {
        var a = "<22>Mar  1 10:00:00 esa1 mail_logs: Info: A";
        var b = "<22>Mar  1 10:00:01 esa1 mail_logs: Info: B with\n- second line";
        var stream = $"{Encoding.UTF8.GetByteCount(a)} {a}{Encoding.UTF8.GetByteCount(b)} {b}";
        var (lines, counters) = Decode(1024, stream[..1], stream[1..30], stream[30..]);
        lines.Should().Equal(a, "<22>Mar  1 10:00:01 esa1 mail_logs: Info: B with", "- second line");
        counters.Unparsable.Should().Be(1, "'- second line' does not begin like syslog");
    }

    [Fact]
    public void Octet_counted_and_newline_framing_may_alternate_on_one_connection()
    {
        var a = "<22>Mar  1 10:00:00 esa1 mail_logs: Info: A";
        var (lines, _) = Decode(1024, $"{a.Length} {a}<22>Mar  1 10:00:02 esa1 mail_logs: Info: C\n{a.Length} {a}\n");
        lines.Should().Equal(a, "<22>Mar  1 10:00:02 esa1 mail_logs: Info: C", a);
    }

    [Fact]
    public void Digits_not_followed_by_a_space_are_text()
    {
        var (lines, counters) = Decode(1024, "2024x not a count\n");
        lines.Should().Equal("2024x not a count");
        counters.Unparsable.Should().Be(1);
    }

    [Fact]
    public void Long_lines_are_cut_to_the_cap_and_counted_in_both_framings()
    {
        var longText = "<22>" + new string('x', 5000);
        var (lines, counters) = Decode(100, longText + "\n", $"{longText.Length} {longText}", "<22>short\n");
        lines.Should().Equal(longText[..100], longText[..100], "<22>short");
        counters.Oversized.Should().Be(2);
    }

    [Fact]
    public void A_last_line_without_newline_is_kept_when_the_connection_closes_and_a_cut_frame_is_counted()
    {
        var (lines, counters) = Decode(1024, "<22>complete\n<22>no newline");
        lines.Should().Equal("<22>complete", "<22>no newline");
        counters.Unparsable.Should().Be(0);

        (lines, counters) = Decode(1024, "50 <22>only twenty bytes..");
        lines.Should().Equal("<22>only twenty bytes..");
        counters.Unparsable.Should().Be(1, "the frame announced 50 bytes");
    }

    [Fact]
    public void Datagrams_yield_their_lines_and_empty_ones_are_counted()
    {
        var counters = new SyslogCounters();
        var decoder = new SyslogFrameDecoder(1024, counters);
        var lines = new List<string>();
        foreach (var d in new[] { "<22>one\n", "<22>two", "", "\r\n", "<22>three\n<22>four\n", "\u0001binary" })
        {
            decoder.FeedDatagram(Encoding.UTF8.GetBytes(d), l => lines.Add(Encoding.UTF8.GetString(l)));
        }
        lines.Should().Equal("<22>one", "<22>two", "<22>three", "<22>four", "\u0001binary");
        counters.Unparsable.Should().Be(3, "two empty datagrams and one that is not syslog");
    }
}
