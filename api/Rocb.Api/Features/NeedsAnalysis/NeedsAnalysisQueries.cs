using System.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>
/// The set-based SQL behind a needs cycle's analysis, recomputed from the raw answers on every call. Only submitted responses
/// count (a draft may still change). The SQL texts are public so that the benchmark sends exactly the same ones. Parameters:
/// <c>@cycle</c>, <c>@previous</c> (the cycle before it), <c>@sub_region</c> (int or null), <c>@high</c>
/// (the high need level), <c>@as_of</c> (the cycle's opening), <c>@fy_start</c> (first day of the fiscal year planned for).
/// They run on the DbContext's connection and transaction, so a command sees what it has just written.
/// </summary>
public static class NeedsAnalysisQueries
{
    /// <summary>The cycle and the one before it: the latest earlier fiscal year (the later-created on a tie) among cycles of the same kind —
    /// the seeded example cycle is never compared with real ones, nor they with it.</summary>
    public const string CycleSql = """
        SELECT c.id, c.name, c.fiscal_year, c.opens_on, c.closes_on, c.status,
               p.id, p.name, p.fiscal_year,
               (SELECT count(*) FROM needs_cycle_members cm JOIN members m ON m.id = cm.member_id
                WHERE cm.cycle_id = c.id AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region))::int AS asked
        FROM needs_cycles c
        LEFT JOIN LATERAL (SELECT id, name, fiscal_year FROM needs_cycles e WHERE e.fiscal_year < c.fiscal_year AND e.is_example = c.is_example
                           ORDER BY e.fiscal_year DESC, e.id DESC LIMIT 1) p ON true
        WHERE c.id = @cycle
        """;

    /// <summary>The previous cycle's demand per topic and sub-region (the current cycle's is counted from <see cref="AnswersSql"/>'s rows):
    /// Members with any need (level ≥ 1) and the weighted need (sum of levels). Columns: topic_id, sub_region_id, members, weighted_need.</summary>
    public const string PreviousDemandSql = """
        SELECT q.topic_id, m.sub_region_id, count(*)::int AS members, sum(a.need_level)::int AS weighted_need
        FROM needs_responses r
        JOIN needs_answers a ON a.response_id = r.id
        JOIN needs_questions q ON q.id = a.question_id
        JOIN members m ON m.id = r.member_id
        WHERE r.cycle_id = @previous AND r.status = 'Submitted' AND q.topic_id IS NOT NULL AND a.need_level >= 1
          AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
        GROUP BY q.topic_id, m.sub_region_id
        """;

    /// <summary>The submitted responses of the cycle with their priorities. Columns: id, member_id, revision, priority_topic_ids.</summary>
    public const string ResponsesSql = """
        SELECT r.id, r.member_id, r.revision, r.priority_topic_ids
        FROM needs_responses r JOIN members m ON m.id = r.member_id
        WHERE r.cycle_id = @cycle AND r.status = 'Submitted' AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
        """;

    /// <summary>Every answer with a need (level ≥ 1) of the cycle's submitted responses, read once: the demand figures, the top needs,
    /// the high-impact check and the rules all work from these rows.
    /// Columns: response_id, revision, member_id, topic_id, need_level, preferred_delivery, preferred_quarter.</summary>
    public const string AnswersSql = """
        SELECT r.id, r.revision, r.member_id, q.topic_id, a.need_level, a.preferred_delivery, a.preferred_quarter
        FROM needs_responses r
        JOIN needs_answers a ON a.response_id = r.id
        JOIN needs_questions q ON q.id = a.question_id
        JOIN members m ON m.id = r.member_id
        WHERE r.cycle_id = @cycle AND r.status = 'Submitted' AND q.topic_id IS NOT NULL AND a.need_level >= 1
          AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
        """;

    // Milestones (with a topic) of the plans in force on the cycle's opening.
    private const string InForce = """
        in_force AS (
            SELECT ms.id, ms.code, ms.reference, ms.topic_id, p.code AS plan_code
            FROM milestones ms JOIN plans p ON p.id = ms.plan_id
            WHERE ms.topic_id IS NOT NULL AND p.starts_on <= @as_of AND p.ends_on >= @as_of)
        """;

