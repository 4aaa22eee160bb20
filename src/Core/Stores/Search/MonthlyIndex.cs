using System.Globalization;
using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// The monthly indices <c>esatls-messages-YYYY.MM</c> (<see cref="Fields.IndexFor"/>) and their lifecycle
/// origination date. ILM's <c>index.lifecycle.parse_origination_date</c> only understands names ending in
/// <c>-yyyy.MM.dd</c> (optionally <c>-digits</c>) and makes index creation fail otherwise, so it cannot read a
/// monthly name; instead each index is created with an explicit <c>index.lifecycle.origination_date</c>.
/// It is the start of the following month — the newest a message in the index can be — so every message
/// is kept at least the retention, and a backfilled month ages by its content, not by when it was loaded.
/// </summary>
public static class MonthlyIndex
{
    public static bool TryParseMonth(string indexName, out DateTime monthStartUtc)
    {
        monthStartUtc = default;
        if (!indexName.StartsWith(Fields.IndexPrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = indexName.AsSpan(Fields.IndexPrefix.Length);
        if (rest.Length != 7 || rest[4] != '.'
            || !int.TryParse(rest[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(rest[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }
        monthStartUtc = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Epoch milliseconds of the start of the month after the index's month.</summary>
    public static long OriginationMillis(DateTime monthStartUtc) =>
        new DateTimeOffset(monthStartUtc.AddMonths(1), TimeSpan.Zero).ToUnixTimeMilliseconds();
}
