using System.Security;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EsaTls.Ingest.Sources;

/// <summary>An argument that yielded nothing or only part of what it names (missing path, unreadable entry, glob without match).</summary>
public sealed record InputProblem(string Argument, string Problem);

/// <summary>A file found but not read, and why (compressed, a database…).</summary>
public sealed record SkippedInput(string Path, string Reason);

/// <summary>The files of one log subscription directory and base name, in log order.</summary>
public sealed record InputGroup(string Key, IReadOnlyList<string> Files);

/// <summary>
/// Result of expanding command-line inputs. <see cref="Files"/> (full paths) is the concatenation of
/// <see cref="Groups"/>: groups ordered by path, files inside a group in roll-over order.
/// </summary>
public sealed record InputExpansion(
    IReadOnlyList<string> Files,
    IReadOnlyList<InputGroup> Groups,
    IReadOnlyList<SkippedInput> Skipped,
    IReadOnlyList<InputProblem> Problems);

/// <summary>
/// Turns <c>files</c> arguments (paths, directories, globs) into the list of log files to read, in log order:
/// within one directory and base name, <c>name.@YYYYMMDDThhmmss.s</c> / <c>name.@&lt;epoch&gt;.s</c> by stamp,
/// then files without a stamp in name order, then the current file (<c>.c</c>, <c>.current</c>) last.
/// Never throws: every argument that yields nothing is reported in <see cref="InputExpansion.Problems"/>.
/// </summary>
public static class InputFiles
{
    private static readonly string[] CompressedExtensions =
        [".gz", ".tgz", ".bz2", ".xz", ".zst", ".lz4", ".zip", ".7z", ".tar", ".z"];

    private static readonly string[] DatabaseExtensions =
        [".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm", ".db-journal"];

    private static readonly string[] OtherNonLogExtensions =
        [".lock", ".pid", ".swp", ".tmp", ".part", ".mbox", ".md", ".json", ".ndjson", ".yml", ".yaml", ".csv", ".html", ".pdf", ".png"];

    /// <summary>The files to read, each with its group (serials and correlation state carry along a group).</summary>
    public static List<Core.Pipeline.InputFile> ToInputs(InputExpansion expansion)
    {
        var inputs = new List<Core.Pipeline.InputFile>(expansion.Files.Count);
        foreach (var group in expansion.Groups)
        {
            foreach (var file in group.Files)
            {
                inputs.Add(new Core.Pipeline.InputFile(file, group.Key));
            }
        }
        return inputs;
    }

    public static InputExpansion Expand(IEnumerable<string> args)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<SkippedInput>();
        var problems = new List<InputProblem>();

        foreach (var arg in args ?? [])
        {
            try
            {
                ExpandOne(arg, found, seen, skipped, problems);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException
                                          or NotSupportedException or SecurityException)
            {
                problems.Add(new InputProblem(arg, e.Message));
            }
        }

