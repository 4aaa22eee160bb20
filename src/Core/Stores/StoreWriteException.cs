namespace EsaTls.Core.Stores;

/// <summary>
/// A store could not be read or written while ingesting (disk full, I/O error, locked by another writer). Nothing
/// of the failed commit is stored; what was committed before stays, with its checkpoint, so the next run resumes.
/// An <see cref="IOException"/>: the command lines report it and exit 1, the worker retries.
/// </summary>
public sealed class StoreWriteException(string message, Exception inner) : IOException(message, inner);
