using System.Text.RegularExpressions;

namespace EsaTls.Tests.Dashboards;

/// <summary>
/// Document paths read by the runtime/scripted field scripts. The scripts follow one convention so that every
/// access can be mapped to a path: <c>doc['dotted.path']</c>, <c>params['_source']['a']['b']</c>,
/// <c>esa['x']</c> (= <c>_source.esa</c>) and <c>leg['x']</c> (one element of <c>esa.deliveries</c>).
/// </summary>
internal static partial class Painless
{
    public static List<string> Paths(string script)
    {
        var paths = new List<string>();
        foreach (Match m in Access().Matches(script))
        {
            var keys = Key().Matches(m.Groups[2].Value).Select(k => k.Groups[1].Value).ToList();
            var path = m.Groups[1].Value switch
            {
                "doc" when keys.Count == 1 => keys[0],
                "params" when keys[0] == "_source" => string.Join('.', keys.Skip(1)),
                "esa" => "esa." + string.Join('.', keys),
                "leg" => "esa.deliveries." + string.Join('.', keys),
                var other => $"<unmapped access {other}{m.Groups[2].Value}>",
            };
            if (path.Length > 0)
            {
                paths.Add(path);
            }
        }
        return paths;
    }

    [GeneratedRegex(@"\b([A-Za-z_]\w*)((?:\['[^']*'\])+)")]
    private static partial Regex Access();

    [GeneratedRegex(@"\['([^']*)'\]")]
    private static partial Regex Key();
}
