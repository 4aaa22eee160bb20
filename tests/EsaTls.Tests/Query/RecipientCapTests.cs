using EsaTls.Core.Contract;
using EsaTls.Tests.Stores;

namespace EsaTls.Tests.Query;

public sealed class RecipientCapTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Tables_list_three_recipients_and_count_the_rest_while_csv_keeps_all()
    {
        string[] to = ["a@x.example", "b@x.example", "c@x.example", "d@x.example", "e@x.example"];
        await _store.FillAsync([TestDocuments.Record(1, to: to, receive: ReceiveTlsStatus.None)]);
        var table = await CliRunner.RunAsync(["lacking-tls", "--store", _store.Path]);
        table.Out.Should().Contain("a@x.example, b@x.example, c@x.example (+2 more)").And.NotContain("d@x.example");
        var csv = await CliRunner.RunAsync(["lacking-tls", "--store", _store.Path, "--format", "csv"]);
        csv.Out.Should().Contain(string.Join(';', to));
    }
}
