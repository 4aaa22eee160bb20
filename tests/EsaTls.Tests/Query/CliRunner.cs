using EsaTls.Query.Cli;

namespace EsaTls.Tests.Query;

/// <summary>Runs <c>esatls</c> in-process and captures its output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static readonly DateTimeOffset Now = new(2024, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static async Task<Result> RunAsync(
        IEnumerable<string> args, IReadOnlyDictionary<string, string>? variables = null, bool terminal = false)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new CliEnvironment
        {
            GetVariable = name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            StdoutIsTerminal = terminal,
            TerminalWidth = terminal ? 250 : null,
            Now = () => Now,
        };
        var code = await QueryApp.RunAsync([.. args], stdout, stderr, environment, CancellationToken.None);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
