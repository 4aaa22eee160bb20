using System.Text;
using EsaTls.Core.Framing;

namespace EsaTls.Fuzz;

/// <summary>
/// Real-format seed inputs: every log of the repository (samples, scenario logs, framing fixtures), as whole
/// lines, as message texts after the framing, and the consolidated event (CEF) lines among them.
/// </summary>
public sealed class Corpus
{
    private static readonly Lazy<Corpus> Shared = new(() => Load(RepositoryRoot()));

    private Corpus(List<string[]> files)
    {
        Files = files;
        var lines = new List<byte[]>();
        var messages = new List<byte[]>();
        var cef = new List<byte[]>();
        var framer = new LineFramer(new FramingOptions { Year = 2025 });
        foreach (var file in files)
        {
            foreach (var line in file)
            {
                var bytes = Encoding.UTF8.GetBytes(line);
                lines.Add(bytes);
                if (framer.TryFrame(bytes, out var framed) == FrameError.None)
                {
                    var message = framed.Message.ToArray();
                    (message.AsSpan().StartsWith("CEF:"u8) ? cef : messages).Add(message);
                }
            }
        }
        Lines = lines;
        Messages = messages;
        Cef = cef;
    }

    /// <summary>The corpus of the repository this program runs in.</summary>
    public static Corpus Default => Shared.Value;

    /// <summary>Each log file as its lines, in order (windows of these make multi-line inputs).</summary>
    public IReadOnlyList<string[]> Files { get; }

    public IReadOnlyList<byte[]> Lines { get; }

    /// <summary>Message texts after <c>Level: </c> (what the mail line parser sees).</summary>
    public IReadOnlyList<byte[]> Messages { get; }

    /// <summary>Consolidated event payloads from <c>CEF:</c> on.</summary>
    public IReadOnlyList<byte[]> Cef { get; }

    public static Corpus Load(string root)
    {
        var files = new List<string[]>();
        foreach (var dir in new[] { "samples", Path.Combine("tests", "EsaTls.Tests", "Scenarios"), Path.Combine("tests", "EsaTls.Tests", "Framing", "Samples") })
        {
            var full = Path.Combine(root, dir);
            if (!Directory.Exists(full))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".expect", StringComparison.Ordinal)
                    || name.EndsWith(".ndjson", StringComparison.Ordinal))
                {
                    continue;
                }
                files.Add(File.ReadAllLines(path));
            }
        }
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no log files found under {root} (samples/, tests/EsaTls.Tests/Scenarios/)");
        }
        return new Corpus(files);
    }

    /// <summary>The directory holding <c>Ingest.sln</c>, searched upwards from the program and the working directory.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Ingest.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("cannot find the repository (Ingest.sln) above the program or the working directory");
    }
}
