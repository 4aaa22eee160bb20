using System.Buffers;
using System.Text.Json;
using EsaTls.Core.Contract;
using EsaTls.LogGen.Model;
using EsaTls.LogGen.Output;

namespace EsaTls.LogGen.Truth;

/// <summary>
/// Collects the truth of every MID the output names, as each message is retired: counts per verdict for the
/// summary, and (with <c>--truth FILE</c>) one ndjson line per MID in retirement order.
/// </summary>
internal sealed class TruthLog : IDisposable
{
    private readonly ByteOutput? _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public TruthLog(string? path)
    {
        if (path is not null)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            Directory.CreateDirectory(dir!);
            _output = new ByteOutput(path);
        }
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = true });
    }

    public long Messages { get; private set; }

    public Dictionary<ReceiveTlsStatus, long> ByReceive { get; } = [];

    public Dictionary<DeliverTlsStatus, long> ByDeliver { get; } = [];

    public long Lacked { get; private set; }

    public long Unknown { get; private set; }

    public void Write(Message m)
    {
        var t = TruthRules.For(m);
        Messages++;
        ByReceive[t.Receive] = ByReceive.GetValueOrDefault(t.Receive) + 1;
        ByDeliver[t.Deliver] = ByDeliver.GetValueOrDefault(t.Deliver) + 1;
        Lacked += t.Lacked ? 1 : 0;
        Unknown += t.Unknown ? 1 : 0;
        if (_output is null)
        {
            return;
        }

        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("appliance"u8, t.Appliance);
        _json.WriteString("host"u8, t.Host);
        _json.WriteNumber("mid"u8, t.Mid);
        _json.WriteString("start"u8, t.StartUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        _json.WriteString("receive"u8, t.Receive.Name());
        _json.WriteString("deliver"u8, t.Deliver.Name());
        _json.WriteBoolean("lacked"u8, t.Lacked);
        _json.WriteBoolean("unknown"u8, t.Unknown);
        _json.WriteBoolean("final"u8, t.Final);
        _json.WriteStartArray("deliveries"u8);
        foreach (var d in t.Deliveries)
        {
            _json.WriteStartObject();
            _json.WriteNumber("dcid"u8, d.Dcid);
            _json.WriteStartArray("rids"u8);
            foreach (var rid in d.Rids)
            {
                _json.WriteNumberValue(rid);
            }
            _json.WriteEndArray();
            if (d.Outcome is { } outcome)
            {
                _json.WriteString("outcome"u8, outcome.Name());
            }
            else
            {
                _json.WriteNull("outcome"u8);
            }
            if (d.Tls is { } tls)
            {
                _json.WriteString("tls"u8, tls.Name());
            }
            else
            {
                _json.WriteNull("tls"u8);
            }
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _output.Write(_buffer.WrittenSpan);
        _output.Write("\n"u8);
    }

    public void Dispose()
    {
        _json.Dispose();
        _output?.Dispose();
    }
}
