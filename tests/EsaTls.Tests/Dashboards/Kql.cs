using System.Text.RegularExpressions;

namespace EsaTls.Tests.Dashboards;

/// <summary>
/// Just enough of KQL to list the fields (and literal values) a query uses: <c>a.b: x</c>, <c>a: (x or y)</c>,
/// <c>nested:{ sub: x and other: y }</c> (sub-fields are relative to the nested path), quoted values, and/or/not.
/// </summary>
internal static partial class Kql
{
    public static List<(string Field, List<string> Values)> Fields(string query)
    {
        var tokens = Tokenize(query);
        var result = new List<(string, List<string>)>();
        var prefixes = new Stack<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t == "}")
            {
                prefixes.TryPop(out _);
                continue;
            }
            if (i + 1 >= tokens.Count || tokens[i + 1] != ":" || IsPunctuation(t))
            {
                continue;
            }
            var field = (prefixes.TryPeek(out var p) ? p : "") + t;
            var values = new List<string>();
            var j = i + 2;
            if (j < tokens.Count && tokens[j] == "{")
            {
                prefixes.Push(field + ".");
                result.Add((field, values));
                i = j;
                continue;
            }
            if (j < tokens.Count && tokens[j] == "(")
            {
                for (j++; j < tokens.Count && tokens[j] != ")"; j++)
                {
                    if (!IsOperator(tokens[j]))
                    {
                        values.Add(tokens[j].Trim('"'));
                    }
                }
            }
            else if (j < tokens.Count)
            {
                values.Add(tokens[j].Trim('"'));
            }
            result.Add((field, values));
            i = j;
        }
        return result;
    }

    /// <summary>The KQL strings of a Lens formula: <c>count(kql='...')</c>.</summary>
    public static IEnumerable<string> FormulaKqlArguments(string formula) =>
        FormulaKql().Matches(formula).Select(m => m.Groups[1].Value);

    private static bool IsOperator(string t) => t.Equals("or", StringComparison.OrdinalIgnoreCase)
        || t.Equals("and", StringComparison.OrdinalIgnoreCase) || t.Equals("not", StringComparison.OrdinalIgnoreCase);

    private static bool IsPunctuation(string t) => t is "(" or ")" or "{" or "}" or ":";

    private static List<string> Tokenize(string query) => Token().Matches(query).Select(m => m.Value).ToList();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|[(){}:]|[^\\s(){}:\"]+")]
    private static partial Regex Token();

    [GeneratedRegex("kql='((?:[^'\\\\]|\\\\.)*)'")]
    private static partial Regex FormulaKql();
}
