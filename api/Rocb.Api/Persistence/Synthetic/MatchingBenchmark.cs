using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Deployments;

namespace Rocb.Api.Persistence.Synthetic;

/// <summary>
/// A synthetic roster for the matching benchmark (a dedicated database, migrated first): 10,000 experts labelled "Synthetic expert N
/// (placeholder)" with 3 topics each, one accreditation each, and 100,000 past completed, appraised deployments (10 per expert, never
/// overlapping); then times the matching call (the handler, as the server runs it) against one request.
/// </summary>
public sealed class MatchingBenchmark(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, ILogger<MatchingBenchmark> logger)
{
    public const int Experts = 10_000;
    public const int DeploymentsPerExpert = 10;

    private static readonly (string Step, string Sql)[] Steps =
    [
        ("experts", $"""
            WITH m AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM members)
            INSERT INTO experts (name, origin, member_id, outside_administration, gender, languages, consent_to_contact, source)
            SELECT 'Synthetic expert ' || n || ' (placeholder)',
                   CASE WHEN n % 10 < 7 THEN 'Member' WHEN n % 10 = 7 THEN 'WcoSecretariat' ELSE 'OutsideRegion' END,
                   CASE WHEN n % 10 < 7 THEN (SELECT id FROM m WHERE m.k = n % m.total) END,
                   CASE WHEN n % 10 >= 8 THEN 'Synthetic administration ' || (n % 17) || ' (placeholder)' END,
                   (ARRAY['Female', 'Male', 'NotRecorded'])[1 + n % 3],
                   CASE n % 4 WHEN 0 THEN ARRAY['en'] WHEN 1 THEN ARRAY['en', 'fr'] WHEN 2 THEN ARRAY['en', 'ja'] ELSE ARRAY['fr'] END,
                   n % 10 <> 9, 'synthetic'
            FROM generate_series(1, {Experts}) n
            """),
        ("expert topics (3 each)", """
            WITH t AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM topics),
                 e AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM experts WHERE source = 'synthetic')
            INSERT INTO expert_topics (expert_id, topic_id, level)
            SELECT e.id, t.id, 1 + (e.n + j) % 3
            FROM e CROSS JOIN generate_series(0, 2) j JOIN t ON t.k = (e.n * 7 + j * 13) % t.total
            ON CONFLICT DO NOTHING
            """),
        ("accreditations", """
            WITH e AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM experts WHERE source = 'synthetic')
            INSERT INTO accreditations (expert_id, category, area, status, status_since, valid_from, valid_until, evidence)
            SELECT id,
                   (ARRAY['DiagnosticFacilitator', 'CustomsModernizationAdvisor', 'MercatorProgrammeAdvisor', 'ExpertTrainer',
                          'LeadershipManagementDevelopmentAdvisor'])[1 + n % 5], NULL,
                   (ARRAY['Accredited', 'Accredited', 'PreAccredited', 'Candidate', 'Expired'])[1 + n % 5],
                   DATE '2012-01-01', DATE '2012-01-01', CASE WHEN n % 5 = 4 THEN DATE '2019-12-31' END, 'synthetic (placeholder)'
            FROM e
            """),
        ("deployments (10 per expert, completed, appraised)", $"""
            WITH e AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM experts WHERE source = 'synthetic')
            INSERT INTO deployments (expert_id, starts_on, ends_on, status, status_changed_at, proposed_at, completed_at, host_appraisal,
                                     rocb_appraisal, report_received, note)
            SELECT e.id, d, d + 4, 'Completed', now(), now(), now(), 1 + (e.n + k) % 5, 1 + (e.n * 3 + k) % 5, true, 'synthetic (placeholder)'
            FROM e CROSS JOIN generate_series(0, {DeploymentsPerExpert - 1}) k
            CROSS JOIN LATERAL (SELECT DATE '2012-01-02' + (k * 300 + (e.n % 200))::int AS d) x
            """),
    ];

    public async Task EnsureRosterAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var check = new NpgsqlCommand("SELECT count(*) FROM experts WHERE source = 'synthetic'", connection))
            if ((long)(await check.ExecuteScalarAsync(ct))! > 0) return;
        await SyntheticSteps.RunAsync(connection, Steps, logger, ct);
    }

    public async Task<string> RunAsync(int runs, CancellationToken ct = default)
    {
        await EnsureRosterAsync(ct);
        int requestId;
        int[] topics;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RocbDbContext>();
            const string title = "Synthetic benchmark mission (placeholder)";
            var existing = await db.ExpertRequests.Where(r => r.Title == title).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
            if (existing is null)
            {
                var picked = await db.ExpertTopics.GroupBy(t => t.TopicId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).Take(2).ToListAsync(ct);
                var request = new ExpertRequest
                {
                    Title = title, StartsOn = new DateOnly(2019, 3, 4), EndsOn = new DateOnly(2019, 3, 8), Language = "en", ExpertsNeeded = 2,
                    Accreditation = AccreditationNeed.Preferred, Category = AccreditationCategory.DiagnosticFacilitator, IsDiagnostic = true,
                    RequestingMemberId = await db.Members.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(ct), CreatedAt = DateTimeOffset.UtcNow,
                    Topics = await db.Topics.Where(t => picked.Contains(t.Id)).ToListAsync(ct),
                };
                db.ExpertRequests.Add(request);
                await db.SaveChangesAsync(ct);
                existing = request.Id;
            }
            requestId = existing.Value;
            topics = await db.ExpertRequests.Where(r => r.Id == requestId).SelectMany(r => r.Topics.Select(t => t.Id)).ToArrayAsync(ct);
        }

        MatchListDto? last = null;
        async Task Handler()
        {
            await using var scope = scopes.CreateAsyncScope();
            last = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FindExpertMatches { RequestId = requestId, Limit = 20 }, ct);
        }
        var handler = await Stopwatches.TimeAsync(Handler, runs);
        var counts = await CountsAsync(ct);
        return string.Join(Environment.NewLine,
            $"Matching for request {requestId} (2 topics, 5 days), top 20 of the ranked candidates, {runs} runs after 3 warm-up runs.",
            $"Data: {counts}",
            $"  candidates considered {last!.Considered}, eligible {last.EligibleCount}",
            $"  matching handler (server time)   p50 {handler.P50,7:F1} ms   p95 {handler.P95,7:F1} ms   (goal: p50 < 50 ms)");
    }

    private async Task<string> CountsAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand(
            "SELECT (SELECT count(*) FROM experts), (SELECT count(*) FROM deployments), (SELECT count(*) FROM expert_topics), (SELECT count(*) FROM accreditations)");
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return $"{reader.GetInt64(0)} experts, {reader.GetInt64(1)} deployments, {reader.GetInt64(2)} expert topics, {reader.GetInt64(3)} accreditations";
    }
}
