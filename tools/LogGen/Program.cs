using System.Globalization;
using EsaTls.Core.Contract;
using EsaTls.LogGen.Options;

namespace EsaTls.LogGen;

public static class Program
{
    public static int Main(string[] args)
    {
        if (!OptionParser.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine($"esatls-loggen: {error}");
            Console.Error.WriteLine("try --help");
            return 2;
        }
        if (options is null)
        {
            Console.Out.WriteLine(OptionParser.Usage);
            return 0;
        }
        GenerationSummary summary;
        try
        {
            summary = LogGenerator.Run(options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"esatls-loggen: cannot write output: {e.Message}");
            return 1;
        }
        if (!options.Quiet)
        {
            Print(summary);
        }
        return 0;
    }

    private static void Print(GenerationSummary s)
    {
        var inv = CultureInfo.InvariantCulture;
        var seconds = Math.Max(s.Elapsed.TotalSeconds, 1e-3);
        Console.Error.WriteLine(string.Create(inv,
            $"esatls-loggen: {s.Files.Count} file(s), {s.Lines} lines, {s.Bytes / 1048576.0:0.0} MiB in {seconds:0.0} s ({s.Bytes / 1048576.0 / seconds:0.0} MiB/s); window end {s.WindowEndUtc:yyyy-MM-ddTHH:mm:ssZ}"));
        Console.Error.WriteLine(string.Create(inv, $"  messages (MIDs in output): {s.Messages}, lacked TLS: {s.Lacked}, unknown: {s.Unknown}"));
        Console.Error.WriteLine("  receive: " + string.Join(", ", Wire.ReceiveStatuses.Select(n =>
            $"{n}={s.ByReceive.Where(kv => kv.Key.Name() == n).Sum(kv => kv.Value)}")));
        Console.Error.WriteLine("  deliver: " + string.Join(", ", Wire.DeliverStatuses.Select(n =>
            $"{n}={s.ByDeliver.Where(kv => kv.Key.Name() == n).Sum(kv => kv.Value)}")));
    }
}
