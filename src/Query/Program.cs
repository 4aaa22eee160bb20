using System.Text;
using EsaTls.Query.Cli;

namespace EsaTls.Query;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        // Buffered: --all can write millions of lines; Console.Out flushes on every write.
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var terminal = !Console.IsOutputRedirected;
        var environment = CliEnvironment.Process() with
        {
            StdoutIsTerminal = terminal,
            TerminalWidth = terminal ? TerminalWidth() : null,
        };
        try
        {
            return await QueryApp.RunAsync(args, stdout, Console.Error, environment, cancellation.Token);
        }
        finally
        {
            try
            {
                await stdout.FlushAsync(CancellationToken.None);
            }
            catch (IOException)
            {
                // The reader went away (e.g. `| head`): nothing left to tell it.
            }
        }
    }

    /// <summary>Runs <c>esatls</c> in-process with the process environment; stdout is not taken as a terminal.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        QueryApp.RunAsync(args, stdout, stderr, CliEnvironment.Process(), CancellationToken.None);

    private static int? TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
