using System.Runtime.Versioning;
using EsaTls.Ingest.Sources;

namespace EsaTls.Tests.Sources;

public sealed class InputFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("esatls-inputs-").FullName;

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.EnumerateFiles(_root, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.ReparsePoint,
            }))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        Directory.Delete(_root, recursive: true);
    }

    private string Touch(string relative, string content = "Wed May  4 00:24:31 2005 Info: Begin Logfile\n")
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private string P(string relative) => Path.Combine(_root, relative);

    private IEnumerable<string> Names(IEnumerable<string> paths) => paths.Select(p => Path.GetRelativePath(_root, p));

    [Fact]
    public void Files_of_one_subscription_are_in_rollover_order_with_the_current_file_last()
    {
        Touch("mail_logs/mail.current");
        Touch("mail_logs/mail.@20240103T000000.c");
        Touch("mail_logs/mail.@20240102T120000.s");
        Touch("mail_logs/mail.@20231231T235959.s");
        Touch("mail_logs/mail.@20240101T000000.s");
        Touch("mail_logs/mail.log");

        var result = InputFiles.Expand([_root]);

        Names(result.Files).Should().Equal(
            "mail_logs/mail.@20231231T235959.s",
            "mail_logs/mail.@20240101T000000.s",
            "mail_logs/mail.@20240102T120000.s",
            "mail_logs/mail.log",
            "mail_logs/mail.@20240103T000000.c",
            "mail_logs/mail.current");
        result.Problems.Should().BeEmpty();
        result.Skipped.Should().BeEmpty();
        result.Groups.Should().ContainSingle().Which.Key.Should().Be(P("mail_logs/mail"));
    }

    [Fact]
    public void Epoch_stamps_sort_by_number_not_by_text()
    {
        Touch("mail_logs/mail_logs.@1700000000.s");
        Touch("mail_logs/mail_logs.@999999999.s");
        Touch("mail_logs/mail_logs.@123456789.s");

        Names(InputFiles.Expand([P("mail_logs")]).Files).Should().Equal(
            "mail_logs/mail_logs.@123456789.s",
            "mail_logs/mail_logs.@999999999.s",
            "mail_logs/mail_logs.@1700000000.s");
    }

    [Fact]
    public void Spamtowho_numbering_and_unstamped_names_keep_natural_name_order()
    {
        Touch("old/mail.current");
        Touch("old/mail.current.01.c");
        Touch("old/mail.current.02.s");
        Touch("old/mail.current.10.s");
        Touch("old/mail.log.2");
        Touch("old/mail.log.10");

        Names(InputFiles.Expand([P("old")]).Files).Should().Equal(
            "old/mail.current.02.s",
            "old/mail.current.10.s",
            "old/mail.log.2",
            "old/mail.log.10",
            "old/mail.current.01.c",
            "old/mail.current");
    }

    [Fact]
    public void Groups_are_ordered_by_directory_and_base_name()
    {
        Touch("esa2/mail_logs/mail.@20240101T000000.s");
        Touch("esa1/mail_logs/mail.current");
        Touch("esa1/mail_logs/mail.@20240105T000000.s");
        Touch("esa1/bounces/bounces.@20240101T000000.s");
        Touch("esa1/mail_logs/audit.@20230101T000000.s");

        var result = InputFiles.Expand([_root]);

        Names(result.Files).Should().Equal(
            "esa1/bounces/bounces.@20240101T000000.s",
            "esa1/mail_logs/audit.@20230101T000000.s",
            "esa1/mail_logs/mail.@20240105T000000.s",
            "esa1/mail_logs/mail.current",
            "esa2/mail_logs/mail.@20240101T000000.s");
        result.Groups.Select(g => Path.GetRelativePath(_root, g.Key)).Should().Equal(
            "esa1/bounces/bounces", "esa1/mail_logs/audit", "esa1/mail_logs/mail", "esa2/mail_logs/mail");
    }

    [Fact]
    public void Explicit_files_given_out_of_order_are_put_in_log_order()
    {
        var current = Touch("mail.current");
        var older = Touch("mail.@20240101T000000.s");
        var newer = Touch("mail.@20240102T000000.s");

        InputFiles.Expand([current, newer, older]).Files.Should().Equal(older, newer, current);
    }

    [Fact]
    public void Hidden_entries_are_skipped_and_non_logs_are_listed_with_a_reason()
    {
        Touch("logs/mail.current");
        Touch("logs/.hidden.s");
        Touch(".git/objects/x.s");
        Touch("logs/.snapshot/mail.@20240101T000000.s");
        Touch("logs/mail.@20231201T000000.s.gz");
        Touch("logs/esatls.db");
        Touch("asarchive/antispam_archive.mbox.current");

        var result = InputFiles.Expand([_root]);

        Names(result.Files).Should().Equal("logs/mail.current");
        result.Skipped.Select(s => (Path.GetRelativePath(_root, s.Path), s.Reason)).Should().BeEquivalentTo(new[]
        {
            ("asarchive/antispam_archive.mbox.current", "a mail archive (mbox), not a log"),
            ("logs/esatls.db", "a database file, not a log"),
            ("logs/mail.@20231201T000000.s.gz", "compressed or archived (.gz): not supported, decompress it first"),
        });
        result.Problems.Should().BeEmpty();
    }

    [Fact]
    public void A_compressed_file_named_explicitly_is_skipped_with_a_reason()
    {
        var gz = Touch("mail.@20231201T000000.s.gz");
        var result = InputFiles.Expand([gz]);
        result.Files.Should().BeEmpty();
        result.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("decompress");
    }

    [Fact]
    public void Globs_match_files_below_their_fixed_part()
    {
        Touch("logs/esa1/mail_logs.@20240102T000000.s");
        Touch("logs/esa1/mail_logs.@20240101T000000.s");
        Touch("logs/esa1/mail_logs.current");
        Touch("logs/esa2/mail_logs.@20240101T000000.s");
        Touch("logs/esa2/other.@20240101T000000.s");
        Touch("logs/.old/mail_logs.@20200101T000000.s");

        var result = InputFiles.Expand([P("logs") + "/*/mail_logs.@*.s"]);

        Names(result.Files).Should().Equal(
            "logs/esa1/mail_logs.@20240101T000000.s",
            "logs/esa1/mail_logs.@20240102T000000.s",
            "logs/esa2/mail_logs.@20240101T000000.s");
        result.Problems.Should().BeEmpty();

        Names(InputFiles.Expand([P("logs") + "/**/*.current"]).Files).Should().Equal("logs/esa1/mail_logs.current");
    }

    [Fact]
    public void Relative_globs_start_in_the_current_directory()
    {
        Touch("rel/a/mail.@20240101T000000.s");
        var saved = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = P("rel");
            Names(InputFiles.Expand(["*/mail.@*.s"]).Files).Should().Equal("rel/a/mail.@20240101T000000.s");
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
    }

    [Fact]
    public void Problems_are_reported_per_argument_and_nothing_throws()
    {
        Touch("logs/mail.current");
        Directory.CreateDirectory(P("empty"));
        var missing = P("nope/mail.current");
        var noMatch = P("logs") + "/*.s";
        var noBase = P("absent") + "/*.s";

        var result = InputFiles.Expand([missing, noMatch, noBase, P("empty"), "", "\0bad", P("logs") + "/mail.?urrent", P("logs")]);

        Names(result.Files).Should().Equal("logs/mail.current");
        result.Problems.Select(p => p.Argument).Should().Equal(missing, noMatch, noBase, P("empty"), "", "\0bad", P("logs") + "/mail.?urrent");
        result.Problems[0].Problem.Should().Be("no such file or directory");
        result.Problems[1].Problem.Should().Be("no files match");
        result.Problems[2].Problem.Should().Contain("does not exist");
        result.Problems[3].Problem.Should().Be("directory contains no log files");
        result.Problems[4].Problem.Should().Be("empty path");
        result.Problems[6].Problem.Should().Contain("only '*' and '**'");
    }

    [Fact]
    public void A_file_reached_twice_is_listed_once()
    {
        var file = Touch("logs/mail.current");
        InputFiles.Expand([P("logs"), file, P("logs") + "/*.current", P("logs/../logs/mail.current")]).Files.Should().Equal(file);
    }

    [Fact]
    public void Symbolic_link_loops_are_walked_once()
    {
        Touch("logs/mail.current");
        Directory.CreateSymbolicLink(P("logs/loop"), P("logs"));
        Names(InputFiles.Expand([P("logs")]).Files).Should().Equal("logs/mail.current");
    }

    [Fact]
    public void A_dangling_link_is_reported_as_unreadable()
    {
        Touch("logs/mail.current");
        File.CreateSymbolicLink(P("logs/mail.@20240101T000000.s"), P("gone/mail.@20240101T000000.s"));

        var result = InputFiles.Expand([P("logs")]);

        Names(result.Files).Should().Equal("logs/mail.current");
        result.Problems.Should().ContainSingle().Which.Should().Be(new InputProblem(P("logs"),
            $"cannot read '{P("logs/mail.@20240101T000000.s")}': Could not find file '{P("logs/mail.@20240101T000000.s")}'."));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Unreadable_files_are_reported()
    {
        var locked = Touch("logs/mail.@20240101T000000.s");
        Touch("logs/mail.current");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        // root (CAP_DAC_OVERRIDE) opens a mode-000 file anyway; the next test makes a file unreadable for root too.
        Skip.If(CanOpen(locked), "running as root or with CAP_DAC_OVERRIDE: file permissions do not stop this process, so a mode-000 file is readable");

        var result = InputFiles.Expand([P("logs")]);

        Names(result.Files).Should().Equal("logs/mail.current");
        result.Problems.Should().ContainSingle().Which.Problem.Should().StartWith($"cannot read '{locked}'");
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_log_that_cannot_be_read_even_by_root_is_reported_and_the_others_are_ingested()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/proc/self/mem"), "needs Linux /proc/self/mem");
        // A log name leading to /proc/self/mem: it opens, but every read at offset 0 fails (EIO) whoever runs it.
        Touch("logs/mail.current");
        File.CreateSymbolicLink(P("logs/mail.@20240101T000000.s"), "/proc/self/mem");

        var run = await EsaTls.Tests.Ingest.IngestCli.RunAsync("files", P("logs"), "--dry-run");

        run.Error.Should().Contain(P("logs/mail.@20240101T000000.s")).And.Contain("reading failed");
        run.Out.Should().MatchRegex(@"lines read\s+1 ").And.MatchRegex(@"files\s+1 read, 0 skipped \(already ingested or empty\), 1 unreadable");
        run.ExitCode.Should().NotBe(0, "a file could not be read");
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var _ = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
