namespace EsaTls.LogGen.Model;

/// <summary>
/// The fixed cast every appliance shares: the organisation's own domains and mail servers, outside
/// domains with their MX addresses, people, subjects. All names are reserved example names (RFC 2606)
/// and addresses come from the documentation ranges (RFC 5737) or private space.
/// </summary>
internal sealed class World
{
    public const string OwnDomain = "example.net";
    public const string SubsidiaryDomain = "example.org";
    public const string ArchiveAddress = "journal@archive.example.net";

    private static readonly string[] Adjectives =
    [
        "blue", "north", "bright", "silver", "rapid", "green", "alpine", "coastal", "urban", "prime", "golden", "quiet",
        "metro", "atlas", "summit", "harbor", "cedar", "polar", "sunny", "iron", "maple", "red", "swift", "clear",
    ];

    private static readonly string[] Nouns =
    [
        "logistics", "bank", "travel", "health", "foods", "systems", "media", "energy", "labs", "insurance", "retail",
        "consulting", "motors", "pharma", "telecom", "realty", "airlines", "finance", "hotels", "software", "print",
    ];

    private static readonly string[] Tlds = [".example", ".example.com", ".test", ".example.co.uk", ".example.de"];

    /// <summary>Large providers first: the skewed draw sends most mail there, so their connections get reused.</summary>
    private static readonly string[] Providers =
    [
        "bigmail.example", "webpost.example", "mailbox.test", "outlook.example.com", "postbox.example.de",
    ];

    private static readonly string[] FirstNames =
    [
        "anna", "ben", "carla", "david", "emma", "farid", "greta", "hugo", "ines", "jonas", "keiko", "liam", "maria",
        "nils", "olga", "pablo", "qi", "rosa", "sven", "tara", "umar", "vera", "wei", "yusuf", "zoe", "sean", "aoife",
    ];

    private static readonly string[] LastNames =
    [
        "smith", "mueller", "garcia", "rossi", "dubois", "tanaka", "kowalski", "obrien", "novak", "silva", "jensen",
        "nguyen", "okafor", "schmidt", "larsen", "costa", "ivanova", "murphy", "fischer", "berg", "haddad", "kim",
    ];

    private static readonly string[] Roles = ["info", "sales", "support", "billing", "noreply", "newsletter", "hr", "orders", "alerts"];

    /// <summary>
    /// Subjects as users write them, including the awkward ones: single quotes (logged in double quotes),
    /// both quote kinds, backslashes, non-ASCII text, a tab.
    /// </summary>
    public static readonly string[] Subjects =
    [
        "Quarterly report", "Re: Meeting tomorrow", "Invoice 2025-0142", "Your order has shipped", "FW: Contract draft",
        "Lunch on Friday?", "Welcome to the team", "Password expiry notice", "Re: Re: budget figures", "Project Atlas status",
        "Don't forget the deadline", "O'Brien & Sons proposal", "Re: \"Final\" version", "It's 'urgent' say \"they\"",
        "Path C:\\Temp\\report.xlsx", "Réunion de lundi", "Angebot für Müller GmbH", "Résumé – candidate #12",
        "Tab\tseparated values", "[EXTERNAL] Action required", "Newsletter: March edition", "Shipping update for order 88213",
        "Your statement is ready", "Re: travel plans", "Security alert", "Out of office: back Monday", "", "Q1 plan (v2)",
        "Weekly digest", "Re: Customer's feedback",
    ];

    public static readonly string[] Countries =
    [
        "United States", "Germany", "France", "United Kingdom", "Netherlands", "Japan", "Brazil", "India", "Canada", "Ireland",
    ];

    public World(Rng rng)
    {
        var external = new List<string>(Providers);
        var seen = new HashSet<string>(external, StringComparer.Ordinal);
        while (external.Count < 240)
        {
            var name = rng.Pick(Adjectives) + (rng.Chance(0.4) ? "-" : "") + rng.Pick(Nouns) + rng.Pick(Tlds);
            if (seen.Add(name))
            {
                external.Add(name);
            }
        }
        ExternalDomains = [.. external];
        // A few recipient domains that do not resolve: DNS hard bounces with DCID 0.
        BrokenDomains = ["no-such-host.invalid", "typo-bigmial.invalid", "expired-domain.invalid"];
    }

    public string[] ExternalDomains { get; }

    public string[] BrokenDomains { get; }

    public static string Person(Rng rng) =>
        rng.Chance(0.7) ? rng.Pick(FirstNames) + "." + rng.Pick(LastNames) : rng.Pick(FirstNames) + rng.Range(1, 99);

    public static string Role(Rng rng) => rng.Pick(Roles);

    public string ExternalDomain(Rng rng) => ExternalDomains[rng.Skewed(ExternalDomains.Length)];

    /// <summary>Recipients of bulk mail: mostly the large providers (the first one above all), then anyone.</summary>
    public string ConsumerDomain(Rng rng) => rng.NextDouble() switch
    {
        < 0.3 => Providers[0],
        < 0.6 => Providers[1 + rng.Next(Providers.Length - 1)],
        _ => ExternalDomain(rng),
    };

    public static string OwnRecipientDomain(Rng rng) => rng.Chance(0.75) ? OwnDomain : SubsidiaryDomain;

    public static bool IsOwn(string domain) => domain is OwnDomain or SubsidiaryDomain or "archive.example.net";

    /// <summary>An address in the documentation ranges, stable per name so a domain keeps its MX address.</summary>
    public static string ExternalIp(string key, int salt)
    {
        var h = StableHash(key) + (uint)salt * 2654435761u;
        var net = (h % 2) == 0 ? "198.51.100." : "203.0.113.";
        return net + (1 + (h / 2 % 254));
    }

    public static string SenderIp(Rng rng) => (rng.Chance(0.5) ? "198.51.100." : "203.0.113.") + rng.Range(1, 254);

    public static uint StableHash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }

    public static string Token(Rng rng, int length)
    {
        const string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(length, rng, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[r.Next(chars.Length)];
            }
        });
    }

    public static string Hex(Rng rng, int length)
    {
        const string chars = "0123456789ABCDEF";
        return string.Create(length, rng, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = chars[r.Next(16)];
            }
        });
    }
}
