using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using EsaTls.Core.Framing;
using EsaTls.Core.Pipeline;
using EsaTls.Core.Stores;
using EsaTls.Ingest.Hosting;
using Microsoft.Extensions.Logging;

namespace EsaTls.Ingest.Sources;

/// <summary>
/// Feeds the spool to the correlator through the same tail-and-checkpoint path as files: one position (spool file
/// and offset) plus the framing state of every source address, saved with each commit. Spool files before the
/// committed one are deleted once that commit is stored.
/// </summary>
internal sealed class SyslogSpoolReader
{
    /// <summary>Fingerprint of the spool's single position in the checkpoint.</summary>
    public const string PositionFingerprint = "syslog-spool";

    /// <summary>Beyond this many source addresses, further ones share one framing state (a flood of spoofed sources must not grow memory).</summary>
    private const int MaxSources = 1024;

    private const string SharedSource = "syslog";

    private readonly string _directory;
    private readonly SyslogSettings _settings;
    private readonly TailContext _context;
    private readonly Dictionary<string, SourceProcessor> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _savedStates = new(StringComparer.Ordinal);
    private readonly Dictionary<IPAddress, SyslogSourceSettings> _mapping = [];
    private readonly int _maxLineBytes;
    private long _sequence = -1;
    private long _offset;
    private byte[] _lastAddressBytes = [];
    private string _lastAddress = "";

    public SyslogSpoolReader(string directory, SyslogSettings settings, TailContext context)
    {
        _directory = directory;
        _settings = settings;
        _context = context;
        // Room for the address prefix in front of a line of the longest accepted length.
        _maxLineBytes = settings.MaxLineBytes + 64;
        foreach (var s in settings.Sources)
        {
            _mapping[s.Address] = s;
        }
    }

    /// <summary>Spool lines that had no address prefix (a damaged spool file).</summary>
    public long DamagedLines { get; private set; }

    public InputPosition? Position => _sequence < 0
        ? null
        : new InputPosition(Path.Combine(_directory, SyslogSpoolFiles.NameOf(_sequence)), PositionFingerprint, _offset, Complete: false, SaveStates());

    public long Lag => _sequence < 0 ? SyslogSpoolFiles.Lag(_directory, 0, 0) : SyslogSpoolFiles.Lag(_directory, _sequence, _offset);

    public void Restore(InputPosition? position)
    {
        if (position is null)
        {
            return;
        }
        var seq = SyslogSpoolFiles.SequenceOf(position.Key);
        if (seq < 0)
        {
            _context.Log.LogWarning("checkpoint: spool position '{Key}' is not a spool file name; reading the spool from its first file", position.Key);
            return;
        }
        _sequence = seq;
        _offset = position.Offset;
        if (position.FramerState is { } json)
        {
            try
            {
                foreach (var (address, state) in JsonSerializer.Deserialize(json, SpoolStateJson.Default.DictionaryStringString) ?? [])
                {
                    _savedStates[address] = state;
                }
            }
            catch (JsonException e)
            {
                _context.Log.LogWarning("checkpoint: spool framing state is damaged ({Error}); syslog year inference starts afresh", e.Message);
            }
        }
    }

    /// <summary>Reads what the spool holds beyond the position, at most about <paramref name="budget"/> bytes.</summary>
    public long Poll(long budget)
    {
        var files = SyslogSpoolFiles.List(_directory);
        if (files.Count == 0)
        {
            return 0;
        }
        if (_sequence < 0)
        {
            _sequence = files[0].Sequence;
            _offset = 0;
        }
        long read = 0;
        while (read < budget)
        {
            var index = files.FindIndex(f => f.Sequence >= _sequence);
            if (index < 0)
            {
                return read;
            }
            if (files[index].Sequence != _sequence)
            {
                if (_offset > 0)
                {
                    _context.Log.LogError("syslog spool: {File} disappeared before it was read to the end; continuing with {Next}", SyslogSpoolFiles.NameOf(_sequence), files[index].Path);
                }
                _sequence = files[index].Sequence;
                _offset = 0;
            }
            // A later file exists: the writer has closed this one, so an unterminated last line is all there will be.
            var complete = index < files.Count - 1;
            var (bytes, atEnd) = ReadFile(files[index].Path, complete, budget - read);
            read += bytes;
            if (!atEnd || !complete)
            {
                return read;
            }
            _sequence = files[index + 1].Sequence;
            _offset = 0;
        }
        return read;
    }

