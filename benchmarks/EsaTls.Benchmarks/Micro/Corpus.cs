namespace EsaTls.Benchmarks.Micro;

/// <summary>Sizes shared by the micro-benchmarks.</summary>
internal static class Corpus
{
    /// <summary>Lines per benchmark invocation (the corpus holds more); results are per line.</summary>
    public const int Lines = 100_000;
}
