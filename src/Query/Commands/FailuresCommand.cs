using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EsaTls.Core.Stores.Querying;
using EsaTls.Query.Cli;
using EsaTls.Query.Output;
using Spectre.Console.Cli;

namespace EsaTls.Query.Commands;

public sealed class FailuresSettings : FilterSettings
{
    [CommandOption("--by <KEY>")]
    [Description("reason (the TLS error), peer (remote IP) or domain (sender domain when receiving, recipient domains when delivering)")]
    [DefaultValue("reason")]
    public string? By { get; set; }
}

/// <summary><c>esatls failures</c>: TLS that was attempted and failed, counted by leg and key.</summary>
public sealed class FailuresCommand(CliContext context) : QueryCommand<FailuresSettings>(context)
{
    protected override Func<IQueryBackend, CancellationToken, Task<int>> Prepare(FailuresSettings settings)
    {
        var filter = Filter(settings);
        var by = Arguments.FailureBy(settings.By);
        var format = Arguments.Format(settings.Format);
        var key = by switch { FailureBy.Peer => "peer", FailureBy.Domain => "domain", _ => "reason" };
        return async (backend, cancellationToken) =>
        {
            var failures = await backend.FailuresAsync(filter, by, cancellationToken);
            if (format is OutputFormat.Json or OutputFormat.Ndjson)
            {
                var objects = failures.Select(f => Json(f, key)).ToList();
                Context.Out.Write(format == OutputFormat.Json
                    ? (objects.Count == 0 ? "[]\n" : "[\n" + string.Join(",\n", objects) + "\n]\n")
                    : string.Concat(objects.Select(o => o + "\n")));
            }
            else
            {
                Tabular.Write(Context, [new("leg"), new(key), new("count", Numeric: true)],
                    [.. failures.Select(f => new string?[] { f.Leg, f.Key, f.Count.ToString(CultureInfo.InvariantCulture) })], format);
            }
            return ExitCodes.Ok;
        };
    }

    private static string Json(FailureCount failure, string key)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("leg", failure.Leg);
            writer.WriteString(key, failure.Key);
            writer.WriteNumber("count", failure.Count);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
