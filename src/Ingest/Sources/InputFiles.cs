namespace EsaTls.Ingest.Sources;

/// <summary>Expansion of command-line inputs into log files in rollover order.</summary>
public static class InputFiles
{
    public static InputExpansion Expand(IEnumerable<string> args) => throw new NotImplementedException();

    public static string GroupOf(string path) => throw new NotImplementedException();
}

public sealed record InputExpansion(IReadOnlyList<string> Files, IReadOnlyList<(string Arg, string Problem)> Problems);
