using System.Text;
using EsaTls.Core.Parsing;

namespace EsaTls.Tests.Parsing;

/// <summary>
/// Test data is written as whole log lines (native or syslog framing, as in the samples); these helpers strip the
/// framing up to <c>Level: </c> like the framer does, so the parser sees only the message text.
/// </summary>
internal static class TestLines
{
    private static readonly string[] Levels = ["Info: ", "Warning: ", "Critical: ", "Debug: ", "Trace: ", "Alert: "];

    public static byte[] Message(string line)
    {
        var at = -1;
        var length = 0;
        foreach (var level in Levels)
        {
            var i = line.IndexOf(level, StringComparison.Ordinal);
            if (i >= 0 && (at < 0 || i < at))
            {
                at = i;
                length = level.Length;
            }
        }
        var text = at < 0 ? line : line[(at + length)..];
        return Encoding.UTF8.GetBytes(text.TrimStart(' '));
    }

    public static ParseResult Parse(string line) => MailLineParser.Parse(Message(line));

    /// <summary>Asserts that <paramref name="line"/> parses to exactly <paramref name="expected"/> (type and every member).</summary>
    public static void ShouldParseTo(string line, MailEvent expected)
    {
        var result = Parse(line);
        result.Disposition.Should().Be(LineDisposition.Event, "line: {0}", line);
        result.Reason.Should().Be(UnrecognisedReason.None);
        result.Event.Should().BeOfType(expected.GetType(), "line: {0}", line);
        if (expected.GetType().GetProperties().Length > 0) // LogfileBegin has no members: its type is the whole event
        {
            result.Event.Should().BeEquivalentTo(expected, o => o.RespectingRuntimeTypes().WithStrictOrdering(), "line: {0}", line);
        }
    }
}