    /// <summary>
    /// The milestones of the plans in force on the cycle's opening that are about a topic, each with every Member's latest approved
    /// status as of the opening (over the milestone and the earlier ones it continues, milestone_links; a milestone without any
    /// approved status comes once with a null Member). A high need on the topic from a Member whose status is not achieved (nor
    /// "not applicable") — or who has none — is high-impact. Columns: milestone_id, code, reference, topic_id, plan_code, member_id, status.
    /// </summary>
    public const string MilestoneStatusesSql = $"""
        WITH RECURSIVE {InForce},
        lineage(milestone_id, source_id) AS (
            SELECT id, id FROM in_force
            UNION
            SELECT l.milestone_id, ml.predecessor_id FROM lineage l JOIN milestone_links ml ON ml.milestone_id = l.source_id),
        latest AS (
            SELECT DISTINCT ON (l.milestone_id, r.member_id) l.milestone_id, r.member_id, r.status
            FROM lineage l
            JOIN milestone_status_records r ON r.milestone_id = l.source_id AND r.state = 'Approved' AND r.effective_on <= @as_of
            ORDER BY l.milestone_id, r.member_id, r.effective_on DESC, r.id DESC)
        SELECT f.id, f.code, f.reference, f.topic_id, f.plan_code, lt.member_id, lt.status
        FROM in_force f LEFT JOIN latest lt ON lt.milestone_id = f.id
        """;

    /// <summary>The KPIs each milestone in force moves: those counting its achievement (kpis.milestone_id) and those of the specific
    /// actions that serve it. Columns: milestone_id, kpi_id, kpi_code, kpi_name, action_id, action_code, pillar_number.</summary>
    public const string MilestoneKpisSql = $"""
        WITH {InForce}
        SELECT DISTINCT x.milestone_id, k.id, k.code, k.name, sa.id, sa.code, pi.number
        FROM (SELECT k.milestone_id, k.id AS kpi_id FROM kpis k JOIN in_force f ON f.id = k.milestone_id
              UNION
              SELECT am.milestone_id, k.id FROM action_milestones am JOIN in_force f ON f.id = am.milestone_id JOIN kpis k ON k.action_id = am.action_id) x
        JOIN kpis k ON k.id = x.kpi_id
        JOIN specific_actions sa ON sa.id = k.action_id
        JOIN pillars pi ON pi.id = sa.pillar_id
        ORDER BY x.milestone_id, pi.number, sa.code, k.code
        """;

    /// <summary>
    /// Accredited experts on the first day of the fiscal year planned for (status accredited, or since expired, with a validity
    /// covering the day — the rule of AccreditationLifecycle), per topic of their expertise, per topic and language, and per topic
    /// and sub-region of their home Member (null: WCO Secretariat or outside the region). The pool serves the whole region,
    /// so a sub-region filter does not narrow it. Columns: dimension (topic | language | sub-region), topic_id, language, sub_region_id, experts.
    /// </summary>
    public const string SupplySql = """
        WITH pool AS (
            SELECT e.id, e.languages, m.sub_region_id
            FROM experts e LEFT JOIN members m ON m.id = e.member_id
            WHERE EXISTS (SELECT 1 FROM accreditations ac WHERE ac.expert_id = e.id
                            AND ac.status IN ('Accredited', 'Expired') AND (ac.valid_from IS NULL OR ac.valid_from <= @fy_start)
                            AND (ac.valid_until IS NOT NULL AND ac.valid_until >= @fy_start OR ac.valid_until IS NULL AND ac.status = 'Accredited'))),
        topics AS (SELECT et.topic_id, pool.* FROM pool JOIN expert_topics et ON et.expert_id = pool.id)
        SELECT 'topic' AS dimension, topic_id, NULL::text AS language, NULL::int AS sub_region_id, count(*)::int AS experts
        FROM topics GROUP BY topic_id
        UNION ALL
        SELECT 'language', topic_id, l.language, NULL, count(*)::int FROM topics CROSS JOIN unnest(topics.languages) AS l(language)
        GROUP BY topic_id, l.language
        UNION ALL
        SELECT 'sub-region', topic_id, NULL, sub_region_id, count(*)::int FROM topics GROUP BY topic_id, sub_region_id
        """;

