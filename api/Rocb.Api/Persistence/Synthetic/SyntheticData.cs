using Npgsql;

namespace Rocb.Api.Persistence.Synthetic;

/// <summary>
/// Fills a database (a dedicated one: `migrate` first) with a large synthetic history for benchmarks: Members up to
/// 186 across the six regions, one 20-year plan per region with 4 pillars × 15 actions, each action with a milestone
/// (60 milestones per plan), a member-coverage and a frequency KPI; every Member's status on every milestone changing
/// over 20 fiscal years; 200,000 delivered activities with topics, 2,000,000 named participants (rolled up into counts),
/// and a follow-up survey round of 1,000 workshops with their replies. Everything generated is labelled "Synthetic … (placeholder)".
/// </summary>
public sealed class SyntheticData(NpgsqlDataSource dataSource, ILogger<SyntheticData> logger)
{
    public const int MemberTarget = 186;
    public const int Activities = 200_000;

    public async Task GenerateAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        if (await Scalar<long>(connection, "SELECT count(*) FROM plans WHERE code LIKE 'SYN-%'", ct) > 0)
        {
            logger.LogInformation("Synthetic data is already there.");
            return;
        }
        await SyntheticSteps.RunAsync(connection, Steps, logger, ct);
    }

    private static readonly (string Step, string Sql)[] Steps =
    [
        ("sub-regions for the other regions", """
            INSERT INTO sub_regions (region_id, code, name, source)
            SELECT r.id, 'SYN' || n, 'Synthetic sub-region ' || n || ' of ' || r.code || ' (placeholder)', 'synthetic'
            FROM regions r CROSS JOIN generate_series(1, 4) n
            WHERE NOT EXISTS (SELECT 1 FROM sub_regions s WHERE s.region_id = r.id)
            """),
        ("members up to 186", $"""
            WITH codes AS (
                SELECT chr(65 + a) || chr(65 + b) AS code FROM generate_series(0, 25) a, generate_series(0, 25) b
                WHERE chr(65 + a) || chr(65 + b) NOT IN (SELECT code FROM members)
                ORDER BY 1 LIMIT greatest(0, {MemberTarget} - (SELECT count(*) FROM members))),
            numbered AS (SELECT code, row_number() OVER (ORDER BY code) AS n FROM codes),
            targets AS (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM sub_regions WHERE code LIKE 'SYN%')
            INSERT INTO members (code, name, sub_region_id, is_cb_recipient, is_donor, is_small_island_economy, is_rtc_host, source)
            SELECT c.code, 'Synthetic Member ' || c.code || ' (placeholder)', t.id, true, false, false, false, 'synthetic'
            FROM numbered c JOIN targets t ON t.n = (c.n % t.total) + 1
            """),
        ("one plan per region", """
            INSERT INTO plans (code, kind, title, region_id, starts_on, ends_on, source)
            SELECT 'SYN-' || r.code, 'Sap', 'Synthetic 20-year plan for ' || r.name || ' (placeholder)', r.id, DATE '2006-07-01', DATE '2026-06-30', 'synthetic'
            FROM regions r
            """),
        ("pillars", """
            INSERT INTO pillars (plan_id, number, title, source)
            SELECT p.id, n, 'Synthetic pillar ' || n, 'synthetic' FROM plans p CROSS JOIN generate_series(1, 4) n WHERE p.code LIKE 'SYN-%'
            """),
        ("milestones (60 per plan)", """
            INSERT INTO milestones (plan_id, code, reference, source)
            SELECT p.id, pl.number || '.1.1-' || n, pl.number || '.1.1 - milestone ' || n, 'synthetic'
            FROM plans p JOIN pillars pl ON pl.plan_id = p.id CROSS JOIN generate_series(1, 15) n WHERE p.code LIKE 'SYN-%'
            """),
        ("actions", """
            INSERT INTO specific_actions (pillar_id, code, position, text, rocb_specific, source)
            SELECT pl.id, chr(96 + n), n, 'Synthetic action ' || chr(96 + n), false, 'synthetic'
            FROM pillars pl JOIN plans p ON p.id = pl.plan_id CROSS JOIN generate_series(1, 15) n WHERE p.code LIKE 'SYN-%'
            """),
        ("action milestones", """
            INSERT INTO action_milestones (action_id, milestone_id)
            SELECT a.id, m.id FROM specific_actions a JOIN pillars pl ON pl.id = a.pillar_id JOIN plans p ON p.id = pl.plan_id
            JOIN milestones m ON m.plan_id = p.id AND m.code = pl.number || '.1.1-' || a.position
            WHERE p.code LIKE 'SYN-%'
            """),
        ("coverage and frequency KPIs", """
            INSERT INTO kpis (action_id, code, name, kind, computed_from, milestone_id, target_comparator, target_value, target_unit,
                              target_denominator, target_period, target_text, deadline, source)
            SELECT a.id, a.code || k, CASE k WHEN '1' THEN 'Number of implementing Members' ELSE 'Number of activities' END,
                   CASE k WHEN '1' THEN 'MemberCoverage' ELSE 'Frequency' END,
                   CASE k WHEN '1' THEN 'milestone-statuses' ELSE 'activities' END,
                   CASE k WHEN '1' THEN am.milestone_id END, 'AtLeast', CASE k WHEN '1' THEN 25 ELSE 2 END,
                   CASE k WHEN '1' THEN 'members' ELSE 'activities' END, CASE k WHEN '1' THEN 35 END,
                   CASE k WHEN '1' THEN 'ByDeadline' ELSE 'PerFiscalYear' END, 'synthetic target', DATE '2026-06-30', 'synthetic'
            FROM specific_actions a JOIN action_milestones am ON am.action_id = a.id JOIN pillars pl ON pl.id = a.pillar_id
            JOIN plans p ON p.id = pl.plan_id CROSS JOIN (VALUES ('1'), ('2')) v(k) WHERE p.code LIKE 'SYN-%'
            """),
        ("20 fiscal years of status changes", """
            INSERT INTO milestone_status_records (member_id, milestone_id, status, effective_on, evidence, source_document, state, created_at, reviewed_at)
            SELECT mb.id, m.id, s.status, (DATE '2006-07-01' + ((hashtext(mb.code || m.id::text || s.step) & 2147483647) % 365)
                   + (s.step * 5 + (hashtext(m.id::text || mb.code) & 3)) * 365), 'Synthetic evidence (placeholder)', 'synthetic',
                   'Approved', now(), now()
            FROM plans p JOIN milestones m ON m.plan_id = p.id
            JOIN members mb ON mb.sub_region_id IN (SELECT id FROM sub_regions WHERE region_id = p.region_id)
            CROSS JOIN (VALUES (0, 'Planned'), (1, 'InProgress'), (2, 'Achieved'), (3, 'InProgress')) s(step, status)
            WHERE p.code LIKE 'SYN-%' AND (s.step < 3 OR (hashtext(mb.code || m.code) & 7) = 0)
            """),
        ("200,000 delivered activities", $"""
            INSERT INTO activities (title, type, status, starts_on, ends_on, date_precision, host_member_id, mode, rocb_role, source)
            SELECT 'Synthetic activity ' || g || ' (placeholder)',
                   (ARRAY['RegionalWorkshop', 'SubRegionalWorkshop', 'NationalWorkshop', 'Seminar', 'Webinar', 'Conference', 'DiagnosticMission'])[1 + g % 7],
                   'Delivered', DATE '2006-07-01' + (g % 7300), DATE '2006-07-01' + (g % 7300) + g % 3, 'Day',
                   (SELECT id FROM members ORDER BY id OFFSET (g % {MemberTarget}) LIMIT 1),
                   (ARRAY['InPerson', 'InPerson', 'Virtual'])[1 + g % 3], (ARRAY['Organised', 'Organised', 'CoOrganised', 'Participated'])[1 + g % 4],
                   'synthetic'
            FROM generate_series(1, {Activities}) g
            """),
        ("activity topics", """
            INSERT INTO activity_topics (activity_id, topic_id)
            SELECT a.id, t.ids[1 + a.id % array_length(t.ids, 1)]
            FROM activities a CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM topics) t WHERE a.source = 'synthetic'
            """),
        ("2,000,000 named participants (10 per activity, 3 delegations)", """
            INSERT INTO participants (activity_id, member_id, name, gender, role)
            SELECT a.id, m.ids[1 + (a.id + k % 3) % array_length(m.ids, 1)], 'Synthetic participant ' || a.id || '-' || k || ' (placeholder)',
                   (ARRAY['Female', 'Male', 'Male', 'NotRecorded'])[1 + (a.id + k) % 4],
                   CASE WHEN k < 3 THEN 'HeadOfDelegation' WHEN k = 9 THEN 'Observer' ELSE 'Participant' END
            FROM activities a CROSS JOIN generate_series(0, 9) k CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM members) m
            WHERE a.source = 'synthetic'
            """),
        ("participant counts rolled up", """
            INSERT INTO participant_counts (activity_id, member_id, female, male, other, not_recorded, observers, head_of_delegation_gender, from_individuals)
            SELECT p.activity_id, p.member_id,
                   count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Female'), count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Male'),
                   count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Other'), count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'NotRecorded'),
                   count(*) FILTER (WHERE p.role = 'Observer'), min(p.gender) FILTER (WHERE p.role = 'HeadOfDelegation'), true
            FROM participants p JOIN activities a ON a.id = p.activity_id WHERE a.source = 'synthetic'
            GROUP BY p.activity_id, p.member_id
            """),
        ("a follow-up survey round of 1,000 workshops", """
            INSERT INTO survey_rounds (code, title, fiscal_year, reply_window_days, source)
            VALUES ('SYN-FUS', 'Synthetic follow-up survey round (placeholder)', 2015, 21, 'synthetic');
            INSERT INTO survey_workshops (round_id, activity_id, number, scope, send_on, due_on)
            SELECT r.id, x.id, x.n, x.scope, x.ends_on + 182, x.ends_on + 203
            FROM survey_rounds r CROSS JOIN (
                SELECT a.id, a.ends_on, row_number() OVER (ORDER BY a.starts_on, a.id) AS n,
                       CASE WHEN a.type = 'SubRegionalWorkshop' THEN 'SubRegional' ELSE 'Regional' END AS scope
                FROM activities a
                WHERE a.source = 'synthetic' AND a.type IN ('RegionalWorkshop', 'SubRegionalWorkshop') AND a.rocb_role IN ('Organised', 'CoOrganised')
                  AND a.starts_on BETWEEN DATE '2015-07-01' AND DATE '2016-06-30'
                ORDER BY a.starts_on, a.id LIMIT 1000) x
            WHERE r.code = 'SYN-FUS'
            """),
        ("follow-up replies (one per participating delegation)", """
            INSERT INTO survey_replies (workshop_id, member_id, shared_materials, submitted_reports, made_recommendations, held_in_house_workshop,
                                        developed_manuals, other_actions, direct_effects, efficiency_improved, new_project, success_story, source)
            SELECT w.id, c.member_id, (h & 1) = 0, (h & 2) = 0, (h & 4) = 0, (h & 8) = 0, (h & 16) = 0, (h & 32) = 0,
                   CASE WHEN (h & 64) = 0 THEN NULL ELSE (h & 128) = 0 END, (h & 256) = 0, (h & 512) = 0,
                   CASE WHEN h % 10 = 0 THEN 'Synthetic success story (placeholder)' END, 'synthetic'
            FROM survey_workshops w JOIN survey_rounds r ON r.id = w.round_id AND r.code = 'SYN-FUS'
            JOIN participant_counts c ON c.activity_id = w.activity_id AND c.member_id IS NOT NULL
            CROSS JOIN LATERAL (SELECT hashtext(w.id::text || '-' || c.member_id::text) & 2147483647 AS h) x
            """),
        ("activity actions", """
            WITH actions AS (SELECT a.id, row_number() OVER (ORDER BY a.id) - 1 AS n, count(*) OVER () AS total
                             FROM specific_actions a JOIN pillars pl ON pl.id = a.pillar_id JOIN plans p ON p.id = pl.plan_id WHERE p.code LIKE 'SYN-%')
            INSERT INTO activity_actions (action_id, activity_id)
            SELECT ac.id, x.id FROM activities x JOIN actions ac ON ac.n = x.id % ac.total WHERE x.source = 'synthetic'
            """),
    ];

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
