using Npgsql;
using NpgsqlTypes;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.NeedsAnalysis;

/// <summary>An answer on a topic question: topic code, need level, preferred delivery (stored name), preferred quarter.</summary>
public sealed record TopicAnswer(string Topic, int? Need, string? Delivery = null, int? Quarter = null);

/// <summary>
/// Writes needs cycles, responses, plans, milestone statuses and experts straight into the test database, so that the
/// analysis can be checked against figures computed by hand (the survey endpoints are tested by their own feature).
/// </summary>
public sealed class NeedsTestData(ApiFixture api)
{
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var c = new NpgsqlConnection(api.ConnectionString);
        await c.OpenAsync();
        return c;
    }

    private async Task<T> ScalarAsync<T>(string sql, params object?[] values)
    {
        await using var c = await OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        foreach (var v in values) cmd.Parameters.Add(v is null ? new NpgsqlParameter { Value = DBNull.Value } : new NpgsqlParameter { Value = v });
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public Task<int> MemberAsync(string code) => ScalarAsync<int>("SELECT id FROM members WHERE code = $1", code);
    public Task<int> TopicAsync(string code) => ScalarAsync<int>("SELECT id FROM topics WHERE code = $1", code);
    public Task<int> SubRegionAsync(string code) => ScalarAsync<int>("SELECT id FROM sub_regions WHERE code = $1", code);

    /// <summary>A closed cycle asking the Members about the topics (one topic question each, in order) plus one custom question.</summary>
    public async Task<int> CycleAsync(string name, int fiscalYear, DateOnly opensOn, string[] members, string[] topics)
    {
        var id = await ScalarAsync<int>("""
            INSERT INTO needs_cycles (name, fiscal_year, opens_on, closes_on, status, coordinators, is_example, created_at)
            VALUES ($1, $2, $3, $4, 'Closed', '{"ROCB A/P"}', false, now()) RETURNING id
            """, name, fiscalYear, opensOn, opensOn.AddDays(45));
        foreach (var m in members)
            await ScalarAsync<int>("INSERT INTO needs_cycle_members (cycle_id, member_id) VALUES ($1, $2) RETURNING cycle_id", id, await MemberAsync(m));
        var position = 1;
        foreach (var t in topics)
            await ScalarAsync<int>("INSERT INTO needs_questions (cycle_id, position, kind, topic_id, text) VALUES ($1, $2, 'Topic', $3, $4) RETURNING id",
                id, position++, await TopicAsync(t), t);
        await ScalarAsync<int>("INSERT INTO needs_questions (cycle_id, position, kind, text) VALUES ($1, $2, 'Custom', 'Anything else?') RETURNING id",
            id, position);
        return id;
    }

    /// <summary>A response (Submitted or Draft) with its answers; returns its id.</summary>
    public async Task<int> ResponseAsync(int cycleId, string member, string status, int revision, string[] priorities, params TopicAnswer[] answers)
    {
        var priorityIds = new List<int>();
        foreach (var p in priorities) priorityIds.Add(await TopicAsync(p));
        var id = await ScalarAsync<int>("""
            INSERT INTO needs_responses (cycle_id, member_id, status, entered_by_staff, priority_topic_ids, created_at, updated_at, submitted_at, revision)
            VALUES ($1, $2, $3, false, $4, now(), now(), CASE WHEN $3 = 'Submitted' THEN now() END, $5) RETURNING id
            """, cycleId, await MemberAsync(member), status, priorityIds.ToArray(), revision);
        foreach (var a in answers)
        {
            var question = await ScalarAsync<int>("SELECT q.id FROM needs_questions q JOIN topics t ON t.id = q.topic_id WHERE q.cycle_id = $1 AND t.code = $2",
                cycleId, a.Topic);
            await ScalarAsync<int>("""
                INSERT INTO needs_answers (response_id, question_id, implementation_status, need_level, preferred_delivery, preferred_quarter)
                VALUES ($1, $2, 'Planning', $3, $4, $5) RETURNING response_id
                """, id, question, a.Need, a.Delivery, a.Quarter);
        }
        return id;
    }

    public sealed record PlanIds(int PlanId, int ActionId, int MilestoneId, int KpiId);

    /// <summary>A plan with one pillar, one action serving one milestone on the topic, and a Member-coverage KPI counting it.</summary>
    public async Task<PlanIds> PlanAsync(string code, DateOnly startsOn, DateOnly endsOn, string topic)
    {
        var plan = await ScalarAsync<int>("""
            INSERT INTO plans (code, kind, title, region_id, starts_on, ends_on) VALUES ($1, 'Sap', $1, (SELECT id FROM regions LIMIT 1), $2, $3) RETURNING id
            """, code, startsOn, endsOn);
        var pillar = await ScalarAsync<int>("INSERT INTO pillars (plan_id, number, title) VALUES ($1, 1, 'Pillar one') RETURNING id", plan);
        var action = await ScalarAsync<int>("""
            INSERT INTO specific_actions (pillar_id, code, position, text, rocb_specific) VALUES ($1, 'a', 1, 'Support risk management', false) RETURNING id
            """, pillar);
        var milestone = await ScalarAsync<int>("""
            INSERT INTO milestones (plan_id, code, reference, topic_id) VALUES ($1, '2.1.1-1', '2.1.1 - 1st milestone', $2) RETURNING id
            """, plan, await TopicAsync(topic));
        await ScalarAsync<int>("INSERT INTO action_milestones (action_id, milestone_id) VALUES ($1, $2) RETURNING action_id", action, milestone);
        var kpi = await ScalarAsync<int>("""
            INSERT INTO kpis (action_id, code, name, kind, computed_from, milestone_id, target_comparator, target_value, target_unit,
                              target_period, target_text, deadline)
            VALUES ($1, 'a', 'Members with a risk management framework', 'MemberCoverage', 'milestone-statuses', $2, 'AtLeast', 20, 'Members',
                    'ByDeadline', '20 Members', $3) RETURNING id
            """, action, milestone, endsOn);
        return new PlanIds(plan, action, milestone, kpi);
    }

    public Task<long> StatusAsync(string member, int milestoneId, string status, DateOnly effectiveOn, string state = "Approved") =>
        MemberAsync(member).ContinueWith(async m => await ScalarAsync<long>("""
            INSERT INTO milestone_status_records (member_id, milestone_id, status, not_applicable_reason, effective_on, state, created_at)
            VALUES ($1, $2, $3, CASE WHEN $3 = 'NotApplicable' THEN 'n/a' END, $4, $5, now()) RETURNING id
            """, m.Result, milestoneId, status, effectiveOn, state)).Unwrap();

    /// <summary>An expert with topics and one accreditation. member null: WCO Secretariat.</summary>
    public async Task<int> ExpertAsync(string name, string? member, string[] languages, string[] topics, string accreditationStatus,
        DateOnly? validFrom, DateOnly? validUntil)
    {
        var memberId = member is null ? (int?)null : await MemberAsync(member);
        var id = await ScalarAsync<int>("""
            INSERT INTO experts (name, origin, member_id, gender, languages, consent_to_contact) VALUES ($1, $2, $3, 'NotRecorded', $4, true) RETURNING id
            """, name, member is null ? "WcoSecretariat" : "Member", memberId, languages);
        foreach (var t in topics)
            await ScalarAsync<int>("INSERT INTO expert_topics (expert_id, topic_id, level) VALUES ($1, $2, 3) RETURNING expert_id", id, await TopicAsync(t));
        await ScalarAsync<long>("""
            INSERT INTO accreditations (expert_id, category, status, valid_from, valid_until) VALUES ($1, 'TechnicalOperationalAdvisor', $2, $3, $4) RETURNING id
            """, id, accreditationStatus, validFrom, validUntil);
        return id;
    }

    public Task<long> CountAsync(string sql, params object?[] values) => ScalarAsync<long>(sql, values);
}