    /// <summary>After a commit: spool files wholly before the committed position are no longer needed.</summary>
    public void AfterCommit(InputPosition? committed)
    {
        if (committed is null)
        {
            return;
        }
        var seq = SyslogSpoolFiles.SequenceOf(committed.Key);
        foreach (var (sequence, path) in SyslogSpoolFiles.List(_directory))
        {
            if (sequence >= seq)
            {
                break;
            }
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _context.Log.LogWarning("syslog spool: cannot delete {File} ({Error})", path, e.Message);
            }
        }
    }

    private (long Bytes, bool AtEnd) ReadFile(string path, bool complete, long budget)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _context.Log.LogWarning("syslog spool: cannot read {File} ({Error})", path, e.Message);
            return (0, false);
        }
        using (stream)
        {
            if (stream.Length < _offset)
            {
                _context.Log.LogError("syslog spool: {File} is shorter than the checkpoint says ({Offset}); reading it from the start", path, _offset);
                _offset = 0;
            }
            using var reader = new LineReader(stream, _offset, _maxLineBytes, consumeUnterminatedLastLine: complete);
            var start = _offset;
            var atEnd = ReadLines(reader, budget);
            _offset = reader.Position;
            return (_offset - start, atEnd);
        }
    }

    // Not async: spans cannot live across awaits. True when the file has no more lines for now.
    private bool ReadLines(LineReader reader, long budget)
    {
        var start = reader.Position;
        while (reader.Position - start < budget)
        {
            if (!reader.TryReadLine(out var line))
            {
                return true;
            }
            var tab = line.IndexOf((byte)'\t');
            string address;
            if (tab < 0)
            {
                DamagedLines++;
                address = SharedSource;
            }
            else
            {
                address = Address(line[..tab]);
                line = line[(tab + 1)..];
            }
            Source(address).ProcessLine(line, reader.LastLineOversized);
        }
        return false;
    }

    private string Address(ReadOnlySpan<byte> bytes)
    {
        // Lines come in runs from the same sender: decode only when the address changes.
        if (!bytes.SequenceEqual(_lastAddressBytes))
        {
            _lastAddressBytes = bytes.ToArray();
            _lastAddress = Encoding.ASCII.GetString(bytes);
        }
        return _lastAddress;
    }

    private SourceProcessor Source(string address)
    {
        if (_sources.TryGetValue(address, out var processor))
        {
            return processor;
        }
        if (_sources.Count >= MaxSources && address != SharedSource)
        {
            return Source(SharedSource);
        }
        SyslogSourceSettings? mapped = null;
        if (IPAddress.TryParse(address, out var ip))
        {
            _mapping.TryGetValue(ip, out mapped);
        }
        processor = new SourceProcessor(
            new SourceSettings
            {
                // Identity (design.md §1): the mapped name, else the syslog hostname, else the sender's address.
                FallbackIdentity = address,
                Appliance = mapped?.Appliance,
                Framing = new FramingOptions { Zone = mapped?.Zone ?? _settings.Zone, Year = _settings.Year, NowUtc = _context.Now },
            },
            _context.Stats,
            _context.Correlator);
        if (_savedStates.Remove(address, out var state))
        {
            try
            {
                processor.RestoreState(state);
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                _context.Log.LogWarning("checkpoint: framing state of syslog source {Address} is damaged ({Error}); starting afresh", address, e.Message);
            }
        }
        _sources[address] = processor;
        return processor;
    }

    private string SaveStates()
    {
        var states = new Dictionary<string, string>(_savedStates, StringComparer.Ordinal);
        foreach (var (address, processor) in _sources)
        {
            states[address] = processor.SaveState();
        }
        return JsonSerializer.Serialize(states, SpoolStateJson.Default.DictionaryStringString);
    }
}

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SpoolStateJson : JsonSerializerContext;
