namespace EsaTls.Core.Framing;

/// <summary>A zone given as IANA name (<c>Europe/Berlin</c>) or fixed offset (<c>+02:00</c>, <c>-0530</c>, <c>UTC</c>).</summary>
public sealed class TimeZoneSpec
{
    public static bool TryParse(string text, out TimeZoneSpec? spec, out string? error) => throw new NotImplementedException();

    /// <summary>Converts a wall-clock time in this zone to UTC.</summary>
    public DateTime ToUtc(DateTime local) => throw new NotImplementedException();

    public override string ToString() => throw new NotImplementedException();
}
