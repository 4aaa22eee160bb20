using EsaTls.Core.Parsing;

namespace EsaTls.Fuzz.Targets;

/// <summary><see cref="MailLineParser"/> over message texts: one consistent result, ids never negative, readable events.</summary>
public sealed class MailParserTarget : FuzzTarget
{
    public override string Name => "mail-parser";

    public override string Description => "MailLineParser: consistent disposition, no negative ids, events print";

    public override void Run(Random random, FuzzInput input)
    {
        var bytes = Mutator.Line(random, Corpus.Default.Messages);
        input.Bytes = bytes;
        var result = MailLineParser.Parse(bytes);
        Check(result);
        var again = MailLineParser.Parse(bytes);
        FuzzCheckException.That(again.Disposition == result.Disposition && again.Reason == result.Reason
            && again.Event?.ToString() == result.Event?.ToString(), "parsing the same line twice gives different results");
    }

    public static void Check(ParseResult result)
    {
        var consistent = result.Disposition switch
        {
            LineDisposition.Event => result.Event is not null && result.Reason == UnrecognisedReason.None,
            LineDisposition.Informational => result.Event is null && result.Reason == UnrecognisedReason.None,
            LineDisposition.Unrecognised => result.Event is null && result.Reason != UnrecognisedReason.None,
            _ => false,
        };
        FuzzCheckException.That(consistent, $"inconsistent result {result}");
        switch (result.Event)
        {
            case null:
                return;
            case MidStarted s:
                FuzzCheckException.That(s.Mid >= 0 && s.Icid >= 0, "negative id");
                break;
            case DeliveryDone d:
                FuzzCheckException.That(d.Mid >= 0 && d.Dcid >= 0 && Array.TrueForAll(d.Rids, r => r >= 0), "negative id");
                break;
            case DeliveryStarted d:
                FuzzCheckException.That(d.Mid >= 0 && d.Dcid >= 0 && Array.TrueForAll(d.Rids, r => r >= 0), "negative id");
                break;
            case MidRelated r:
                FuzzCheckException.That(r.ParentMid >= 0 && r.ChildMid >= 0, "negative id");
                break;
            case IcidOpened o:
                FuzzCheckException.That(o.Icid >= 0, "negative id");
                break;
            case DcidOpened o:
                FuzzCheckException.That(o.Dcid >= 0, "negative id");
                break;
            case UtcOffsetHeader h:
                FuzzCheckException.That(Core.Framing.LineFramer.IsPlausibleUtcOffset(h.Seconds), $"implausible offset {h.Seconds}");
                break;
        }
        _ = result.Event.ToString();
    }
}
