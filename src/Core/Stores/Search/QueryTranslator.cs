using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EsaTls.Core.Contract;
using EsaTls.Core.Stores.Querying;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// <see cref="MessageFilter"/> → query DSL. User values only ever travel as JSON values of <c>term</c>,
/// <c>terms</c>, <c>range</c> and <c>wildcard</c> (with <c>*</c>, <c>?</c> and <c>\</c> escaped), never as
/// query-string syntax.
/// </summary>
internal static class QueryTranslator
{
    public static JsonObject Query(MessageFilter filter, params JsonObject[] extra)
    {
        var clauses = new JsonArray();
        if (filter.Since is not null || filter.Until is not null)
        {
            var range = new JsonObject();
            if (filter.Since is { } since)
            {
                range["gte"] = Iso(since);
            }
            if (filter.Until is { } until)
            {
                range["lt"] = Iso(until);
            }
            range["format"] = "strict_date_optional_time";
            clauses.Add(new JsonObject { ["range"] = new JsonObject { [Fields.Timestamp] = range } });
        }
        if (filter.Host is { } host)
        {
            clauses.Add(Term(Fields.ObserverHostname, host));
        }
        if (filter.SenderDomain is { } sender)
        {
            clauses.Add(DomainQuery(Fields.EmailFrom, sender));
        }
        if (filter.RecipientDomain is { } recipient)
        {
            clauses.Add(DomainQuery(Fields.EmailTo, recipient));
        }
        if (filter.Direction is { } direction)
        {
            clauses.Add(Term(Fields.EmailDirection, direction.Name()));
        }
        // An empty list does not constrain (MessageFilter); an empty `terms` would match nothing.
        if (filter.ReceiveStatuses is { Count: > 0 } receive)
        {
            clauses.Add(Terms(Fields.ReceiveStatus, receive));
        }
        if (filter.DeliverStatuses is { Count: > 0 } deliver)
        {
            clauses.Add(Terms(Fields.DeliverStatus, deliver));
        }
        if (filter.Lacking is { } leg)
        {
            clauses.Add(Lacking(leg, filter.IncludeUnknown));
        }
        if (filter.Mid is { } mid)
        {
            clauses.Add(new JsonObject { ["term"] = new JsonObject { [Fields.Mid] = mid } });
        }
        foreach (var e in extra)
        {
            clauses.Add(e);
        }
        return clauses.Count == 0
            ? new JsonObject { ["match_all"] = new JsonObject() }
            : new JsonObject { ["bool"] = new JsonObject { ["filter"] = clauses } };
    }

    private static JsonObject Lacking(Leg leg, bool includeUnknown)
    {
        switch (leg)
        {
            case Leg.Receive:
                return Terms(Fields.ReceiveStatus, includeUnknown ? [.. Wire.ReceiveLacking, "unknown"] : Wire.ReceiveLacking);
            case Leg.Deliver:
                return Terms(Fields.DeliverStatus, includeUnknown ? [.. Wire.DeliverLacking, "unknown"] : Wire.DeliverLacking);
            default:
                if (!includeUnknown)
                {
                    return Term(Fields.TlsLacked, true);
                }
                return new JsonObject
                {
                    ["bool"] = new JsonObject
                    {
                        ["should"] = new JsonArray { Term(Fields.TlsLacked, true), Term(Fields.TlsUnknown, true) },
                        ["minimum_should_match"] = 1,
                    },
                };
        }
    }

    /// <summary>
    /// Some address in <paramref name="field"/> has exactly this domain, any case: <c>*@domain</c>, case
    /// insensitive. A "domain" that is empty or holds an <c>@</c> is never the part after an address's
    /// last <c>@</c>, so it matches nothing.
    /// </summary>
    public static JsonObject DomainQuery(string field, string domain)
    {
        if (domain.Length == 0 || domain.Contains('@', StringComparison.Ordinal))
        {
            return new JsonObject { ["match_none"] = new JsonObject() };
        }
        return new JsonObject
        {
            ["wildcard"] = new JsonObject
            {
                [field] = new JsonObject { ["value"] = "*@" + EscapeWildcard(domain), ["case_insensitive"] = true },
            },
        };
    }

    public static string EscapeWildcard(string value)
    {
        var sb = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            if (c is '*' or '?' or '\\')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static JsonObject Term(string field, JsonNode? value) =>
        new() { ["term"] = new JsonObject { [field] = value } };

    public static JsonObject Terms(string field, IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var v in values)
        {
            array.Add(v);
        }
        return new JsonObject { ["terms"] = new JsonObject { [field] = array } };
    }

    public static JsonObject Nested(string path, JsonObject query) =>
        new() { ["nested"] = new JsonObject { ["path"] = path, ["query"] = query } };

    /// <summary>
    /// UTC ISO-8601 in milliseconds, the resolution of a <c>date</c> field. A bound between two milliseconds is
    /// floored, as <see cref="QuerySemantics.TimeKey"/> compares every time (Unspecified kinds are UTC).
    /// </summary>
    public static string Iso(DateTime time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(QuerySemantics.TimeKey(time))
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
