namespace EsaTls.Core.Parsing;

/// <summary>Shorthands for the results the family parsers return (no allocation: <see cref="ParseResult"/> is a struct).</summary>
internal static class Results
{
    public static ParseResult Info => ParseResult.Informational;
    public static ParseResult UnknownLine => ParseResult.Unrecognised(UnrecognisedReason.UnknownLine);
    public static ParseResult UnknownMid => ParseResult.Unrecognised(UnrecognisedReason.UnknownMidLine);
    public static ParseResult UnknownIcid => ParseResult.Unrecognised(UnrecognisedReason.UnknownIcidLine);
    public static ParseResult UnknownDcid => ParseResult.Unrecognised(UnrecognisedReason.UnknownDcidLine);
    public static ParseResult MalformedDelivery => ParseResult.Unrecognised(UnrecognisedReason.MalformedDeliveryLine);
}