    /// <summary>Specific actions of plans overlapping the fiscal year (<c>@fy_start</c> … <c>@fy_end</c>) whose milestones — served
    /// directly or counted by one of their KPIs — are about one of <c>@topics</c>. Columns: action_id, topic_id, plan_starts_on, plan_ends_on.</summary>
    public const string PlanActionsSql = """
        SELECT DISTINCT sa.id, ms.topic_id, p.starts_on, p.ends_on, pi.number, sa.position
        FROM plans p
        JOIN pillars pi ON pi.plan_id = p.id
        JOIN specific_actions sa ON sa.pillar_id = pi.id
        JOIN (SELECT am.action_id, am.milestone_id FROM action_milestones am
              UNION SELECT k.action_id, k.milestone_id FROM kpis k WHERE k.milestone_id IS NOT NULL) x ON x.action_id = sa.id
        JOIN milestones ms ON ms.id = x.milestone_id
        WHERE ms.topic_id = ANY (@topics) AND p.starts_on <= @fy_end AND p.ends_on >= @fy_start
        ORDER BY pi.number, sa.position, sa.id
        """;

    public sealed record PlanActionRow(int ActionId, int TopicId, DateOnly PlanStartsOn, DateOnly PlanEndsOn);

    public static async Task<List<PlanActionRow>> PlanActionsAsync(RocbDbContext db, IReadOnlyCollection<int> topicIds, DateOnly fyStart,
        DateOnly fyEnd, CancellationToken ct)
    {
        if (topicIds.Count == 0) return [];
        await using var cmd = await CommandAsync(db, PlanActionsSql, ct);
        cmd.Parameters.Add(new NpgsqlParameter("topics", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = topicIds.ToArray() });
        cmd.Parameters.AddWithValue("fy_start", fyStart);
        cmd.Parameters.AddWithValue("fy_end", fyEnd);
        var rows = new List<PlanActionRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) rows.Add(new PlanActionRow(r.GetInt32(0), r.GetInt32(1), r.GetFieldValue<DateOnly>(2), r.GetFieldValue<DateOnly>(3)));
        return rows;
    }

    /// <summary>The cycle's name and fiscal year, or null when there is no such cycle.</summary>
    public static async Task<(string Name, int FiscalYear)?> CycleNameAsync(RocbDbContext db, int cycleId, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, "SELECT name, fiscal_year FROM needs_cycles WHERE id = @cycle", ct);
        cmd.Parameters.AddWithValue("cycle", cycleId);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.GetString(0), r.GetInt32(1)) : null;
    }

    public const string MembersSql = "SELECT m.id, m.code, m.name, m.sub_region_id FROM members m";
    public const string SubRegionsSql = "SELECT s.id, s.code, s.name FROM sub_regions s";
    public const string TopicsSql = "SELECT t.id, t.code, t.name FROM topics t";

    public sealed record CycleRow(int Id, string Name, int FiscalYear, DateOnly OpensOn, DateOnly ClosesOn, string Status,
        int? PreviousId, string? PreviousName, int? PreviousFiscalYear, int Asked);
    public sealed record DemandRow(int TopicId, int SubRegionId, int Members, int WeightedNeed);
    public sealed record ResponseRow(int Id, int MemberId, int Revision, int[] PriorityTopicIds);
    public sealed record AnswerRow(int ResponseId, int Revision, int MemberId, int TopicId, int NeedLevel, string? Delivery, int? Quarter);
    public sealed record MilestoneStatusRow(int MilestoneId, string Code, string Reference, int TopicId, string PlanCode, int? MemberId, string? Status);
    public sealed record KpiRow(int MilestoneId, int KpiId, string KpiCode, string KpiName, int ActionId, string ActionCode, int PillarNumber);
    public sealed record SupplyRow(string Dimension, int TopicId, string? Language, int? SubRegionId, int Experts);
    public sealed record NamedRow(int Id, string Code, string Name, int SubRegionId);

    public sealed record Parameters(int CycleId, int? PreviousCycleId, int? SubRegionId, int HighNeedLevel, DateOnly AsOf, DateOnly FiscalYearStart);

    public static async Task<CycleRow?> CycleAsync(RocbDbContext db, int cycleId, int? subRegionId, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, CycleSql, ct);
        cmd.Parameters.AddWithValue("cycle", cycleId);
        cmd.Parameters.Add(new NpgsqlParameter("sub_region", NpgsqlDbType.Integer) { Value = (object?)subRegionId ?? DBNull.Value });
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new CycleRow(r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetFieldValue<DateOnly>(3), r.GetFieldValue<DateOnly>(4), r.GetString(5),
            r.IsDBNull(6) ? null : r.GetInt32(6), r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetInt32(8), r.GetInt32(9));
    }

    public static async Task<List<DemandRow>> PreviousDemandAsync(RocbDbContext db, Parameters p, CancellationToken ct) =>
        p.PreviousCycleId is null ? []
            : await ReadAsync(db, PreviousDemandSql, p, r => new DemandRow(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), ct);

    public static async Task<List<ResponseRow>> ResponsesAsync(RocbDbContext db, Parameters p, CancellationToken ct) =>
        await ReadAsync(db, ResponsesSql, p, r => new ResponseRow(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2),
            r.IsDBNull(3) ? [] : r.GetFieldValue<int[]>(3)), ct);

    public static async Task<List<AnswerRow>> AnswersAsync(RocbDbContext db, Parameters p, CancellationToken ct) =>
        await ReadAsync(db, AnswersSql, p, r => new AnswerRow(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4),
            r.IsDBNull(5) ? null : Kebab(r.GetString(5)), r.IsDBNull(6) ? null : r.GetInt32(6)), ct);

    public static async Task<List<MilestoneStatusRow>> MilestoneStatusesAsync(RocbDbContext db, Parameters p, CancellationToken ct) =>
        await ReadAsync(db, MilestoneStatusesSql, p, r => new MilestoneStatusRow(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt32(3),
            r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6)), ct);

    public static async Task<List<KpiRow>> MilestoneKpisAsync(RocbDbContext db, Parameters p, CancellationToken ct) =>
        await ReadAsync(db, MilestoneKpisSql, p, r => new KpiRow(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetInt32(4),
            r.GetString(5), r.GetInt32(6)), ct);

    public static async Task<List<SupplyRow>> SupplyAsync(RocbDbContext db, Parameters p, CancellationToken ct) =>
        await ReadAsync(db, SupplySql, p, r => new SupplyRow(r.GetString(0), r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2),
            r.IsDBNull(3) ? null : r.GetInt32(3), r.GetInt32(4)), ct);

    public static async Task<List<NamedRow>> NamesAsync(RocbDbContext db, string sql, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, sql, ct);
        var rows = new List<NamedRow>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) rows.Add(new NamedRow(r.GetInt32(0), r.GetString(1), r.GetString(2), r.FieldCount > 3 ? r.GetInt32(3) : 0));
        return rows;
    }

    /// <summary>Sets every parameter the queries above may use (a command ignores those its text does not name).</summary>
    public static void AddParameters(NpgsqlCommand cmd, Parameters p)
    {
        cmd.Parameters.AddWithValue("cycle", p.CycleId);
        cmd.Parameters.Add(new NpgsqlParameter("previous", NpgsqlDbType.Integer) { Value = (object?)p.PreviousCycleId ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("sub_region", NpgsqlDbType.Integer) { Value = (object?)p.SubRegionId ?? DBNull.Value });
        cmd.Parameters.AddWithValue("high", p.HighNeedLevel);
        cmd.Parameters.AddWithValue("as_of", p.AsOf);
        cmd.Parameters.AddWithValue("fy_start", p.FiscalYearStart);
    }

    /// <summary>Only the parameters the command's SQL text names.</summary>
    public static void AddUsedParameters(NpgsqlCommand cmd, Parameters p)
    {
        AddParameters(cmd, p);
        foreach (var name in cmd.Parameters.Select(x => x.ParameterName).ToList())
            if (!cmd.CommandText.Contains('@' + name, StringComparison.Ordinal)) cmd.Parameters.RemoveAt(name);
    }

    private static async Task<List<T>> ReadAsync<T>(RocbDbContext db, string sql, Parameters p, Func<NpgsqlDataReader, T> map, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, sql, ct);
        AddUsedParameters(cmd, p);
        var rows = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(map(reader));
        return rows;
    }

    /// <summary>Stored enum names (ExpertMission) as the API writes them (expert-mission).</summary>
    internal static string Kebab(string stored) => KebabNames.GetOrAdd(stored, static s => JsonNamingPolicy.KebabCaseLower.ConvertName(s));

    // A handful of stored names (deliveries, statuses), read thousands of times per analysis.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KebabNames = new(StringComparer.Ordinal);

    internal static async Task<NpgsqlCommand> CommandAsync(RocbDbContext db, string sql, CancellationToken ct)
    {
        if (db.Database.GetDbConnection().State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        return new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(),
            db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction);
    }
}
