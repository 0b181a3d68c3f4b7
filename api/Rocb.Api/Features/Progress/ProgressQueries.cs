using Npgsql;
using NpgsqlTypes;

namespace Rocb.Api.Features.Progress;

/// <summary>
/// The few set-based SQL queries behind plan progress: each answers for every KPI of a plan at once
/// (never one query per KPI or per Member), for one or more as-of dates.
/// </summary>
public sealed class ProgressQueries(NpgsqlDataSource dataSource)
{
    public sealed record CoverageRow(DateOnly AsOf, int MilestoneId, int SubRegionId, int Achieved, int NotApplicable);
    /// <summary>Delivered activities of one action in one fiscal quarter (SubRegionId: the sub-region they were counted for, or null for all).</summary>
    public sealed record ActivityRow(int ActionId, int FiscalYear, int Quarter, int? SubRegionId, int Count);
    public sealed record ReportedRow(int KpiId, DateOnly AsOf, decimal Value);
    /// <summary>Participants of delivered activities that started on one day: gender counts of the ROCB's own (organised or
    /// co-organised) activities, and heads of delegation of all activities.</summary>
    public sealed record ParticipationRow(DateOnly Day, int Female, int Male, int Other, int NotRecorded, int FemaleHeads, int Heads);
    /// <summary>Evaluation scores of delivered activities that started on one day: sum of overall scores and how many.</summary>
    public sealed record EvaluationRow(DateOnly Day, decimal ScoreSum, int Responses);
    /// <summary>Follow-up survey replies about workshops asked on one day.</summary>
    public sealed record SurveyReplyRow(DateOnly Day, int Positive, int Known, int Stories);
    /// <summary>Delivered activities that started on one day and asked for experts (an expert request or a deployment), and how many of them
    /// had at least one confirmed or completed deployment of an expert accredited on its dates.</summary>
    public sealed record ExpertMissionRow(DateOnly Day, int Requested, int WithAccredited);
    /// <summary>Confirmed or completed expert deployments starting on one day (expert exchanges), by origin.</summary>
    public sealed record DeploymentRow(DateOnly Day, int Deployments, int FromRegion, int FromWcoSecretariat = 0);
    /// <summary>Requests to donor administrations sent on one day, by outcome (pending: no answer recorded yet).</summary>
    public sealed record DonorRequestRow(DateOnly Day, int Released, int Declined, int NoAnswer, int Pending);
    public sealed record MemberStatusRow(int MemberId, string Code, string Name, int SubRegionId, string? Status, DateOnly? EffectiveOn,
        string? Evidence, string? EvidenceLink, string? SourceDocument, long? RecordId, string? MilestoneCode, string? PlanCode);

    // A milestone's statuses include those reported against the same milestone in earlier plans (milestone_links).
    private const string Lineage = """
        WITH RECURSIVE lineage(milestone_id, source_id) AS (
            SELECT id, id FROM milestones WHERE plan_id = @plan
            UNION
            SELECT l.milestone_id, ml.predecessor_id FROM lineage l JOIN milestone_links ml ON ml.milestone_id = l.source_id
        ),
        sources AS (SELECT milestone_id, array_agg(source_id) AS ids FROM lineage GROUP BY milestone_id)
        """;

    // Members of the plan's region on the date (joined and not left), optionally of one sub-region.
    private const string MembersOn = """
        SELECT m.id, m.code, m.name, m.sub_region_id FROM members m JOIN sub_regions s ON s.id = m.sub_region_id
        WHERE s.region_id = @region AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
          AND (m.joined_on IS NULL OR m.joined_on <= d.as_of) AND (m.left_on IS NULL OR m.left_on > d.as_of)
        """;

    /// <summary>Per date, milestone and sub-region: Members whose latest approved status is achieved (or not applicable).</summary>
    public async Task<List<CoverageRow>> CoverageAsync(int planId, int regionId, int? subRegionId, IReadOnlyList<DateOnly> dates, CancellationToken ct)
    {
        var sql = CoverageSql;
        await using var cmd = Command(sql, planId, regionId, subRegionId);
        cmd.Parameters.Add(new NpgsqlParameter("dates", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = dates.ToArray() });
        var rows = new List<CoverageRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new CoverageRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        return rows;
    }

