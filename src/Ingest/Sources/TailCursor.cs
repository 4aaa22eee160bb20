using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Ingest.Hosting;

namespace EsaTls.Ingest.Sources;

/// <summary>Where one group of files (one log subscription of one appliance) stands during a poll: its open file and log time.</summary>
internal sealed class TailCursor(TailedDirectory directory, InputGroup group, DateTime time) : IStepCursor
{
    public TailedDirectory Directory { get; } = directory;
    public InputGroup Group { get; } = group;
    public int NextFile { get; set; }
    public bool Exhausted { get; set; }

    /// <summary>Log time of the last line read from the group (groups are read in step by it, as a `files` run does).</summary>
    public DateTime Time { get; set; } = time;

    public TailFile? File { get; set; }
}

/// <summary>A file open for reading during a poll.</summary>
internal sealed class TailFile(string path, string key, string? knownAs, FileStream stream, LineReader reader, SourceProcessor processor,
    bool isNewest, DateTime mtime, DateTime changedAt) : IDisposable
{
    public string Path { get; } = path;
    public string Key { get; } = key;
    public string? KnownAs { get; } = knownAs;
    public FileStream Stream { get; } = stream;
    public LineReader Reader { get; } = reader;
    public SourceProcessor Processor { get; } = processor;
    public bool IsNewest { get; } = isNewest;
    public DateTime Mtime { get; } = mtime;
    public DateTime ChangedAt { get; } = changedAt;
    public long Length { get; } = stream.Length;

    public void Dispose()
    {
        Reader.Dispose();
        Stream.Dispose();
    }
}

/// <summary>What a file looked like when last read; an unchanged, fully read file is not opened again.</summary>
internal sealed record FileLook(long Length, DateTime Mtime, string Fingerprint, DateTime ChangedAt, bool UpToDate, string? Serial);
