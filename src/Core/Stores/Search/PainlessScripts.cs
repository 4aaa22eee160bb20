using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// The only scripts the query backend sends: they derive mail domains from stored addresses (the contract
/// stores no domain field). Same Painless on Elasticsearch and OpenSearch, used as composite <c>terms</c>
/// sources; they read doc values only and take no user input. Domain = text after the last <c>@</c>,
/// lower-cased; an address without one has no domain (the bucket is then <c>-</c>).
/// </summary>
internal static class PainlessScripts
{
    /// <summary>
    /// Domain of the first envelope sender address (<see cref="Querying.QuerySemantics.SenderDomainOf"/>). Doc
    /// values are sorted and de-duplicated, so they only tell which address came first when there is exactly
    /// one; otherwise (several senders, or none indexed) the first address is read from <c>_source</c>, which
    /// aggregation scripts see as <c>params['_source']</c> on Elasticsearch 8/9 and OpenSearch 2.
    /// </summary>
    public static readonly string SenderDomain =
        "List r = new ArrayList(); String a = null; "
        + $"if (doc.containsKey('{Fields.EmailFrom}') && doc['{Fields.EmailFrom}'].size() == 1) {{ a = doc['{Fields.EmailFrom}'].get(0); }} "
        + "else { def e = params['_source']['email']; if (e instanceof Map && e['from'] instanceof Map) { def v = e['from']['address']; "
        + "if (v instanceof List) { if (v.size() > 0 && v.get(0) instanceof String) { a = v.get(0); } } else if (v instanceof String) { a = v; } } } "
        + "if (a != null) { int i = a.lastIndexOf('@'); if (i >= 0 && i + 1 < a.length()) { r.add(a.substring(i + 1).toLowerCase()); } } "
        + "return r;";

    /// <summary>Each distinct recipient domain of the message.</summary>
    public static readonly string RecipientDomains = DistinctDomains(Fields.EmailTo);

    /// <summary>Each distinct recipient domain of one delivery leg (runs on the nested leg).</summary>
    public static readonly string DeliveryRecipientDomains = DistinctDomains(Fields.DeliveryRecipients);

    private static string DistinctDomains(string field) =>
        "List r = new ArrayList(); "
        + $"if (doc.containsKey('{field}')) {{ for (String a : doc['{field}']) {{ "
        + "int i = a.lastIndexOf('@'); if (i >= 0 && i + 1 < a.length()) { "
        + "String d = a.substring(i + 1).toLowerCase(); if (!r.contains(d)) { r.add(d); } } } } "
        + "return r;";

    /// <summary>The same rule in C#: what the scripts compute, for the local model and the test double.</summary>
    public static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at + 1 < address.Length ? address[(at + 1)..].ToLowerInvariant() : null;
    }
}
