namespace EsaTls.LogGen.Output;

internal enum LogLevel
{
    Info,
    Debug,
    Warning,
}

/// <summary>
/// The ids a line mentions (0 = none). Only used to keep reordering honest: a line is never moved past
/// another line of the same appliance that shares a connection or message id, so every order the
/// verdicts depend on (connection open and TLS before the message uses it, links, a message's first
/// line) survives reordering.
/// </summary>
internal readonly record struct LineKeys(long Icid, long Dcid, long Mid, long Mid2)
{
    public static LineKeys ForIcid(long icid) => new(icid, 0, 0, 0);

    public static LineKeys ForDcid(long dcid) => new(0, dcid, 0, 0);

    public static LineKeys ForMid(long mid) => new(0, 0, mid, 0);

    public bool Conflicts(in LineKeys other) =>
        (Icid != 0 && Icid == other.Icid)
        || (Dcid != 0 && Dcid == other.Dcid)
        || (Mid != 0 && (Mid == other.Mid || Mid == other.Mid2))
        || (Mid2 != 0 && (Mid2 == other.Mid || Mid2 == other.Mid2));
}
