namespace EsaTls.Fuzz.Targets;

public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new LineReaderTarget(), new FramerTarget(), new MailParserTarget(), new CefParserTarget(), new ConfigTarget(),
        new PipelineTarget(), new CommandLineTarget(),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
