using MediatR;
using Npgsql;
using Rocb.Api.Features.NeedsAnalysis;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence.Seed;

namespace Rocb.Api.Persistence.Synthetic;

/// <summary>
/// The needs analysis benchmark (issue 6, "Performance"), in a database of its own: migrates and seeds it, then adds — once —
/// Members up to 186 ("Synthetic Member XX (placeholder)"), six synthetic needs cycles FY2021-FY2026 ("Synthetic needs survey …
/// (placeholder)") asking all of them about 60 topics, every response submitted with an answer per topic, and 400 synthetic
/// experts. It then times the analysis of the FY2026 cycle (opening inside the seeded SAP 2024-2026, so the high-impact check
/// meets real milestones) two ways in the same run: the handler as the server runs it, and the same SQL texts sent straight
/// to PostgreSQL with every row read (no C#).
/// </summary>
public sealed class NeedsBenchmark(IServiceScopeFactory scopes, NpgsqlDataSource dataSource, ILogger<NeedsBenchmark> logger)
{
    public const int MemberTarget = 186;
    public const int Topics = 60;
    public const int FirstYear = 2021, AnalysedYear = 2026;

    private static readonly (string Step, string Sql)[] Steps =
    [
        ("members up to 186", $"""
            WITH codes AS (
                SELECT chr(65 + a) || chr(65 + b) AS code FROM generate_series(0, 25) a, generate_series(0, 25) b
                WHERE chr(65 + a) || chr(65 + b) NOT IN (SELECT code FROM members)
                ORDER BY 1 LIMIT greatest(0, {MemberTarget} - (SELECT count(*) FROM members))),
            numbered AS (SELECT code, row_number() OVER (ORDER BY code) AS n FROM codes),
            targets AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM sub_regions)
            INSERT INTO members (code, name, sub_region_id, is_cb_recipient, is_donor, is_small_island_economy, is_rtc_host, source)
            SELECT c.code, 'Synthetic Member ' || c.code || ' (placeholder)', t.id, true, false, false, false, 'synthetic'
            FROM numbered c JOIN targets t ON t.n = (c.n % t.total) + 1
            """),
        ("six cycles", $"""
            INSERT INTO needs_cycles (name, fiscal_year, opens_on, closes_on, status, coordinators, is_example, created_at)
            SELECT 'Synthetic needs survey ' || fy || ' (placeholder)', fy, make_date(fy, 1, 12), make_date(fy, 2, 28), 'Closed',
                   ARRAY['ROCB A/P (synthetic)'], false, now()
            FROM generate_series({FirstYear}, {AnalysedYear}) fy
            """),
        ("Members asked", """
            INSERT INTO needs_cycle_members (cycle_id, member_id)
            SELECT c.id, m.id FROM needs_cycles c CROSS JOIN members m WHERE c.name LIKE 'Synthetic needs survey %'
            """),
        ("60 topic questions per cycle", $"""
            WITH t AS (SELECT id, name, row_number() OVER (ORDER BY id) AS n FROM topics ORDER BY id LIMIT {Topics})
            INSERT INTO needs_questions (cycle_id, position, kind, topic_id, text)
            SELECT c.id, t.n, 'Topic', t.id, t.name FROM needs_cycles c CROSS JOIN t WHERE c.name LIKE 'Synthetic needs survey %'
            """),
        ("responses, all submitted", """
            WITH t AS (SELECT array_agg(topic_id ORDER BY position) AS ids, cycle_id FROM needs_questions GROUP BY cycle_id)
            INSERT INTO needs_responses (cycle_id, member_id, status, entered_by_staff, priority_topic_ids, created_at, updated_at, submitted_at, revision)
            SELECT cm.cycle_id, cm.member_id, 'Submitted', cm.member_id % 7 = 0,
                   ARRAY[t.ids[1 + cm.member_id % 60], t.ids[1 + (cm.member_id + 7) % 60], t.ids[1 + (cm.member_id + 19) % 60]],
                   now(), now(), now(), 1 + cm.member_id % 3
            FROM needs_cycle_members cm JOIN needs_cycles c ON c.id = cm.cycle_id JOIN t ON t.cycle_id = c.id
            WHERE c.name LIKE 'Synthetic needs survey %'
            """),
        ("an answer per topic", """
            INSERT INTO needs_answers (response_id, question_id, implementation_status, need_level, preferred_delivery, preferred_quarter, remarks)
            SELECT r.id, q.id,
                   (ARRAY['NotStarted', 'Planning', 'PartiallyImplemented', 'Implemented', 'NotApplicable'])[1 + (r.member_id + q.position) % 5],
                   -- A skewed scale: about 30 % none, 30 % low, 25 % medium, 15 % high, changing from year to year.
                   (ARRAY[0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3])[1 + (r.member_id * 31 + q.position * 17 + c.fiscal_year * 7) % 20],
                   (ARRAY['NationalWorkshop', 'SubRegionalWorkshop', 'RegionalWorkshop', 'ExpertMission', 'ELearning', 'StudyVisit', 'RemoteAdvice'])
                       [1 + (r.member_id + q.position * 3) % 7],
                   CASE WHEN (r.member_id + q.position) % 5 = 0 THEN NULL ELSE 1 + (r.member_id + q.position) % 4 END,
                   'synthetic (placeholder)'
            FROM needs_responses r JOIN needs_cycles c ON c.id = r.cycle_id JOIN needs_questions q ON q.cycle_id = r.cycle_id
            WHERE c.name LIKE 'Synthetic needs survey %'
            """),
        ("400 experts", """
            WITH m AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k, count(*) OVER () AS total FROM members)
            INSERT INTO experts (name, origin, member_id, gender, languages, consent_to_contact, source)
            SELECT 'Synthetic needs expert ' || n || ' (placeholder)', CASE WHEN n % 10 = 9 THEN 'WcoSecretariat' ELSE 'Member' END,
                   CASE WHEN n % 10 <> 9 THEN (SELECT id FROM m WHERE m.k = (n * 13) % m.total) END, 'NotRecorded',
                   CASE n % 4 WHEN 0 THEN ARRAY['en'] WHEN 1 THEN ARRAY['en', 'fr'] WHEN 2 THEN ARRAY['en', 'ja'] ELSE ARRAY['en', 'zh'] END,
                   true, 'synthetic-needs'
            FROM generate_series(1, 400) n
            """),
        ("expert topics (2 each) and accreditations", $"""
            WITH t AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM topics ORDER BY id LIMIT {Topics}),
                 e AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM experts WHERE source = 'synthetic-needs'),
                 topics_added AS (
                     INSERT INTO expert_topics (expert_id, topic_id, level)
                     SELECT e.id, t.id, 1 + (e.n + j) % 3 FROM e CROSS JOIN generate_series(0, 1) j JOIN t ON t.k = (e.n * 7 + j * 29) % {Topics}
                     ON CONFLICT DO NOTHING RETURNING 1)
            INSERT INTO accreditations (expert_id, category, status, status_since, valid_from, valid_until, evidence)
            SELECT id, 'TechnicalOperationalAdvisor', CASE WHEN n % 10 < 7 THEN 'Accredited' ELSE 'Candidate' END, DATE '2015-01-01',
                   CASE WHEN n % 10 < 7 THEN DATE '2015-01-01' END, NULL, 'synthetic (placeholder)'
            FROM e WHERE (SELECT count(*) FROM topics_added) >= 0
            """),
    ];

