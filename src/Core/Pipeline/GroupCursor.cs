using EsaTls.Core.Framing;

namespace EsaTls.Core.Pipeline;

/// <summary>Reading position in one group of files: the open file, its reader and framing state, and how far in log time it is.</summary>
internal sealed class GroupCursor(string group) : IStepCursor
{
    public string Group { get; } = group;
    public List<InputFile> Files { get; } = [];
    public int NextFile { get; set; }
    public bool Exhausted { get; set; }

    /// <summary>Log time of the last line read (MinValue before the first, so every group starts with its header).</summary>
    public DateTime Time { get; set; } = DateTime.MinValue;

    public InputFile? File { get; private set; }
    public string? Fingerprint { get; private set; }
    public LineReader? Reader { get; private set; }
    public SourceProcessor? Source { get; private set; }
    public long Length { get; private set; }

    /// <summary>Lines of the open file are in the batch being filled: its position goes with the batch.</summary>
    public bool InBatch { get; set; }

    /// <summary>The file's length now (it may have grown or shrunk since it was opened).</summary>
    public long CurrentLength => _stream?.Length ?? Length;

    private FileStream? _stream;

    public void Open(InputFile file, string fingerprint, FileStream stream, LineReader reader, SourceProcessor source)
    {
        File = file;
        Fingerprint = fingerprint;
        _stream = stream;
        Length = stream.Length;
        Reader = reader;
        Source = source;
    }

    /// <summary>The file is read to its end: remember its serial for headerless files of the group, and close it.</summary>
    public void FinishFile(Dictionary<string, string> groupSerials)
    {
        if (Source?.Serial is { } serial)
        {
            groupSerials[Group] = serial;
        }
        Close();
    }

    public void Close()
    {
        Reader?.Dispose();
        _stream?.Dispose();
        Reader = null;
        _stream = null;
    }
}
