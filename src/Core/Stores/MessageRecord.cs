using EsaTls.Core.Contract;

namespace EsaTls.Core.Stores;

/// <summary>
/// A document as the correlator emits it: its deterministic id (<see cref="DocumentId"/>, frozen at the
/// message's first emission) and the document. Every later version of the message carries the same id.
/// </summary>
public sealed record MessageRecord(string Id, MessageDocument Document)
{
    public string Index => Fields.IndexFor(Document.Timestamp);
}
