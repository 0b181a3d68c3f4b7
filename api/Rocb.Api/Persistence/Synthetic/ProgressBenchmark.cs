using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rocb.Api.Features.Progress;

namespace Rocb.Api.Persistence.Synthetic;

/// <summary>
/// Times the whole-plan progress call (the handler, as the server runs it) against the hand-written SQL it rests on
/// (the same queries sent straight to PostgreSQL, and PostgreSQL's own execution time from EXPLAIN ANALYZE).
/// </summary>
public sealed class ProgressBenchmark(IServiceScopeFactory scopes, NpgsqlDataSource dataSource)
{
    public async Task<string> RunAsync(string planCode, DateOnly asOf, int runs, CancellationToken ct = default)
    {
        int planId, regionId;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
            var plan = await db.Plans.Where(p => p.Code == planCode).Select(p => new { p.Id, p.RegionId }).SingleAsync(ct);
            (planId, regionId) = (plan.Id, plan.RegionId);
        }
        var start = await PlanStartAsync(planId, ct);

        async Task Handler()
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetPlanProgress { PlanId = planId, AsOf = asOf }, ct);
        }
        async Task RawSql()
        {
            await using var scope = scopes.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<ProgressQueries>();
            await queries.CoverageAsync(planId, regionId, null, [asOf, start.AddDays(-1)], ct);
            await queries.ActivitiesAsync(planId, null, asOf, ct);
            await queries.ReportedAsync(planId, asOf, ct);
        }

        var handler = await Stopwatches.TimeAsync(Handler, runs);
        var raw = await Stopwatches.TimeAsync(RawSql, runs);
        var explained = await ExplainAsync(planId, regionId, asOf, start, ct);
        var counts = await CountsAsync(ct);
        return string.Join(Environment.NewLine,
            $"Whole-plan progress of {planCode} as of {asOf:yyyy-MM-dd}, {runs} runs after 3 warm-up runs.",
            $"Data: {counts}",
            $"  progress handler (server time)   p50 {handler.P50,7:F1} ms   p95 {handler.P95,7:F1} ms",
            $"  same SQL sent directly           p50 {raw.P50,7:F1} ms   p95 {raw.P95,7:F1} ms",
            $"  PostgreSQL execution (EXPLAIN)   {explained:F1} ms (sum of the three queries)",
            $"  ratio handler p50 / raw SQL p50  {handler.P50 / raw.P50:F2}");
    }

    private async Task<DateOnly> PlanStartAsync(int planId, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("SELECT starts_on FROM plans WHERE id = $1");
        cmd.Parameters.AddWithValue(planId);
        return (DateOnly)(await cmd.ExecuteScalarAsync(ct))!;
    }



    /// <summary>PostgreSQL's own execution time for the queries, with the literals the handler would bind.</summary>
    private async Task<double> ExplainAsync(int planId, int regionId, DateOnly asOf, DateOnly start, CancellationToken ct)
    {
        var total = 0.0;
        foreach (var sql in await ProgressQueries.ExplainableAsync(planId, regionId, asOf, start.AddDays(-1)))
        {
            await using var cmd = dataSource.CreateCommand("EXPLAIN (ANALYZE, FORMAT TEXT) " + sql);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var line = reader.GetString(0);
                if (line.StartsWith("Execution Time:", StringComparison.Ordinal))
                    total += double.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture);
            }
        }
        return total;
    }

    private async Task<string> CountsAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM regions), (SELECT count(*) FROM members), (SELECT count(*) FROM milestones),
                   (SELECT count(*) FROM milestone_status_records), (SELECT count(*) FROM activities), (SELECT count(*) FROM kpis)
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return $"{reader.GetInt64(0)} regions, {reader.GetInt64(1)} Members, {reader.GetInt64(2)} milestones, " +
               $"{reader.GetInt64(3)} status records, {reader.GetInt64(4)} activities, {reader.GetInt64(5)} KPIs";
    }
}
