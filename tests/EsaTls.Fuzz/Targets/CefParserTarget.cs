using EsaTls.Core.Parsing;

namespace EsaTls.Fuzz.Targets;

/// <summary><see cref="ConsolidatedEventParser"/> over CEF payloads: an event or a reason, never both; UTC times; no negative ids.</summary>
public sealed class CefParserTarget : FuzzTarget
{
    public override string Name => "cef-parser";

    public override string Description => "ConsolidatedEventParser: event xor reason, UTC times, no negative ids";

    public override void Run(Random random, FuzzInput input)
    {
        var bytes = random.Next(20) == 0 ? Mutator.Line(random, Corpus.Default.Lines) : Mutator.Line(random, Corpus.Default.Cef);
        var zone = FuzzZones.Zone(random);
        var mayBeCut = random.Next(4) == 0;
        DateTime? lineUtc = random.Next(2) == 0 ? null : new DateTime(2025, 3, 30, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(-600_000, 600_000));
        input.Bytes = bytes;
        input.Text = $"zone={zone?.ToString() ?? "-"} mayBeCut={mayBeCut} lineUtc={lineUtc:O}";

        var result = ConsolidatedEventParser.Parse(bytes, zone, mayBeCut, lineUtc);
        FuzzCheckException.That((result.Event is null) == (result.Error != ConsolidatedLineError.None), $"inconsistent result {result}");
        if (result.Event is { } e)
        {
            FuzzCheckException.That(e.Mid >= 0 && e.Icid is null or >= 0 && e.Dcid is null or >= 0, "negative id");
            FuzzCheckException.That(e.StartUtc is null || e.StartUtc.Value.Kind == DateTimeKind.Utc, "start time is not UTC");
            FuzzCheckException.That(e.EndUtc is null || e.EndUtc.Value.Kind == DateTimeKind.Utc, "end time is not UTC");
            FuzzCheckException.That(!e.Recipients.Contains(null!), "null recipient");
            _ = e.ToString();
        }
    }
}