    /// <summary>Delivered activities linked to the plan's actions up to the date, per action, fiscal year and quarter.</summary>
    public async Task<List<ActivityRow>> ActivitiesAsync(int planId, int? subRegionId, DateOnly asOf, CancellationToken ct)
    {
        await using var cmd = Command(ActivitiesSql, planId, null, subRegionId);
        cmd.Parameters.AddWithValue("as_of", asOf);
        var rows = new List<ActivityRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new ActivityRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), subRegionId, reader.GetInt32(3)));
        return rows;
    }

    /// <summary>The latest reported value of each reported KPI of the plan on or before the date.</summary>
    public async Task<List<ReportedRow>> ReportedAsync(int planId, DateOnly asOf, CancellationToken ct)
    {
        var sql = ReportedSql;
        await using var cmd = Command(sql, planId, null, null);
        cmd.Parameters.AddWithValue("as_of", asOf);
        var rows = new List<ReportedRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(new ReportedRow(reader.GetInt32(0), reader.GetFieldValue<DateOnly>(1), reader.GetDecimal(2)));
        return rows;
    }

    /// <summary>Every Member of the region with its latest approved status on one milestone (drill-down and who is missing).</summary>
    public async Task<List<MemberStatusRow>> MemberStatusesAsync(int planId, int regionId, int milestoneId, int? subRegionId, DateOnly asOf, CancellationToken ct)
    {
        var sql = $"""
            {Lineage}
            SELECT mi.id, mi.code, mi.name, mi.sub_region_id, latest.status, latest.effective_on, latest.evidence, latest.evidence_link,
                   latest.source_document, latest.id, latest.code, latest.plan_code
            FROM (SELECT @as_of::date AS as_of) d
            JOIN sources s ON s.milestone_id = @milestone
            CROSS JOIN LATERAL ({MembersOn}) mi
            LEFT JOIN LATERAL (
                SELECT r.status, r.effective_on, r.evidence, r.evidence_link, r.source_document, r.id, ms.code, pl.code AS plan_code
                FROM milestone_status_records r JOIN milestones ms ON ms.id = r.milestone_id JOIN plans pl ON pl.id = ms.plan_id
                WHERE r.milestone_id = ANY (s.ids) AND r.member_id = mi.id AND r.state = 'Approved' AND r.effective_on <= d.as_of
                ORDER BY r.effective_on DESC, r.id DESC LIMIT 1) latest ON true
            ORDER BY mi.code
            """;
        await using var cmd = Command(sql, planId, regionId, subRegionId);
        cmd.Parameters.AddWithValue("milestone", milestoneId);
        cmd.Parameters.AddWithValue("as_of", asOf);
        var rows = new List<MemberStatusRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new MemberStatusRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetInt64(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11)));
        return rows;
    }

    public sealed record CellRow(int MemberId, int MilestoneId, string? Status, DateOnly? EffectiveOn, string? Evidence, string? EvidenceLink,
        string? SourceDocument, long? RecordId, string? RecordMilestone);

    /// <summary>Every (Member, milestone) pair of a plan with the latest approved status on the date: the coverage matrix and the Member view.</summary>
    public async Task<List<CellRow>> MatrixAsync(int planId, int regionId, int? subRegionId, int? memberId, DateOnly asOf, CancellationToken ct)
    {
        var sql = $"""
            {Lineage}
            SELECT mi.id, s.milestone_id, latest.status, latest.effective_on, latest.evidence, latest.evidence_link,
                   latest.source_document, latest.id, latest.record_milestone
            FROM (SELECT @as_of::date AS as_of) d
            CROSS JOIN sources s
            CROSS JOIN LATERAL ({MembersOn}) mi
            JOIN LATERAL (
                SELECT r.status, r.effective_on, r.evidence, r.evidence_link, r.source_document, r.id,
                       pl.code || ' ' || ms.code AS record_milestone
                FROM milestone_status_records r JOIN milestones ms ON ms.id = r.milestone_id JOIN plans pl ON pl.id = ms.plan_id
                WHERE r.milestone_id = ANY (s.ids) AND r.member_id = mi.id AND r.state = 'Approved' AND r.effective_on <= d.as_of
                ORDER BY r.effective_on DESC, r.id DESC LIMIT 1) latest ON true
            WHERE @member::int IS NULL OR mi.id = @member
            """;
        await using var cmd = Command(sql, planId, regionId, subRegionId);
        cmd.Parameters.AddWithValue("as_of", asOf);
        cmd.Parameters.Add(new NpgsqlParameter("member", NpgsqlDbType.Integer) { Value = (object?)memberId ?? DBNull.Value });
        var rows = new List<CellRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new CellRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetInt64(7), reader.GetString(8)));
        return rows;
    }

    // The latest approved record per date, milestone and Member, over the milestone and the ones it follows, in one
    // sort (a per-Member lookup is ~4x slower on 20 years of history); then Members of the region on that date.
    private static readonly string CoverageSql = $"""
        {Lineage},
        latest AS (
            SELECT DISTINCT ON (d.as_of, l.milestone_id, r.member_id) d.as_of, l.milestone_id, r.member_id, r.status
            FROM unnest(@dates::date[]) AS d(as_of)
            JOIN lineage l ON true
            JOIN milestone_status_records r ON r.milestone_id = l.source_id AND r.state = 'Approved' AND r.effective_on <= d.as_of
            ORDER BY d.as_of, l.milestone_id, r.member_id, r.effective_on DESC, r.id DESC)
        SELECT x.as_of, x.milestone_id, m.sub_region_id,
               count(*) FILTER (WHERE x.status = 'Achieved')::int,
               count(*) FILTER (WHERE x.status = 'NotApplicable')::int
        FROM latest x JOIN members m ON m.id = x.member_id JOIN sub_regions sr ON sr.id = m.sub_region_id
        WHERE sr.region_id = @region AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
          AND (m.joined_on IS NULL OR m.joined_on <= x.as_of) AND (m.left_on IS NULL OR m.left_on > x.as_of)
        GROUP BY 1, 2, 3
        """;

    // Each activity counts once per action it serves; with a sub-region, only activities whose host or beneficiary
    // Members include one of that sub-region.
    private const string ActivitiesSql = """
        SELECT aa.action_id,
               (extract(year FROM a.starts_on) - CASE WHEN extract(month FROM a.starts_on) < 7 THEN 1 ELSE 0 END)::int AS fy,
               (((extract(month FROM a.starts_on)::int + 5) % 12) / 3 + 1) AS quarter,
               count(*)::int
        FROM pillars p
        JOIN specific_actions sa ON sa.pillar_id = p.id
        JOIN activity_actions aa ON aa.action_id = sa.id
        JOIN activities a ON a.id = aa.activity_id
        WHERE p.plan_id = @plan AND a.status = 'Delivered' AND a.starts_on <= @as_of
          AND (@sub_region::int IS NULL OR EXISTS (
                SELECT 1 FROM members m WHERE m.sub_region_id = @sub_region
                  AND (m.id = a.host_member_id OR EXISTS (SELECT 1 FROM activity_members am WHERE am.activity_id = a.id AND am.member_id = m.id))))
        GROUP BY 1, 2, 3
        """;

    /// <summary>Participant counts per day from <paramref name="from"/> to the date (one query; a sub-region counts its Members' delegations).</summary>
    public async Task<List<ParticipationRow>> ParticipationAsync(int? subRegionId, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        await using var cmd = RangeCommand(ParticipationSql, subRegionId, from, asOf);
        var rows = new List<ParticipationRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new ParticipationRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6)));
        return rows;
    }

    /// <summary>Evaluation scores per day: the individual forms of an activity, or its recorded summary when it has none.</summary>
    public async Task<List<EvaluationRow>> EvaluationsAsync(int? subRegionId, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        await using var cmd = RangeCommand(EvaluationSql, subRegionId, from, asOf);
        var rows = new List<EvaluationRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new EvaluationRow(reader.GetFieldValue<DateOnly>(0), reader.GetDecimal(1), reader.GetInt32(2)));
        return rows;
    }

    /// <summary>Follow-up survey replies per day the workshop was asked: positive (direct effects), answered, success stories.</summary>
    public async Task<List<SurveyReplyRow>> SurveyRepliesAsync(int? subRegionId, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        await using var cmd = RangeCommand(SurveyReplySql, subRegionId, from, asOf);
        var rows = new List<SurveyReplyRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new SurveyReplyRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        return rows;
    }

    /// <summary>Missions that asked for experts and those that used an accredited one, per day.</summary>
    public async Task<List<ExpertMissionRow>> ExpertMissionsAsync(int? subRegionId, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        await using var cmd = RangeCommand(ExpertMissionSql, subRegionId, from, asOf);
        var rows = new List<ExpertMissionRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(new ExpertMissionRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2)));
        return rows;
    }

    /// <summary>Confirmed or completed deployments per day they start.</summary>
    public async Task<List<DeploymentRow>> DeploymentsAsync(int? subRegionId, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        await using var cmd = RangeCommand(DeploymentSql, subRegionId, from, asOf);
        var rows = new List<DeploymentRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new DeploymentRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        return rows;
    }

    /// <summary>Donor release requests per day sent, by outcome.</summary>
    public async Task<List<DonorRequestRow>> DonorRequestsAsync(int? subRegionId, DateOnly from, DateOnly asOf, CancellationToken ct)
    {
        await using var cmd = RangeCommand(DonorRequestSql, subRegionId, from, asOf);
        var rows = new List<DonorRequestRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new DonorRequestRow(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        return rows;
    }

    // An activity "in" a sub-region: hosted by or for one of its Members.
    private const string ActivityInSubRegion = """
        (@sub_region::int IS NULL OR EXISTS (
            SELECT 1 FROM members m WHERE m.sub_region_id = @sub_region
              AND (m.id = a.host_member_id OR EXISTS (SELECT 1 FROM activity_members am WHERE am.activity_id = a.id AND am.member_id = m.id))))
        """;

    private const string ExpertMissionSql = $"""
        SELECT a.starts_on, count(*)::int,
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM deployments d JOIN accreditations ac ON ac.expert_id = d.expert_id
                   WHERE d.activity_id = a.id AND d.status IN ('Confirmed', 'Completed')
                     AND ac.status IN ('Accredited', 'Expired') AND (ac.valid_from IS NULL OR ac.valid_from <= d.starts_on)
                     AND (ac.valid_until IS NOT NULL AND ac.valid_until >= d.starts_on OR ac.valid_until IS NULL AND ac.status = 'Accredited')))::int
        FROM activities a
        WHERE a.status = 'Delivered' AND a.starts_on BETWEEN @from AND @as_of
          AND (EXISTS (SELECT 1 FROM expert_requests r WHERE r.activity_id = a.id) OR EXISTS (SELECT 1 FROM deployments d WHERE d.activity_id = a.id))
          AND {ActivityInSubRegion}
        GROUP BY 1
        """;

    private const string DeploymentSql = $"""
        SELECT d.starts_on, count(*)::int, count(*) FILTER (WHERE e.origin = 'Member')::int,
               count(*) FILTER (WHERE e.origin = 'WcoSecretariat')::int
        FROM deployments d JOIN experts e ON e.id = d.expert_id
        LEFT JOIN activities a ON a.id = d.activity_id
        WHERE d.status IN ('Confirmed', 'Completed') AND d.starts_on BETWEEN @from AND @as_of
          AND (@sub_region::int IS NULL OR a.id IS NOT NULL AND {ActivityInSubRegion})
        GROUP BY 1
        """;

    private const string DonorRequestSql = """
        SELECT r.sent_on, count(*) FILTER (WHERE r.outcome = 'Released')::int, count(*) FILTER (WHERE r.outcome = 'Declined')::int,
               count(*) FILTER (WHERE r.outcome = 'NoAnswer')::int, count(*) FILTER (WHERE r.outcome IS NULL)::int
        FROM donor_requests r LEFT JOIN members m ON m.id = r.member_id
        WHERE r.sent_on BETWEEN @from AND @as_of AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
        GROUP BY 1
        """;

    private const string ParticipationSql = """
        SELECT a.starts_on,
               coalesce(sum(c.female) FILTER (WHERE a.rocb_role IN ('Organised', 'CoOrganised')), 0)::int,
               coalesce(sum(c.male) FILTER (WHERE a.rocb_role IN ('Organised', 'CoOrganised')), 0)::int,
               coalesce(sum(c.other) FILTER (WHERE a.rocb_role IN ('Organised', 'CoOrganised')), 0)::int,
               coalesce(sum(c.not_recorded) FILTER (WHERE a.rocb_role IN ('Organised', 'CoOrganised')), 0)::int,
               count(*) FILTER (WHERE c.head_of_delegation_gender = 'Female')::int,
               count(c.head_of_delegation_gender)::int
        FROM activities a JOIN participant_counts c ON c.activity_id = a.id
        LEFT JOIN members m ON m.id = c.member_id
        WHERE a.status = 'Delivered' AND a.starts_on BETWEEN @from AND @as_of
          AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
        GROUP BY 1
        """;

    private const string EvaluationSql = """
        SELECT a.starts_on, sum(coalesce(r.total, s.mean * s.responses)), sum(coalesce(r.n, s.responses))::int
        FROM activities a
        LEFT JOIN (SELECT activity_id, sum(overall)::numeric AS total, count(*) AS n FROM evaluation_responses GROUP BY activity_id) r
               ON r.activity_id = a.id
        LEFT JOIN evaluation_summaries s ON s.activity_id = a.id
        WHERE a.status = 'Delivered' AND a.starts_on BETWEEN @from AND @as_of AND (r.n IS NOT NULL OR s.activity_id IS NOT NULL)
          AND (@sub_region::int IS NULL OR EXISTS (
                SELECT 1 FROM members m WHERE m.sub_region_id = @sub_region
                  AND (m.id = a.host_member_id OR EXISTS (SELECT 1 FROM activity_members am WHERE am.activity_id = a.id AND am.member_id = m.id))))
        GROUP BY 1
        """;

    private const string SurveyReplySql = """
        SELECT w.send_on, count(*) FILTER (WHERE r.direct_effects)::int, count(r.direct_effects)::int, count(r.success_story)::int
        FROM survey_replies r JOIN survey_workshops w ON w.id = r.workshop_id
        LEFT JOIN members m ON m.id = r.member_id
        WHERE w.send_on BETWEEN @from AND @as_of AND (@sub_region::int IS NULL OR m.sub_region_id = @sub_region)
        GROUP BY 1
        """;

    private NpgsqlCommand RangeCommand(string sql, int? subRegionId, DateOnly from, DateOnly asOf)
    {
        var cmd = dataSource.CreateCommand(sql);
        cmd.Parameters.AddWithValue("from", from);
        cmd.Parameters.AddWithValue("as_of", asOf);
        cmd.Parameters.Add(new NpgsqlParameter("sub_region", NpgsqlDbType.Integer) { Value = (object?)subRegionId ?? DBNull.Value });
        return cmd;
    }

    private const string ReportedSql = """
            SELECT DISTINCT ON (v.kpi_id) v.kpi_id, v.as_of, v.value
            FROM kpi_reported_values v JOIN kpis k ON k.id = v.kpi_id JOIN specific_actions sa ON sa.id = k.action_id
            JOIN pillars p ON p.id = sa.pillar_id AND p.plan_id = @plan
            WHERE v.as_of <= @as_of
            ORDER BY v.kpi_id, v.as_of DESC, v.id DESC
            """;

    /// <summary>The three progress queries with their parameters written in, for EXPLAIN ANALYZE in the benchmark.</summary>
    public static Task<IReadOnlyList<string>> ExplainableAsync(int planId, int regionId, DateOnly asOf, DateOnly baseline)
    {
        string Inline(string sql) => sql
            .Replace("@plan", planId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("@region", regionId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("@sub_region::int", "NULL::int").Replace("@sub_region", "NULL")
            .Replace("@dates::date[]", $"ARRAY['{asOf:yyyy-MM-dd}', '{baseline:yyyy-MM-dd}']::date[]")
            .Replace("@as_of", $"'{asOf:yyyy-MM-dd}'::date");
        return Task.FromResult<IReadOnlyList<string>>([Inline(CoverageSql), Inline(ActivitiesSql), Inline(ReportedSql)]);
    }

    private NpgsqlCommand Command(string sql, int planId, int? regionId, int? subRegionId)
    {
        var cmd = dataSource.CreateCommand(sql);
        cmd.Parameters.AddWithValue("plan", planId);
        if (regionId is { } region) cmd.Parameters.AddWithValue("region", region);
        cmd.Parameters.Add(new NpgsqlParameter("sub_region", NpgsqlDbType.Integer) { Value = (object?)subRegionId ?? DBNull.Value });
        return cmd;
    }
}
