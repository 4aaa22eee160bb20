using EsaTls.Core.Stores.Querying;
using EsaTls.Core.Stores.Sqlite;
using Microsoft.Data.Sqlite;

namespace EsaTls.Tests.Stores;

/// <summary>
/// The query plans the indexes are designed for (no timings: the plan is what makes a query scale).
/// Checked with and without planner statistics, since a store may never have been analysed.
/// </summary>
public sealed class SqliteQueryPlanTests : IDisposable
{
    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> Plan(SqliteQuerySql.Statement statement, bool withStatistics)
    {
        if (!File.Exists(_temp.Path))
        {
            await _temp.FillAsync(QueryCorpus.Build(300));
        }
        using var connection = new SqliteConnection($"Data Source={_temp.Path};Pooling=false");
        connection.Open();
        if (!withStatistics)
        {
            using var drop = connection.CreateCommand();
            drop.CommandText = "DELETE FROM sqlite_stat1";
            try
            {
                drop.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // No statistics table yet: nothing to drop.
            }
        }
        using var command = statement.CreateCommand(connection);
        command.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(3));
        }
        return string.Join(" | ", lines);
    }

    [Theory]
    [InlineData(Leg.Any, false, "ix_messages_lacking_any")]
    [InlineData(Leg.Any, true, "ix_messages_lacking_any")]
    [InlineData(Leg.Receive, false, "ix_messages_lacking_receive")]
    [InlineData(Leg.Receive, true, "ix_messages_lacking_receive")]
    [InlineData(Leg.Deliver, false, "ix_messages_lacking_deliver")]
    [InlineData(Leg.Deliver, true, "ix_messages_lacking_deliver")]
    public async Task The_first_page_of_lacking_tls_reads_its_partial_index_in_order(Leg leg, bool includeUnknown, string index)
    {
        foreach (var statistics in new[] { true, false })
        {
            var filter = new MessageFilter { Lacking = leg, IncludeUnknown = includeUnknown, Since = QueryCorpus.Start };
            var plan = await Plan(SqliteQuerySql.Page(filter, null, 50), statistics);
            plan.Should().Contain(index).And.NotContain("TEMP B-TREE");
            plan = await Plan(SqliteQuerySql.Page(filter, new(123, "abc"), 50), statistics);
            plan.Should().Contain(index).And.NotContain("TEMP B-TREE");
        }
    }

    [Fact]
    public async Task Lists_read_the_time_index_in_order()
    {
        foreach (var statistics in new[] { true, false })
        {
            (await Plan(SqliteQuerySql.Page(new MessageFilter(), new(5, "x"), 50), statistics))
                .Should().Contain("ix_messages_time").And.NotContain("TEMP B-TREE");
            (await Plan(SqliteQuerySql.Page(new MessageFilter { Host = "esa1" }, null, 50), statistics))
                .Should().Contain("ix_messages_host").And.NotContain("TEMP B-TREE");
        }
    }

    [Theory]
    [InlineData(CoverageBy.Day)]
    [InlineData(CoverageBy.Hour)]
    [InlineData(CoverageBy.None)]
    [InlineData(CoverageBy.Host)]
    public async Task Coverage_by_time_and_host_read_hourly_counts(CoverageBy by)
    {
        foreach (var statistics in new[] { true, false })
        {
            var plan = await Plan(SqliteQuerySql.HourlyCoverage(new MessageFilter(), by, 100, 200), statistics);
            plan.Should().Contain("USING PRIMARY KEY (hour>? AND hour<?)").And.NotContain("ix_messages");
        }
    }

    [Fact]
    public async Task Coverage_by_day_over_messages_streams_the_covering_hour_index_without_a_sort()
    {
        foreach (var statistics in new[] { true, false })
        {
            var filter = new MessageFilter { Since = QueryCorpus.Start, Lacking = Leg.Any };
            (await Plan(SqliteQuerySql.Coverage(filter, CoverageBy.Day), statistics))
                .Should().Contain("COVERING INDEX ix_messages_hour").And.NotContain("TEMP B-TREE");
        }
    }

    [Fact]
    public async Task Delivery_failures_start_from_the_failed_legs()
    {
        (await Plan(SqliteQuerySql.DeliveryFailures(new MessageFilter(), FailureBy.Reason), false)).Should().Contain("ix_deliveries_failed");
        (await Plan(SqliteQuerySql.ReceiveFailures(new MessageFilter(), FailureBy.Reason), false)).Should().Contain("ix_messages_lacking_receive");
    }
}
