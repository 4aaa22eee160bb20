using System.Text;

namespace EsaTls.Core.Framing;

/// <summary>
/// What a syslog tag (the log subscription's name) and a message say about the kind of log a line comes from.
/// Tags are chosen by the administrator, so only the appliance's default names of subscriptions that are not
/// text mail logs are recognised; any other tag is treated as mail logs and the content decides.
/// </summary>
public static class Subscriptions
{
    // Default subscription names of AsyncOS log types other than text mail logs (the directory names under
    // /data/pub, and the names the GUI pre-configures). Bounce logs ("bounces") are not listed: they carry
    // delivery lines. Consolidated event logs are recognised by content (CEF), not listed either.
    private static readonly string[] OtherNames =
    [
        "amp", "amp_logs", "antispam", "antivirus", "api_logs", "asarchive", "audit_logs", "authentication",
        "avarchive", "beaker_client", "brightmail", "case", "cli", "cli_logs", "config_history",
        "content_scanner", "crash_archive", "csa", "csa_logs", "csn_logs", "ctr_logs", "dlp", "domain_debug",
        "eaas", "easy_pov", "encryption", "error_logs", "euq_logs", "euqgui_logs", "ftpd_logs", "graymail",
        "gui_logs", "haystackd", "haystackd_logs", "http_logs", "injection_debug", "ipblockd_logs", "ipr_client",
        "ldap_debug", "mar", "mcafee", "ntpd_logs", "remediation", "repeng", "reportd_logs", "reportqueryd_logs",
        "scanning", "service_logs", "slbld_logs", "smartlicense", "smtp_conversation", "snmp_logs", "sntpd_logs",
        "sophos", "status", "system", "system_logs", "threatfeeds", "trackerd_logs", "updater_logs",
        "upgrade_logs", "url_rep_client", "web_client",
    ];

    // Indexed by name length, so a lookup compares only names of the tag's length.
    private static readonly byte[][][] OtherNamesByLength = BuildIndex(OtherNames);

    /// <summary>Names recognised by <see cref="IsOtherSubscription"/> (lower case).</summary>
    public static IReadOnlyList<string> OtherSubscriptionNames => OtherNames;

    /// <summary>
    /// The tag is the default name of a log subscription that is not a text mail log (<c>gui_logs</c>,
    /// <c>status</c>, <c>antispam</c>…), compared without case; a <c>[pid]</c> suffix is ignored.
    /// </summary>
    public static bool IsOtherSubscription(ReadOnlySpan<byte> tag)
    {
        if (tag.Length > 2 && tag[^1] == (byte)']')
        {
            var open = tag.LastIndexOf((byte)'[');
            if (open > 0)
            {
                tag = tag[..open];
            }
        }
        if (tag.Length >= OtherNamesByLength.Length)
        {
            return false;
        }
        foreach (var name in OtherNamesByLength[tag.Length])
        {
            if (Ascii.EqualsIgnoreCase(tag, name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The message is a consolidated event log record (<c>CEF:0|…</c>).</summary>
    public static bool IsConsolidatedEvent(ReadOnlySpan<byte> message) => message.StartsWith("CEF:0|"u8);

    /// <summary>Starts with a CEF header of any version (<c>CEF:</c>): such a payload has no level.</summary>
    internal static bool StartsWithCef(ReadOnlySpan<byte> text) => text.StartsWith("CEF:"u8);

    private static byte[][][] BuildIndex(string[] names)
    {
        var longest = 0;
        foreach (var n in names)
        {
            longest = Math.Max(longest, n.Length);
        }
        var lists = new List<byte[]>[longest + 1];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }
        foreach (var n in names)
        {
            lists[n.Length].Add(Encoding.ASCII.GetBytes(n));
        }
        var index = new byte[lists.Length][][];
        for (var i = 0; i < lists.Length; i++)
        {
            index[i] = [.. lists[i]];
        }
        return index;
    }
}
