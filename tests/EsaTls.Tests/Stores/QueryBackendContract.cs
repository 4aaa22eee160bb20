using EsaTls.Core.Contract;
using EsaTls.Core.Stores;
using EsaTls.Core.Stores.Querying;

namespace EsaTls.Tests.Stores;

/// <summary>
/// The shared suite every <see cref="IQueryBackend"/> must pass: its answers on <see cref="QueryCorpus"/>
/// equal <see cref="ReferenceQueryBackend"/>'s, for every filter, limit, coverage and failure grouping.
/// A backend subclasses this, passes the fixture to the base constructor and implements
/// <see cref="CreateBackendAsync"/> (called once per test class; throw <c>SkipException</c> when the
/// backend's server is not available).
/// </summary>
public abstract class QueryBackendContract : IClassFixture<QueryBackendFixture>
{
    public static readonly IReadOnlyList<MessageRecord> Corpus = QueryCorpus.Build();

    private static readonly ReferenceQueryBackend Reference = new(Corpus);
    private readonly QueryBackendFixture _fixture;

    protected QueryBackendContract(QueryBackendFixture fixture) => _fixture = fixture;

    /// <summary>A backend holding exactly <paramref name="corpus"/> (written in order: later records with the same id replace earlier ones).</summary>
    protected abstract Task<IQueryBackend> CreateBackendAsync(IReadOnlyList<MessageRecord> corpus);

    /// <summary>Runs when the test class is done (e.g. delete a temporary store, drop an index).</summary>
    protected void OnCleanup(Func<ValueTask> cleanup) => _fixture.OnCleanup(cleanup);

    protected Task<IQueryBackend> BackendAsync() => _fixture.GetOrCreate(() => CreateBackendAsync(Corpus));

    private static readonly IReadOnlyList<DateTime> Times = QueryCorpus.DocumentTimes(Corpus);

