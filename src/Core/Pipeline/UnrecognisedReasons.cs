using EsaTls.Core.Framing;
using EsaTls.Core.Parsing;

namespace EsaTls.Core.Pipeline;

/// <summary>Stable snake_case names of the reasons a line was not recognised, as reported to users.</summary>
public static class UnrecognisedReasons
{
    public const string ConsolidatedMalformed = "cef_malformed";
    public const string ConsolidatedOtherEvent = "cef_other_event";
    public const string ConsolidatedNoMid = "cef_no_mid";

    public static string Of(ConsolidatedLineError error) => error switch
    {
        ConsolidatedLineError.OtherEvent => ConsolidatedOtherEvent,
        ConsolidatedLineError.NoMid => ConsolidatedNoMid,
        _ => ConsolidatedMalformed,
    };

    public static string Of(FrameError error) => error switch
    {
        FrameError.NoTimestamp => "no_timestamp",
        FrameError.BadTimestamp => "bad_timestamp",
        FrameError.NoLevel => "no_level",
        _ => "unframed",
    };

    public static string Of(UnrecognisedReason reason) => reason switch
    {
        UnrecognisedReason.UnknownMidLine => "unknown_mid_line",
        UnrecognisedReason.UnknownIcidLine => "unknown_icid_line",
        UnrecognisedReason.UnknownDcidLine => "unknown_dcid_line",
        UnrecognisedReason.MalformedDeliveryLine => "malformed_delivery_line",
        _ => "unknown_line",
    };
}
