using System.Security;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// Lists the log files of a push directory (recursively: AsyncOS pushes into <c>&lt;subscription&gt;/</c>
/// subdirectories) grouped by subscription and in roll-over order, like <see cref="InputFiles"/>. Hidden files
/// (uploads in progress under a temporary dot-name) and non-log files are left out.
/// </summary>
internal static class TailScan
{
    /// <summary>The groups, or null when the directory cannot be listed (<paramref name="problem"/> says why).</summary>
    public static List<InputGroup>? List(string directory, out string? problem)
    {
        problem = null;
        var files = new List<string>();
        var pending = new Stack<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        pending.Push(directory);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            try
            {
                var info = new DirectoryInfo(dir);
                var real = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
                if (!visited.Add(real))
                {
                    continue;
                }
                foreach (var entry in info.EnumerateFileSystemInfos())
                {
                    if (entry.Name.StartsWith('.'))
                    {
                        continue;
                    }
                    if (entry is DirectoryInfo)
                    {
                        pending.Push(entry.FullName);
                    }
                    else if (InputFiles.NotALogReason(entry.Name) is null)
                    {
                        files.Add(entry.FullName);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
            {
                if (dir == directory)
                {
                    problem = e is DirectoryNotFoundException ? "does not exist (yet)" : e.Message;
                    return null;
                }
                problem = $"cannot list '{dir}': {e.Message}";
            }
        }
        return InputFiles.Order(files);
    }
}