        var groups = Order(found);
        var files = new List<string>(found.Count);
        foreach (var g in groups)
        {
            files.AddRange(g.Files);
        }
        return new InputExpansion(files, groups, skipped, problems);
    }

    private static void ExpandOne(string arg, List<string> found, HashSet<string> seen, List<SkippedInput> skipped, List<InputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(arg))
        {
            problems.Add(new InputProblem(arg ?? "", "empty path"));
            return;
        }

        if (Directory.Exists(arg))
        {
            var before = found.Count + skipped.Count;
            WalkDirectory(arg, Path.GetFullPath(arg), found, seen, skipped, problems);
            if (found.Count + skipped.Count == before)
            {
                problems.Add(new InputProblem(arg, "directory contains no log files"));
            }
            return;
        }

        if (File.Exists(arg))
        {
            AddFile(arg, Path.GetFullPath(arg), found, seen, skipped, problems);
            return;
        }

        if (arg.Contains('*', StringComparison.Ordinal))
        {
            ExpandGlob(arg, found, seen, skipped, problems);
            return;
        }

        problems.Add(new InputProblem(arg, arg.IndexOfAny(['?', '[']) >= 0
            ? "no such file or directory (only '*' and '**' are supported as wildcards)"
            : "no such file or directory"));
    }

    private static void ExpandGlob(string arg, List<string> found, HashSet<string> seen, List<SkippedInput> skipped, List<InputProblem> problems)
    {
        // Split at the first segment with a wildcard: the part before is the directory the matcher starts in.
        var normalized = arg.Replace('\\', '/');
        var segments = normalized.Split('/');
        var first = Array.FindIndex(segments, s => s.Contains('*', StringComparison.Ordinal));
        var baseDir = string.Join('/', segments[..first]);
        if (baseDir.Length == 0)
        {
            baseDir = normalized.StartsWith('/') ? "/" : ".";
        }
        var pattern = string.Join('/', segments[first..]);

        if (!Directory.Exists(baseDir))
        {
            problems.Add(new InputProblem(arg, $"no files match: directory '{baseDir}' does not exist"));
            return;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(pattern);
        var fullBase = Path.GetFullPath(baseDir);
        var explicitHidden = pattern.StartsWith('.') || pattern.Contains("/.", StringComparison.Ordinal);
        var matches = new List<string>();
        foreach (var path in matcher.GetResultsInFullPath(fullBase))
        {
            var relative = Path.GetRelativePath(fullBase, path);
            if (!explicitHidden && HasHiddenSegment(relative))
            {
                continue;
            }
            matches.Add(path);
        }

        if (matches.Count == 0)
        {
            problems.Add(new InputProblem(arg, "no files match"));
            return;
        }
        matches.Sort(StringComparer.Ordinal);
        foreach (var path in matches)
        {
            AddFile(arg, Path.GetFullPath(path), found, seen, skipped, problems);
        }
    }

    private static void WalkDirectory(string arg, string root, List<string> found, HashSet<string> seen, List<SkippedInput> skipped, List<InputProblem> problems)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            // A symbolic link may point back up the tree: visit each real directory once.
            if (!visited.Add(RealPath(dir)))
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(dir).EnumerateFileSystemInfos()];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
            {
                problems.Add(new InputProblem(arg, $"cannot read directory '{dir}': {e.Message}"));
                continue;
            }

            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                var entry = entries[i];
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }
                if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
            }
            foreach (var entry in entries)
            {
                if (entry is FileInfo && !entry.Name.StartsWith('.'))
                {
                    AddFile(arg, entry.FullName, found, seen, skipped, problems);
                }
            }
        }
    }

    private static void AddFile(string arg, string fullPath, List<string> found, HashSet<string> seen, List<SkippedInput> skipped, List<InputProblem> problems)
    {
        if (!seen.Add(fullPath))
        {
            return;
        }
        var reason = NotALogReason(Path.GetFileName(fullPath));
        if (reason is not null)
        {
            skipped.Add(new SkippedInput(fullPath, reason));
            return;
        }
        var unreadable = UnreadableReason(fullPath);
        if (unreadable is not null)
        {
            problems.Add(new InputProblem(arg, $"cannot read '{fullPath}': {unreadable}"));
            return;
        }
        found.Add(fullPath);
    }

    /// <summary>Why a file name is not a text log we read, or null.</summary>
    internal static string? NotALogReason(string fileName)
    {
        foreach (var ext in CompressedExtensions)
        {
            if (fileName.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return $"compressed or archived ({ext}): not supported, decompress it first";
            }
        }
        foreach (var ext in DatabaseExtensions)
        {
            if (fileName.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return "a database file, not a log";
            }
        }
        if (fileName.Contains(".mbox.", StringComparison.OrdinalIgnoreCase))
        {
            return "a mail archive (mbox), not a log";
        }
        foreach (var ext in OtherNonLogExtensions)
        {
            if (fileName.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                return ext == ".mbox" ? "a mail archive (mbox), not a log" : $"not a log ({ext})";
            }
        }
        return null;
    }

    private static string? UnreadableReason(string path)
    {
        try
        {
            // Empty files need no check (and a FIFO, whose open would wait for a writer, reports length 0).
            if (new FileInfo(path).Length == 0)
            {
                return null;
            }
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
        {
            return e.Message;
        }
    }

    internal static List<InputGroup> Order(List<string> files)
    {
        var groups = new Dictionary<string, List<(string Path, LogFileName Name)>>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = LogFileName.Parse(Path.GetFileName(path));
            var key = Path.Combine(Path.GetDirectoryName(path) ?? "", name.BaseName);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }
            list.Add((path, name));
        }

        var keys = new List<string>(groups.Keys);
        keys.Sort(StringComparer.Ordinal);
        var result = new List<InputGroup>(keys.Count);
        foreach (var key in keys)
        {
            var list = groups[key];
            list.Sort(static (a, b) =>
            {
                var c = a.Name.Rank.CompareTo(b.Name.Rank);
                if (c == 0)
                {
                    c = a.Name.Stamp.CompareTo(b.Name.Stamp);
                }
                return c != 0 ? c : NaturalNameComparer.Instance.Compare(Path.GetFileName(a.Path), Path.GetFileName(b.Path));
            });
            var paths = new List<string>(list.Count);
            foreach (var (path, _) in list)
            {
                paths.Add(path);
            }
            result.Add(new InputGroup(key, paths));
        }
        return result;
    }

    private static bool HasHiddenSegment(string relativePath)
    {
        foreach (var segment in relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (segment.Length > 1 && segment[0] == '.' && segment != "..")
            {
                return true;
            }
        }
        return false;
    }

    private static string RealPath(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SecurityException)
        {
            return dir;
        }
    }
}