    public static readonly IReadOnlyDictionary<string, MessageFilter> Filters = new Dictionary<string, MessageFilter>
    {
        ["all"] = new(),
        ["since"] = new() { Since = Times[2] },
        ["until"] = new() { Until = Times[4] },
        ["since-until"] = new() { Since = Times[1], Until = Times[5] },
        ["since-equals-until"] = new() { Since = Times[3], Until = Times[3] },
        ["since-after-until"] = new() { Since = Times[5], Until = Times[1] },
        ["since-unspecified-kind"] = new() { Since = DateTime.SpecifyKind(Times[2], DateTimeKind.Unspecified) },
        ["since-local-kind"] = new() { Since = Times[2].ToLocalTime() },
        ["since-sub-millisecond"] = new() { Since = Times[2].AddTicks(5), Until = Times[6].AddTicks(9_999) },
        ["host-0"] = new() { Host = QueryCorpus.Hosts[0] },
        ["host-1"] = new() { Host = QueryCorpus.Hosts[1] },
        ["host-2"] = new() { Host = QueryCorpus.Hosts[2] },
        ["host-injection"] = new() { Host = QueryCorpus.Hosts[3] },
        ["host-unicode-quoted"] = new() { Host = QueryCorpus.Hosts[4] },
        ["host-other-case"] = new() { Host = "ESA1" },
        ["host-absent"] = new() { Host = "esa9" },
        ["host-empty"] = new() { Host = "" },
        ["host-like-wildcard"] = new() { Host = "esa%" },
        ["host-glob-wildcard"] = new() { Host = "esa*" },
        ["sender-domain"] = new() { SenderDomain = "example.com" },
        ["sender-domain-upper"] = new() { SenderDomain = "EXAMPLE.COM" },
        ["sender-domain-sub"] = new() { SenderDomain = "sub.example.com" },
        ["sender-domain-unicode-upper"] = new() { SenderDomain = "BÜCHER.EXAMPLE" },
        ["sender-domain-quote"] = new() { SenderDomain = "o'brien.example" },
        ["sender-domain-percent"] = new() { SenderDomain = "100%.example" },
        ["sender-domain-like-percent"] = new() { SenderDomain = "%" },
        ["sender-domain-underscore"] = new() { SenderDomain = "a_b.example" },
        ["sender-domain-like-underscore"] = new() { SenderDomain = "ax_.example" },
        ["sender-domain-star"] = new() { SenderDomain = "star*.example" },
        ["sender-domain-glob"] = new() { SenderDomain = "*.example" },
        ["sender-domain-injection"] = new() { SenderDomain = "bobby'); DROP TABLE messages;--.example" },
        ["sender-domain-empty"] = new() { SenderDomain = "" },
        ["recipient-domain"] = new() { RecipientDomain = "example.org" },
        ["recipient-domain-mixed-case"] = new() { RecipientDomain = "Example.Com" },
        ["recipient-domain-unicode"] = new() { RecipientDomain = "bücher.example" },
        ["recipient-domain-quote"] = new() { RecipientDomain = "o'brien.example" },
        ["recipient-domain-injection"] = new() { RecipientDomain = "x' OR '1'='1" },
        ["direction-inbound"] = new() { Direction = MailDirection.Inbound },
        ["direction-outbound"] = new() { Direction = MailDirection.Outbound },
        ["direction-unknown"] = new() { Direction = MailDirection.Unknown },
        ["receive-success"] = new() { ReceiveStatuses = ["success"] },
        ["receive-failed"] = new() { ReceiveStatuses = ["failed"] },
        ["receive-none"] = new() { ReceiveStatuses = ["none"] },
        ["receive-unknown"] = new() { ReceiveStatuses = ["unknown"] },
        ["receive-not-applicable"] = new() { ReceiveStatuses = ["not_applicable"] },
        ["receive-failed-none"] = new() { ReceiveStatuses = ["failed", "none"] },
        ["receive-empty-list"] = new() { ReceiveStatuses = [] },
        ["receive-not-a-status"] = new() { ReceiveStatuses = ["bogus'--"] },
        ["deliver-success"] = new() { DeliverStatuses = ["success"] },
        ["deliver-partial"] = new() { DeliverStatuses = ["partial"] },
        ["deliver-failed"] = new() { DeliverStatuses = ["failed"] },
        ["deliver-none"] = new() { DeliverStatuses = ["none"] },
        ["deliver-unknown"] = new() { DeliverStatuses = ["unknown"] },
        ["deliver-not-delivered"] = new() { DeliverStatuses = ["not_delivered"] },
        ["deliver-partial-none-unknown"] = new() { DeliverStatuses = ["partial", "none", "unknown"] },
        ["lacking-any"] = new() { Lacking = Leg.Any },
        ["lacking-any-unknown"] = new() { Lacking = Leg.Any, IncludeUnknown = true },
        ["lacking-receive"] = new() { Lacking = Leg.Receive },
        ["lacking-receive-unknown"] = new() { Lacking = Leg.Receive, IncludeUnknown = true },
        ["lacking-deliver"] = new() { Lacking = Leg.Deliver },
        ["lacking-deliver-unknown"] = new() { Lacking = Leg.Deliver, IncludeUnknown = true },
        ["include-unknown-alone"] = new() { IncludeUnknown = true },
        ["mid-shared"] = new() { Mid = Corpus[40].Document.Esa.Mid },
        ["mid-shared-host"] = new() { Mid = Corpus[40].Document.Esa.Mid, Host = Corpus[40].Document.Observer.Hostname },
        ["mid-absent"] = new() { Mid = 1 },
        ["host-lacking-since"] = new() { Host = QueryCorpus.Hosts[0], Lacking = Leg.Any, Since = Times[1] },
        ["recipient-deliver-status"] = new() { RecipientDomain = "EXAMPLE.com", DeliverStatuses = ["success", "partial"] },
        ["sender-direction-until"] = new() { SenderDomain = "example.org", Direction = MailDirection.Inbound, Until = Times[6] },
        ["everything"] = new()
        {
            Since = Times[0],
            Until = Times[7],
            Host = QueryCorpus.Hosts[1],
            SenderDomain = "example.com",
            RecipientDomain = "example.org",
            Direction = MailDirection.Outbound,
            ReceiveStatuses = ["success", "none"],
            DeliverStatuses = ["success", "none", "partial"],
            Lacking = Leg.Any,
            IncludeUnknown = true,
        },
        ["lacking-receive-deliver-status"] = new() { Lacking = Leg.Receive, DeliverStatuses = ["success"], Since = Times[2] },
        ["hour-aligned"] = new() { Since = QueryCorpus.Start.AddHours(7), Until = QueryCorpus.Start.AddHours(50) },
        ["within-one-hour"] = new() { Since = QueryCorpus.Start.AddHours(30).AddMinutes(5), Until = QueryCorpus.Start.AddHours(30).AddMinutes(50) },
        ["across-one-hour-edge"] = new() { Since = QueryCorpus.Start.AddHours(30).AddMinutes(5), Until = QueryCorpus.Start.AddHours(31).AddMinutes(50) },
        ["host-direction-since"] = new() { Host = QueryCorpus.Hosts[1], Direction = MailDirection.Outbound, Since = Times[3] },
        ["until-deliver-statuses"] = new() { Until = Times[5], DeliverStatuses = ["partial", "none", "unknown"] },
    };

    public static TheoryData<string> FilterNames() => [.. Filters.Keys];

    private static readonly string[] CoverageFilters =
    [
        "all", "since", "until", "since-until", "hour-aligned", "within-one-hour", "across-one-hour-edge", "host-0", "host-direction-since",
        "lacking-any", "lacking-receive-unknown", "receive-failed-none", "until-deliver-statuses", "recipient-domain", "direction-inbound",
        "sender-domain-injection", "host-absent", "mid-shared",
    ];

