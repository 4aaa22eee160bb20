namespace EsaTls.Core.Framing;

/// <summary>
/// Splits a byte stream into lines without decoding it: one pooled buffer, spans handed out, CR/LF removed.
/// Lines longer than the cap are cut to the cap (the rest of the line is skipped, never buffered) and flagged.
/// </summary>
public sealed class LineReader : IDisposable
{
    public const int DefaultMaxLineBytes = 1 << 20;

    /// <param name="stream">Positioned at <paramref name="startOffset"/> already, or seekable.</param>
    /// <param name="startOffset">Byte offset of the first line to read (resume point).</param>
    /// <param name="maxLineBytes">Longer lines are cut to this length and counted.</param>
    /// <param name="consumeUnterminatedLastLine">Batch reading: true (a last line without newline is a line).
    /// Tailing: false (it is left unread until its newline arrives).</param>
    public LineReader(Stream stream, long startOffset = 0, int maxLineBytes = DefaultMaxLineBytes, bool consumeUnterminatedLastLine = true)
        => throw new NotImplementedException();

    /// <summary>Next line (without its line ending); false at end of data.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line) => throw new NotImplementedException();

    /// <summary>Byte offset of the start of the line last returned.</summary>
    public long LineStart => throw new NotImplementedException();

    /// <summary>Byte offset just after the line last returned (its line ending included): the resume point.</summary>
    public long Position => throw new NotImplementedException();

    /// <summary>The line last returned was longer than the cap and has been cut.</summary>
    public bool LastLineOversized => throw new NotImplementedException();

    public void Dispose() => throw new NotImplementedException();
}
