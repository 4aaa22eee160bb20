using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Query.Cli;

namespace EsaTls.Query.Output;

/// <summary>
/// Message lists: ndjson = one stored document per line exactly as stored (<see cref="DocumentJson"/>),
/// json = an array of the same documents, table/csv = <see cref="MessageRow"/>. ndjson, json and csv stream.
/// </summary>
public static class MessageListOutput
{
    /// <returns>The number of messages written.</returns>
    public static async Task<long> WriteAsync(
        CliContext context, IAsyncEnumerable<MessageRecord> messages, OutputFormat format, CancellationToken cancellationToken)
    {
        long count = 0;
        switch (format)
        {
            case OutputFormat.Ndjson:
                await foreach (var record in messages.WithCancellation(cancellationToken))
                {
                    context.Out.Write(DocumentJson.Serialize(record.Document));
                    context.Out.Write('\n');
                    count++;
                }
                break;
            case OutputFormat.Json:
                context.Out.Write('[');
                await foreach (var record in messages.WithCancellation(cancellationToken))
                {
                    context.Out.Write(count == 0 ? "\n" : ",\n");
                    context.Out.Write(DocumentJson.Serialize(record.Document));
                    count++;
                }
                context.Out.Write(count == 0 ? "]\n" : "\n]\n");
                break;
            default:
                var separator = format == OutputFormat.Csv ? ";" : ", ";
                async IAsyncEnumerable<string?[]> Rows()
                {
                    await foreach (var record in messages.WithCancellation(cancellationToken))
                    {
                        count++;
                        yield return MessageRow.Cells(record, separator, format == OutputFormat.Csv ? null : MessageRow.TableRecipients);
                    }
                }
                await Tabular.WriteAsync(context, MessageRow.Columns, Rows(), format, cancellationToken);
                break;
        }
        return count;
    }
}