    public static TheoryData<CoverageBy, Leg, string> CoverageCases()
    {
        var data = new TheoryData<CoverageBy, Leg, string>();
        foreach (var by in Enum.GetValues<CoverageBy>())
        {
            foreach (var leg in Enum.GetValues<Leg>())
            {
                foreach (var filter in CoverageFilters)
                {
                    data.Add(by, leg, filter);
                }
            }
        }
        return data;
    }

    public static TheoryData<FailureBy, string> FailureCases()
    {
        var data = new TheoryData<FailureBy, string>();
        foreach (var by in Enum.GetValues<FailureBy>())
        {
            foreach (var filter in CoverageFilters.Append("lacking-receive").Append("deliver-partial").Append("sender-domain"))
            {
                data.Add(by, filter);
            }
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(FilterNames))]
    public async Task Search_matches_the_reference(string filterName)
    {
        var backend = await BackendAsync();
        var filter = Filters[filterName];
        foreach (var limit in new int?[] { null, 1, 7, 50 })
        {
            var expected = await Reference.SearchAsync(filter, limit, CancellationToken.None).ToListAsync();
            var actual = await backend.SearchAsync(filter, limit, CancellationToken.None).ToListAsync();
            actual.Select(r => r.Id).Should().Equal(expected.Select(r => r.Id), $"ids of {filterName} with limit {limit}");
            actual.Select(r => DocumentJson.Serialize(r.Document))
                .Should().Equal(expected.Select(r => DocumentJson.Serialize(r.Document)), $"documents of {filterName} with limit {limit}");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(CoverageCases))]
    public async Task Coverage_matches_the_reference(CoverageBy by, Leg leg, string filterName)
    {
        var backend = await BackendAsync();
        var query = new CoverageQuery(by, leg);
        var expected = await Reference.CoverageAsync(Filters[filterName], query, CancellationToken.None);
        var actual = await backend.CoverageAsync(Filters[filterName], query, CancellationToken.None);
        actual.Should().Equal(expected);
        actual.Select(c => c.Status).Should().BeSubsetOf(QuerySemantics.CoverageStatuses(query));
    }

    [SkippableTheory]
    [MemberData(nameof(FailureCases))]
    public async Task Failures_match_the_reference(FailureBy by, string filterName)
    {
        var backend = await BackendAsync();
        var expected = await Reference.FailuresAsync(Filters[filterName], by, CancellationToken.None);
        var actual = await backend.FailuresAsync(Filters[filterName], by, CancellationToken.None);
        actual.Should().Equal(expected);
    }

    [SkippableFact]
    public async Task Limit_zero_returns_nothing_and_all_returns_every_document_once()
    {
        var backend = await BackendAsync();
        (await backend.SearchAsync(new MessageFilter(), 0, CancellationToken.None).CountAsync()).Should().Be(0);
        var all = await backend.SearchAsync(new MessageFilter(), null, CancellationToken.None).ToListAsync();
        all.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.HaveCount(Corpus.Select(r => r.Id).Distinct().Count());
    }

    [SkippableFact]
    public async Task Values_that_look_like_query_syntax_leave_the_data_intact()
    {
        var backend = await BackendAsync();
        foreach (var name in Filters.Keys.Where(k => k.Contains("injection", StringComparison.Ordinal)))
        {
            await backend.SearchAsync(Filters[name], null, CancellationToken.None).CountAsync();
        }
        (await backend.SearchAsync(new MessageFilter(), null, CancellationToken.None).CountAsync())
            .Should().Be(await Reference.SearchAsync(new MessageFilter(), null, CancellationToken.None).CountAsync());
    }

    [SkippableFact]
    public async Task A_cancelled_search_stops()
    {
        var backend = await BackendAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var act = async () => await backend.SearchAsync(new MessageFilter(), null, cancellation.Token).CountAsync();
        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}

/// <summary>Holds one backend per test class and disposes it (and runs registered clean-ups) afterwards.</summary>
public sealed class QueryBackendFixture : IAsyncLifetime
{
    private readonly Lock _lock = new();
    private readonly List<Func<ValueTask>> _cleanups = [];
    private Task<IQueryBackend>? _backend;

    public Task<IQueryBackend> GetOrCreate(Func<Task<IQueryBackend>> create)
    {
        lock (_lock)
        {
            return _backend ??= create();
        }
    }

    public void OnCleanup(Func<ValueTask> cleanup)
    {
        lock (_lock)
        {
            _cleanups.Add(cleanup);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_backend is { IsCompletedSuccessfully: true })
        {
            await (await _backend).DisposeAsync();
        }
        foreach (var cleanup in _cleanups)
        {
            await cleanup();
        }
    }
}
