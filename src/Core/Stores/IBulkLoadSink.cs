namespace EsaTls.Core.Stores;

/// <summary>
/// A sink that can prepare for a load of a known size — the SQLite store defers its secondary indexes when the
/// input is large compared with what it holds (<see cref="Sqlite.SqliteBulkLoad"/>).
/// </summary>
public interface IBulkLoadSink : IMessageSink
{
    /// <summary>Called once, before the first commit, with an estimate of the input bytes still to read.</summary>
    void BeforeLoad(long inputBytes);
}
