using System.Text;
using System.Text.Json;

namespace EsaTls.Core.Stores.Search;

/// <summary>
/// The sink's local state: the checkpoint (written atomically: temp file, fsync, rename) and the
/// dead-letter file (append-only NDJSON, fsynced before a checkpoint that passes its records is saved).
/// Both are owner-only on Unix: documents hold mail addresses. A lock file keeps a second writer out.
/// </summary>
internal sealed class StateFiles : IDisposable
{
    private readonly object deadLetterLock = new();
    private readonly FileStream lockFile;
    private FileStream? deadLetter;
    private bool deadLetterDirty;

    public string Directory { get; }
    public string CheckpointPath { get; }
    public string DeadLetterPath { get; }

    public StateFiles(string directory)
    {
        Directory = Path.GetFullPath(directory);
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SearchConfigurationException($"cannot create the state folder '{Directory}': {ex.Message}");
        }
        CheckpointPath = Path.Combine(Directory, SearchSinkOptions.CheckpointFileName);
        DeadLetterPath = Path.Combine(Directory, SearchSinkOptions.DeadLetterFileName);
        try
        {
            lockFile = new FileStream(Path.Combine(Directory, "state.lock"), Options(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw new SearchConfigurationException($"the state folder '{Directory}' is in use by another esatls process");
        }
    }

    private static FileStreamOptions Options(FileMode mode, FileAccess access, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return options;
    }

    public async Task SaveCheckpointAsync(IngestCheckpoint checkpoint, string? clusterUuid, CancellationToken cancellationToken)
    {
        var bytes = SearchConnection.ToJsonBytes(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("format", 1);
            if (clusterUuid is not null)
            {
                w.WriteString("cluster_uuid", clusterUuid);
            }
            w.WriteString("saved_utc", DateTime.UtcNow);
            w.WritePropertyName("checkpoint");
            w.WriteRawValue(checkpoint.ToJson());
            w.WriteEndObject();
        });
        var temp = CheckpointPath + ".tmp";
        await using (var stream = new FileStream(temp, Options(FileMode.Create, FileAccess.Write, FileShare.None)))
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, CheckpointPath, overwrite: true);
    }

    public async Task<IngestCheckpoint?> LoadCheckpointAsync(string? clusterUuid, CancellationToken cancellationToken)
    {
        if (!File.Exists(CheckpointPath))
        {
            return null;
        }
        var bytes = await File.ReadAllBytesAsync(CheckpointPath, cancellationToken).ConfigureAwait(false);
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            var saved = root.TryGetProperty("cluster_uuid", out var u) ? u.GetString() : null;
            if (Known(saved) && Known(clusterUuid) && saved != clusterUuid)
            {
                throw new SearchConfigurationException(
                    $"the checkpoint in '{CheckpointPath}' belongs to cluster {saved}, but this cluster is {clusterUuid}: use another state folder, or delete the file to ingest from the start");
            }
            return IngestCheckpoint.FromJson(root.GetProperty("checkpoint").GetRawText());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new SearchConfigurationException($"the checkpoint file '{CheckpointPath}' is unreadable ({ex.Message}); delete it to ingest from the start");
        }
    }

    private static bool Known(string? uuid) => !string.IsNullOrEmpty(uuid) && uuid != "_na_";

    public void AppendDeadLetter(BulkItem item, int status, string? errorJson, string note)
    {
        var line = SearchConnection.ToJsonBytes(w =>
        {
            w.WriteStartObject();
            w.WriteString("@timestamp", DateTime.UtcNow);
            w.WriteNumber("status", status);
            w.WritePropertyName("error");
            if (errorJson is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteRawValue(errorJson);
            }
            w.WriteString("note", note);
            w.WriteNumber("attempts", item.Attempts);
            w.WriteStartObject("action");
            w.WriteStartObject("index");
            w.WriteString("_index", item.Index);
            w.WriteString("_id", item.Id);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WritePropertyName("document");
            w.WriteRawValue(item.Document);
            w.WriteEndObject();
        });
        lock (deadLetterLock)
        {
            deadLetter ??= new FileStream(DeadLetterPath, Options(FileMode.Append, FileAccess.Write, FileShare.Read));
            deadLetter.Write(line);
            deadLetter.WriteByte((byte)'\n');
            deadLetterDirty = true;
        }
    }

    /// <summary>Makes the dead-letter lines durable; called before a checkpoint that passes them is saved.</summary>
    public void SyncDeadLetters()
    {
        lock (deadLetterLock)
        {
            if (deadLetter is not null && deadLetterDirty)
            {
                deadLetter.Flush(flushToDisk: true);
                deadLetterDirty = false;
            }
        }
    }

    public void Dispose()
    {
        lock (deadLetterLock)
        {
            deadLetter?.Flush(flushToDisk: true);
            deadLetter?.Dispose();
            deadLetter = null;
        }
        lockFile.Dispose();
    }

    internal static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
