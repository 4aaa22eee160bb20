using EsaTls.Core.Framing;

namespace EsaTls.Fuzz.Targets;

/// <summary>
/// <see cref="LineFramer"/> over sequences of mutated lines with random zones, years and header offsets: every
/// span lies inside the line, times are UTC and plausible, and a framer restored from the saved state frames
/// the next line exactly as the original does.
/// </summary>
public sealed class FramerTarget : FuzzTarget
{
    public override string Name => "framer";

    public override string Description => "LineFramer: spans inside the input, UTC times, state save/restore equivalence";

    public override void Run(Random random, FuzzInput input)
    {
        var options = FuzzZones.Framing(random);
        var framer = new LineFramer(options);
        var count = 1 + random.Next(6);
        var lines = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            lines[i] = Mutator.Line(random, Corpus.Default.Lines);
        }
        input.Text = $"zone={options.Zone?.ToString() ?? "-"} year={options.Year} now={options.NowUtc:O} lines={count}";
        input.Bytes = Join(lines);

        for (var i = 0; i < count; i++)
        {
            if (random.Next(10) == 0)
            {
                var offset = random.Next(-LineFramer.MaxUtcOffsetSeconds, LineFramer.MaxUtcOffsetSeconds + 1);
                framer.ApplyUtcOffset(offset);
            }
            var state = framer.SaveState();
            var restored = new LineFramer(options);
            restored.RestoreState(state);
            FuzzCheckException.That(restored.SaveState() == state, $"state does not survive a save/restore: {state} vs {restored.SaveState()}");

            var line = lines[i];
            var a = Frame(framer, line);
            var b = Frame(restored, line);
            FuzzCheckException.That(a == b, $"line {i}: a restored framer frames differently: {a} vs {b}");
        }
    }

    private static string Frame(LineFramer framer, byte[] line)
    {
        var error = framer.TryFrame(line, out var f);
        FuzzCheckException.That(Enum.IsDefined(error), $"undefined error {error}");
        if (error != FrameError.None)
        {
            return error.ToString();
        }
        var level = Inside(line, f.Level, "level");
        var host = Inside(line, f.Host, "host");
        var tag = Inside(line, f.Tag, "tag");
        var message = Inside(line, f.Message, "message");
        FuzzCheckException.That(f.TimestampUtc.Kind == DateTimeKind.Utc, "time is not UTC");
        FuzzCheckException.That(f.TimestampUtc.Year is >= 1969 and <= 9001, $"implausible time {f.TimestampUtc:O}");
        FuzzCheckException.That(!f.Level.IsEmpty || f.Message.StartsWith("CEF:"u8), "no level and not a CEF line");
        return $"{f.Kind} {f.TimestampUtc:O} {level} {host} {tag} {message}";
    }

    /// <summary>The span's offset and length within the line; fails when it points elsewhere.</summary>
    private static string Inside(byte[] line, ReadOnlySpan<byte> span, string what)
    {
        if (span.IsEmpty)
        {
            return "-";
        }
        var whole = line.AsSpan();
        var overlaps = whole.Overlaps(span, out var offset);
        FuzzCheckException.That(overlaps && offset >= 0 && offset + span.Length <= line.Length, $"{what} is not a slice of the line");
        return $"{offset}+{span.Length}";
    }

    private static byte[] Join(byte[][] lines)
    {
        var all = new List<byte>();
        foreach (var line in lines)
        {
            all.AddRange(line);
            all.Add((byte)'\n');
        }
        return [.. all];
    }
}
