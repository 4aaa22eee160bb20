using EsaTls.Ingest.Cli;

namespace EsaTls.Tests.Ingest;

internal sealed record IngestRun(int ExitCode, string Out, string Error);

/// <summary>Runs <c>esatls-ingest</c> in-process with captured output.</summary>
internal static class IngestCli
{
    public static async Task<IngestRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await EsaTls.Ingest.Program.RunAsync(args, new CliOutput(stdout, stderr, interactive: false));
        return new IngestRun(code, stdout.ToString(), stderr.ToString());
    }

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Scenario(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);
}
