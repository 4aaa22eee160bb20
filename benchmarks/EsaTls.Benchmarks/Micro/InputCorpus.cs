using System.Globalization;

namespace EsaTls.Benchmarks.Micro;

/// <summary>
/// Generated mail-log lines for the micro-benchmarks: esatls-loggen output (2 appliances, native files, seed 7,
/// 16 MiB), generated once into the temp directory and read into one buffer with the offset of every line.
/// </summary>
internal sealed class InputCorpus
{
    public const int Megabytes = 16;

    private static readonly Lazy<InputCorpus> Shared = new(Load);

    private InputCorpus(byte[] bytes, int[] starts, int[] lengths, string[] files)
    {
        Bytes = bytes;
        Starts = starts;
        Lengths = lengths;
        Files = files;
    }

    public static InputCorpus Instance => Shared.Value;

    /// <summary>All files, concatenated in log order (per appliance, oldest file first).</summary>
    public byte[] Bytes { get; }

    public int[] Starts { get; }

    public int[] Lengths { get; }

    public string[] Files { get; }

    public int LineCount => Starts.Length;

    public ReadOnlySpan<byte> Line(int i) => Bytes.AsSpan(Starts[i], Lengths[i]);

    private static InputCorpus Load()
    {
        var dir = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"esatls-bench-corpus-{Megabytes}"));
        if (!Directory.Exists(dir) || Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Length == 0)
        {
            var code = EsaTls.LogGen.Program.Main(["--appliances", "2", "--size", $"{Megabytes}MB", "--seed", "7", "--out", dir, "--quiet"]);
            if (code != 0)
            {
                throw new InvalidOperationException($"esatls-loggen failed ({code})");
            }
        }
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var bytes = files.SelectMany(File.ReadAllBytes).ToArray();
        var starts = new List<int>();
        var lengths = new List<int>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(start);
                lengths.Add(i - start);
                start = i + 1;
            }
        }
        return new InputCorpus(bytes, [.. starts], [.. lengths], files);
    }
}
