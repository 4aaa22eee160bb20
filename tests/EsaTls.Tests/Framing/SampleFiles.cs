namespace EsaTls.Tests.Framing;

/// <summary>Real-format lines copied from public sources (see the header of each file).</summary>
internal static class SampleFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Framing", "Samples", name);

    /// <summary>The log lines of a sample file (comments and blank lines left out).</summary>
    public static IReadOnlyList<string> Lines(string name) =>
        [.. File.ReadAllLines(PathOf(name)).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}
