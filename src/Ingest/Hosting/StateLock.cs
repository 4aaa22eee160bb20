using EsaTls.Ingest.Cli;

namespace EsaTls.Ingest.Hosting;

/// <summary>
/// An exclusive lock on <c>State:Directory/worker.lock</c>: two workers on the same state would read the spool
/// twice. The operating system releases it when the process ends, however it ends (kill -9 included).
/// </summary>
public sealed class StateLock : IDisposable
{
    private readonly FileStream _file;

    private StateLock(FileStream file) => _file = file;

    public static StateLock Acquire(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, "worker.lock");
        try
        {
            Directory.CreateDirectory(stateDirectory);
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
            file.Write(pid);
            file.Flush();
            return new StateLock(file);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UsageException($"configuration: State:Directory: '{stateDirectory}' is not writable ({e.Message})");
        }
        catch (IOException e)
        {
            throw new UsageException($"configuration: State:Directory: '{stateDirectory}' is in use by another worker, or not writable ({e.Message})");
        }
    }

    public void Dispose() => _file.Dispose();
}