    public async Task EnsureDataAsync(CancellationToken ct)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync(ct: ct);
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(ct);
        }
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var check = new NpgsqlCommand("SELECT count(*) FROM needs_cycles WHERE name LIKE 'Synthetic needs survey %'", connection))
            if ((long)(await check.ExecuteScalarAsync(ct))! > 0) return;
        await SyntheticSteps.RunAsync(connection, Steps, logger, ct);
    }

    public async Task<string> RunAsync(int runs, CancellationToken ct = default)
    {
        await EnsureDataAsync(ct);
        int cycleId, previousId;
        DateOnly opensOn;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            await using var cmd = new NpgsqlCommand($"""
                SELECT (SELECT id FROM needs_cycles WHERE name = 'Synthetic needs survey {AnalysedYear} (placeholder)'),
                       (SELECT id FROM needs_cycles WHERE name = 'Synthetic needs survey {AnalysedYear - 1} (placeholder)'),
                       (SELECT opens_on FROM needs_cycles WHERE name = 'Synthetic needs survey {AnalysedYear} (placeholder)')
                """, connection);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (cycleId, previousId, opensOn) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetFieldValue<DateOnly>(2));
        }

        NeedsAnalysisDto? last = null;
        async Task Handler()
        {
            await using var scope = scopes.CreateAsyncScope();
            last = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetNeedsAnalysis(cycleId), ct);
        }
        var parameters = new NeedsAnalysisQueries.Parameters(cycleId, previousId, null, opensOn, new FiscalYear(AnalysedYear).Start);
        var rawRows = 0;
        async Task RawSql()
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            rawRows = 0;
            foreach (var sql in new[]
                     {
                         NeedsAnalysisQueries.CycleSql, NeedsAnalysisQueries.MembersSql, NeedsAnalysisQueries.SubRegionsSql, NeedsAnalysisQueries.TopicsSql,
                         NeedsAnalysisQueries.PreviousDemandSql, NeedsAnalysisQueries.ResponsesSql, NeedsAnalysisQueries.AnswersSql,
                         NeedsAnalysisQueries.MilestoneStatusesSql, NeedsAnalysisQueries.MilestoneKpisSql, NeedsAnalysisQueries.SupplySql,
                     })
            {
                await using var cmd = new NpgsqlCommand(sql, connection);
                NeedsAnalysisQueries.AddUsedParameters(cmd, parameters);
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                var values = new object[reader.FieldCount];
                while (await reader.ReadAsync(ct))
                {
                    reader.GetValues(values);
                    rawRows++;
                }
            }
        }
        // Alternate the two so that neither gets a quieter machine.
        var handler = await Stopwatches.TimeAsync(Handler, 3, warmUp: 3);
        var raw = await Stopwatches.TimeAsync(RawSql, 3, warmUp: 3);
        var handlerSamples = new List<(double, double)>();
        var rawSamples = new List<(double, double)>();
        for (var round = 0; round < 5; round++)
        {
            handlerSamples.Add(await Stopwatches.TimeAsync(Handler, Math.Max(1, runs / 5), warmUp: 0));
            rawSamples.Add(await Stopwatches.TimeAsync(RawSql, Math.Max(1, runs / 5), warmUp: 0));
        }
        handler = (Median(handlerSamples.Select(s => s.Item1)), Median(handlerSamples.Select(s => s.Item2)));
        raw = (Median(rawSamples.Select(s => s.Item1)), Median(rawSamples.Select(s => s.Item2)));

        var counts = await CountsAsync(cycleId, ct);
        var a = last!;
        return string.Join(Environment.NewLine,
            $"Needs analysis of '{a.Cycle.Name}' ({a.Cycle.FiscalYearLabel}) against '{a.PreviousCycle?.Name}', {runs} runs (5 alternating rounds) after 3 warm-up runs each.",
            $"Data: {counts}",
            $"  result: {a.Demand.Count} demand cells, {a.Topics.Count} topics, {a.Members.Count} Members' top needs, {a.HighImpact.Count} high-impact needs, " +
            $"{a.Supply.Count} topics with experts, {a.Gaps.Count(g => g.Short)} short topics, {a.Proposals.Count} proposals; raw SQL read {rawRows} rows",
            $"  analysis handler (server time)   p50 {handler.P50,7:F1} ms   p95 {handler.P95,7:F1} ms   (goal: p50 < 100 ms)",
            $"  same SQL sent directly           p50 {raw.P50,7:F1} ms   p95 {raw.P95,7:F1} ms",
            $"  ratio handler / raw SQL (p50)    {handler.P50 / raw.P50,7:F2}        (goal: at most 2)");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private async Task<string> CountsAsync(int cycleId, CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand($"""
            SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM needs_cycles WHERE name LIKE 'Synthetic needs survey %'),
                   (SELECT count(*) FROM needs_questions WHERE cycle_id = {cycleId}), (SELECT count(*) FROM needs_responses),
                   (SELECT count(*) FROM needs_answers), (SELECT count(*) FROM experts)
            """);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return $"{reader.GetInt64(0)} Members, {reader.GetInt64(1)} cycles of {reader.GetInt64(2)} topic questions, {reader.GetInt64(3)} submitted responses, " +
               $"{reader.GetInt64(4)} answers, {reader.GetInt64(5)} experts";
    }
}
