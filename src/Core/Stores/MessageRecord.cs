using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores;

/// <summary>
/// A document as the correlator emits it: its deterministic id (<see cref="DocumentId"/>, frozen at the
/// message's first emission) and the document. Every later version of the message carries the same id.
/// </summary>
public sealed record MessageRecord(string Id, MessageDocument Document)
{
    private byte[]? _utf8Json;

    // A copy made with `with` may carry another document: it starts without the cached bytes.
    private MessageRecord(MessageRecord original)
    {
        Id = original.Id;
        Document = original.Document;
    }

    public string Index => Fields.IndexFor(Document.Timestamp);

    /// <summary>
    /// The document as <see cref="DocumentJson"/> serialises it, made once. A backfill makes it on the correlating
    /// thread before it hands a batch to the sink, so the writer only copies bytes.
    /// </summary>
    public byte[] Utf8Json => _utf8Json ??= DocumentJson.SerializeToUtf8(Document);

    // The cached bytes are derived from the document: equality is that of id and document only.
    public bool Equals(MessageRecord? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && EqualityComparer<MessageDocument>.Default.Equals(Document, other.Document);

    public override int GetHashCode() => HashCode.Combine(Id, Document);
}
