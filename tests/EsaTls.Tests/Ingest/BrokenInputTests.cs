using System.Text;
using System.Text.Unicode;

namespace EsaTls.Tests.Ingest;

/// <summary>
/// Garbage, damaged bytes and huge lines end to end through <c>esatls-ingest files</c> and <c>check</c>: counted
/// and reported, and the documents of the good messages exactly as without them.
/// </summary>
public sealed class BrokenInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("esatls-broken-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static TheoryData<string, string> Logs() => new()
    {
        { "native file with header", Sample("samples", "esa1.example.net", "mail_logs.@20250302T190000.s") },
        { "syslog relay file", Sample("samples", "esa3.example.net", "syslog.log") },
        { "syslog with consolidated event lines", Sample("Scenarios", "consolidated-syslog.log") },
    };

    /// <summary>Kinds of garbage, each one line; <c>{frame}</c> is the framing (timestamp, host, tag) of the line before.</summary>
    private static readonly string[] Garbage =
    [
        "{frame}Info: \u00C3( zz \uFFFF garbage",                       // invalid UTF-8 is written below, see Damage
        "{frame}Info: MID abc ICID xyz From: <",                       // looks like a known kind, is not one
        "{frame}Info: DCID TLS success protocol",
        "{frame}Info: ICID 99999999999999999999999 TLS success protocol TLSv1.2",
        "{frame}Info: Message done DCID 5 MID to RID [0, 1",
        "Fri Sep 12 11:00:00 2099 Info: junk after a bogus year",      // must not move the year of later lines
        "<13>Dec 31 23:59:59 esa-nowhere mail_logs: Info: \u001B[31mjunk in red",
        "<166>Mar  3 12:00:00 esa-nowhere consolidated_event: CEF:0|Cisco|C100V|14.0|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|ESAMID=not-a-number",
        "CEF:0|only|a|header",
        "   \t  ",
        "",
    ];

    /// <summary>The clean log with garbage after every seventh line, binary and NUL lines, invalid UTF-8 and one 10 MB line.</summary>
    private static (byte[] Damaged, List<byte[]> GarbageLines) Damage(string[] lines)
    {
        var random = new Random(8);
        var output = new MemoryStream();
        var garbage = new List<byte[]>();
        void Add(byte[] line, bool isGarbage)
        {
            output.Write(line);
            output.WriteByte((byte)'\n');
            if (isGarbage)
            {
                garbage.Add(line);
            }
        }
        var kind = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            Add(Encoding.UTF8.GetBytes(lines[i]), false);
            if (i % 7 != 3)
            {
                continue;
            }
            var level = lines[i].IndexOf("Info: ", StringComparison.Ordinal);
            var frame = level > 0 ? lines[i][..level] : "";
            switch (kind++ % (Garbage.Length + 3))
            {
                case var k when k < Garbage.Length:
                    var text = Encoding.UTF8.GetBytes(Garbage[k].Replace("{frame}", frame, StringComparison.Ordinal));
                    if (k == 0)
                    {
                        // Invalid UTF-8: a lone continuation byte, a truncated sequence, bytes that never occur.
                        text = [.. text, 0x80, (byte)' ', 0xE2, 0x82, (byte)' ', 0xFF, 0xFE, (byte)' ', 0xC0, 0xAF];
                    }
                    Add(text, true);
                    break;
                case var k when k == Garbage.Length:
                    var binary = new byte[200];
                    random.NextBytes(binary);
                    Add([.. binary.Select(b => b is (byte)'\n' or (byte)'\r' ? (byte)'x' : b)], true);
                    break;
                case var k when k == Garbage.Length + 1:
                    Add(new byte[64], true); // NUL bytes: counted as blank
                    break;
                default:
                    Add([.. "Info: ICID 7 TLS success"u8, 0, .. "\0\0 NUL in the middle"u8], true);
                    break;
            }
        }
        // One line of 10 MB: cut to the 1 MB cap, counted, the next line read normally.
        var middle = output.Length / 2;
        var bytes = output.ToArray();
        var cut = Array.IndexOf(bytes, (byte)'\n', (int)middle) + 1;
        var huge = new byte[10 * 1024 * 1024];
        huge.AsSpan().Fill((byte)'A');
        garbage.Add(huge);
        return ([.. bytes.AsSpan(0, cut), .. huge, (byte)'\n', .. bytes.AsSpan(cut)], garbage);
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public async Task Garbage_interleaved_with_a_log_leaves_every_good_message_exactly_as_in_the_clean_log(string what, string path)
    {
        var name = Path.GetFileName(path);
        var clean = Directory.CreateDirectory(Path.Combine(_dir, "clean")).FullName;
        var damaged = Directory.CreateDirectory(Path.Combine(_dir, "damaged")).FullName;
        File.Copy(path, Path.Combine(clean, name));
        var (bytes, garbage) = Damage(File.ReadAllLines(path));
        await File.WriteAllBytesAsync(Path.Combine(damaged, name), bytes);

        var cleanRun = await IngestCli.RunAsync(["files", clean, "--store", Path.Combine(_dir, "clean.db"), "--year", "2025"]);
        var damagedRun = await IngestCli.RunAsync(["files", damaged, "--store", Path.Combine(_dir, "damaged.db"), "--year", "2025"]);

        cleanRun.ExitCode.Should().Be(0, cleanRun.All);
        damagedRun.ExitCode.Should().Be(0, damagedRun.All);
        var expected = IngestCli.Documents(Path.Combine(_dir, "clean.db"));
        expected.Should().NotBeEmpty();
        var actual = IngestCli.Documents(Path.Combine(_dir, "damaged.db"));
        actual.Keys.Should().Equal(expected.Keys, what);
        foreach (var (id, json) in expected)
        {
            actual[id].Should().Be(json, $"{what}: document {id}");
        }

        var blank = garbage.Count(IsBlank);
        var invalid = garbage.Count(g => !Utf8.IsValid(g));
        IngestCli.Count(damagedRun.Out, "lines read").Should().Be(IngestCli.Count(cleanRun.Out, "lines read") + garbage.Count);
        IngestCli.Count(damagedRun.Out, "unrecognised").Should().Be(IngestCli.Count(cleanRun.Out, "unrecognised") + garbage.Count - blank);
        IngestCli.Count(damagedRun.Out, "recognised").Should().Be(IngestCli.Count(cleanRun.Out, "recognised"));
        damagedRun.Out.Should().Contain($"damaged      {invalid} with invalid UTF-8 (kept, U+FFFD), 1 over the line-length cap (cut)");
        invalid.Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public async Task Check_reports_the_garbage_and_shows_it_verbatim(string what, string path)
    {
        var damaged = Directory.CreateDirectory(Path.Combine(_dir, "damaged")).FullName;
        var (bytes, garbage) = Damage(File.ReadAllLines(path));
        await File.WriteAllBytesAsync(Path.Combine(damaged, Path.GetFileName(path)), bytes);
        var clean = await IngestCli.RunAsync(["check", path, "--year", "2025"]);

        var result = await IngestCli.RunAsync(["check", damaged, "--year", "2025", "--show-unrecognized"], raw: true);

        result.ExitCode.Should().Be(0, what);
        var shown = Split(result.Raw);
        var expected = garbage.Where(g => !IsBlank(g))
            .Select(g => g.Length > 1024 * 1024 ? g[..(1024 * 1024)] : g).ToList();
        shown.Should().HaveCount(expected.Count + (int)IngestCli.Count(clean.Out, "unrecognised"), what);
        foreach (var line in expected)
        {
            shown.Exists(s => s.AsSpan().SequenceEqual(line)).Should().BeTrue("every unrecognised line is shown as read");
        }
        result.Error.Should().Contain("unrecognised").And.Contain("with invalid UTF-8");
    }

    /// <summary>What the framer counts as a blank line: blanks, and NUL bytes (a zero-filled hole left by a crash).</summary>
    private static bool IsBlank(byte[] line) => Array.TrueForAll(line, b => b is (byte)' ' or (byte)'\t' or 0);

    private static List<byte[]> Split(byte[] raw)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n')
            {
                lines.Add(raw[start..i]);
                start = i + 1;
            }
        }
        return lines;
    }

    [Fact]
    public async Task Unrecognised_lines_shown_as_text_cannot_drive_a_terminal()
    {
        var log = Path.Combine(_dir, "mail.log");
        await File.WriteAllBytesAsync(log, [.. "Mon Mar  3 10:00:00 2025 Info: \u001B]0;owned\u0007\u001B[2J \u009B31m text\u0000\r!\n"u8]);

        var result = await IngestCli.RunAsync(["check", log, "--show-unrecognized"]);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Be("Mon Mar  3 10:00:00 2025 Info: \\x1B]0;owned\\x07\\x1B[2J \\x9B31m text\\x00\\x0D!\n");
    }

    [Fact]
    public async Task Invalid_utf8_in_a_subject_is_kept_as_replacement_characters_and_counted()
    {
        var log = Path.Combine(_dir, "mail_logs.@20250303T100000.s");
        var subject = (byte[])[.. "Caf"u8, 0xE9, .. " "u8, 0xFF, 0xFE, .. " ok"u8];
        await File.WriteAllBytesAsync(log,
        [
            .. "Mon Mar  3 10:00:00 2025 Info: New SMTP ICID 1 interface Data1 (192.0.2.1) address 198.51.100.7 reverse dns host mx.example.org verified yes\n"u8,
            .. "Mon Mar  3 10:00:00 2025 Info: ICID 1 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384\n"u8,
            .. "Mon Mar  3 10:00:01 2025 Info: Start MID 7 ICID 1\n"u8,
            .. "Mon Mar  3 10:00:01 2025 Info: MID 7 ICID 1 From: <a@example.org>\n"u8,
            .. "Mon Mar  3 10:00:01 2025 Info: MID 7 Subject '"u8, .. subject, .. "'\n"u8,
            .. "Mon Mar  3 10:00:02 2025 Info: Message finished MID 7 done\n"u8,
        ]);
        var store = Path.Combine(_dir, "s.db");

        var result = await IngestCli.RunAsync(["files", log, "--store", store]);

        result.ExitCode.Should().Be(0, result.All);
        result.Out.Should().Contain("damaged      1 with invalid UTF-8 (kept, U+FFFD)");
        var doc = System.Text.Json.Nodes.JsonNode.Parse(IngestCli.Documents(store).Values.Single())!;
        doc["email"]!["subject"]!.GetValue<string>().Should().Be("Caf\uFFFD \uFFFD\uFFFD ok").And.Be(Encoding.UTF8.GetString(subject));
        doc["esa"]!["receive"]!["tls"]!["status"]!.GetValue<string>().Should().Be("success");
    }

    [Fact]
    public async Task A_cut_last_line_is_left_for_a_later_run_which_reads_it_whole()
    {
        var path = Sample("samples", "esa1.example.net", "mail_logs.@20250302T190000.s");
        var full = await File.ReadAllBytesAsync(path);
        // Cut in the middle of a TLS line: read in two parts it would be two damaged lines and a lost verdict.
        var tls = Encoding.UTF8.GetString(full).IndexOf("TLS success protocol", full.Length / 2, StringComparison.Ordinal);
        tls.Should().BePositive();
        var log = Path.Combine(_dir, Path.GetFileName(path));
        await File.WriteAllBytesAsync(log, full[..(tls + 8)]);
        var store = Path.Combine(_dir, "cut.db");

        var first = await IngestCli.RunAsync(["files", log, "--store", store]);

        first.ExitCode.Should().Be(0, first.All);
        first.Error.Should().Contain($"{log}: the last ").And.Contain("bytes have no line end (the file is still being written, or was cut): left for a later run");
        first.Out.Should().Contain("unfinished   1 last line(s) without a line end");

        await File.WriteAllBytesAsync(log, full);
        var second = await IngestCli.RunAsync(["files", log, "--store", store]);
        second.ExitCode.Should().Be(0, second.All);
        second.Error.Should().BeEmpty();
        IngestCli.Count(second.Out, "unrecognised").Should().Be(0, "no line was read in two parts");

        var reference = Path.Combine(_dir, "reference.db");
        (await IngestCli.RunAsync(["files", path, "--store", reference])).ExitCode.Should().Be(0);
        IngestCli.Documents(store).Should().Equal(IngestCli.Documents(reference));
    }

    [Fact]
    public async Task A_missing_input_is_reported_and_the_others_are_still_ingested()
    {
        var path = Sample("samples", "esa1.example.net", "mail_logs.@20250302T190000.s");
        var missing = Path.Combine(_dir, "gone", "mail_logs.@20250301T000000.s");
        var store = Path.Combine(_dir, "m.db");

        var result = await IngestCli.RunAsync(["files", missing, path, "--store", store]);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"{missing}: no such file or directory");
        IngestCli.Documents(store).Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_damaged_checkpoint_in_the_store_stops_files_with_one_message_and_reingest_recovers()
    {
        var path = Sample("samples", "esa1.example.net", "mail_logs.@20250302T190000.s");
        var store = Path.Combine(_dir, "c.db");
        (await IngestCli.RunAsync(["files", path, "--store", store])).ExitCode.Should().Be(0);
        var documents = IngestCli.Documents(store);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE checkpoint SET json = '{\"Inputs\":null,\"CorrelatorState\":\"x\"}'";
            command.ExecuteNonQuery().Should().Be(1);
        }

        var damaged = await IngestCli.RunAsync(["files", path, "--store", store]);

        damaged.ExitCode.Should().Be(1);
        damaged.Error.Should().StartWith("esatls-ingest: the checkpoint in SQLite store").And.Contain("is damaged").And.Contain("--reingest")
            .And.NotContain("   at ");
        var again = await IngestCli.RunAsync(["files", path, "--store", store, "--reingest"]);
        again.ExitCode.Should().Be(0, again.All);
        IngestCli.Documents(store).Should().Equal(documents);
    }
}
