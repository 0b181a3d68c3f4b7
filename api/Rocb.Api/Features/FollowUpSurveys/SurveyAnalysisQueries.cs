using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// The set-based SQL behind the follow-up survey figures, recomputed from the raw replies on every call. The SQL is
/// public so that a benchmark can send exactly the same text: <see cref="FiguresSql"/> and <see cref="SuccessStoriesSql"/>
/// take <c>@round</c> (integer), <see cref="WorkshopCountsSql"/> takes <c>@rounds</c> (integer[]).
/// They run on the DbContext's connection and transaction, so a command sees what it has just written.
/// </summary>
public static class SurveyAnalysisQueries
{
    /// <summary>
    /// The Members that took part in each workshop of <c>ws</c> (a CTE with id and activity_id): those with a participant
    /// count of their own (named participants always roll up into one) or listed as beneficiaries of the activity.
    /// </summary>
    public const string TookPartCte = """
        took_part AS (
            SELECT ws.id AS workshop_id, count(DISTINCT x.member_id)::int AS members
            FROM ws CROSS JOIN LATERAL (
                SELECT pc.member_id FROM participant_counts pc WHERE pc.activity_id = ws.activity_id AND pc.member_id IS NOT NULL
                UNION ALL SELECT am.member_id FROM activity_members am WHERE am.activity_id = ws.activity_id) x
            GROUP BY ws.id)
        """;

    /// <summary>
    /// Per workshop of the rounds: participating administrations (as stated for the workshop, else counted from who took
    /// part) and replies. Columns: workshop_id, round_id, participating, replies.
    /// </summary>
    public const string WorkshopCountsSql = $"""
        WITH ws AS (
            SELECT sw.id, sw.round_id, sw.activity_id, sw.participating_administrations
            FROM survey_workshops sw WHERE sw.round_id = ANY (@rounds)),
        {TookPartCte},
        replies AS (
            SELECT r.workshop_id, count(*)::int AS replies FROM survey_replies r JOIN ws ON ws.id = r.workshop_id GROUP BY r.workshop_id)
        SELECT ws.id AS workshop_id, ws.round_id, coalesce(ws.participating_administrations, tp.members, 0)::int AS participating,
               coalesce(rp.replies, 0)::int AS replies
        FROM ws LEFT JOIN took_part tp ON tp.workshop_id = ws.id LEFT JOIN replies rp ON rp.workshop_id = ws.id
        """;

    /// <summary>
    /// Every figure of a round's analysis in one pass over its replies: one row per workshop, one per scope (regional,
    /// sub-regional) and one for the round (GROUPING SETS; all_scopes = 1 on the round's row, all_workshops = 1 on the
    /// scope and round rows). Yes / no / unknown per question (unknown = null, never counted as no), and the cross-tabulations
    /// of Tables 4 and 7 (direct effects by sharing materials / in-house workshops, new projects by reports / recommendations).
    /// </summary>
    public const string FiguresSql = $"""
        WITH ws AS (
            SELECT sw.id, sw.number, sw.scope, sw.activity_id, sw.participating_administrations, a.title
            FROM survey_workshops sw JOIN activities a ON a.id = sw.activity_id
            WHERE sw.round_id = @round),
        {TookPartCte},
        per_workshop AS (
            SELECT ws.id, ws.number, ws.scope, ws.activity_id, ws.title,
                   ws.participating_administrations IS NOT NULL AS stated,
                   coalesce(ws.participating_administrations, tp.members, 0) AS participating,
                   count(r.id) AS replies,
                   count(r.id) FILTER (WHERE r.shared_materials) AS shared_materials_yes,
                   count(r.id) FILTER (WHERE NOT r.shared_materials) AS shared_materials_no,
                   count(r.id) FILTER (WHERE r.shared_materials IS NULL) AS shared_materials_unknown,
                   count(r.id) FILTER (WHERE r.submitted_reports) AS submitted_reports_yes,
                   count(r.id) FILTER (WHERE NOT r.submitted_reports) AS submitted_reports_no,
                   count(r.id) FILTER (WHERE r.submitted_reports IS NULL) AS submitted_reports_unknown,
                   count(r.id) FILTER (WHERE r.made_recommendations) AS made_recommendations_yes,
                   count(r.id) FILTER (WHERE NOT r.made_recommendations) AS made_recommendations_no,
                   count(r.id) FILTER (WHERE r.made_recommendations IS NULL) AS made_recommendations_unknown,
                   count(r.id) FILTER (WHERE r.held_in_house_workshop) AS held_in_house_workshop_yes,
                   count(r.id) FILTER (WHERE NOT r.held_in_house_workshop) AS held_in_house_workshop_no,
                   count(r.id) FILTER (WHERE r.held_in_house_workshop IS NULL) AS held_in_house_workshop_unknown,
                   count(r.id) FILTER (WHERE r.developed_manuals) AS developed_manuals_yes,
                   count(r.id) FILTER (WHERE NOT r.developed_manuals) AS developed_manuals_no,
                   count(r.id) FILTER (WHERE r.developed_manuals IS NULL) AS developed_manuals_unknown,
                   count(r.id) FILTER (WHERE r.other_actions) AS other_actions_yes,
                   count(r.id) FILTER (WHERE NOT r.other_actions) AS other_actions_no,
                   count(r.id) FILTER (WHERE r.other_actions IS NULL) AS other_actions_unknown,
                   count(r.id) FILTER (WHERE r.direct_effects) AS direct_effects_yes,
                   count(r.id) FILTER (WHERE NOT r.direct_effects) AS direct_effects_no,
                   count(r.id) FILTER (WHERE r.direct_effects IS NULL) AS direct_effects_unknown,
                   count(r.id) FILTER (WHERE r.efficiency_improved) AS efficiency_improved_yes,
                   count(r.id) FILTER (WHERE NOT r.efficiency_improved) AS efficiency_improved_no,
                   count(r.id) FILTER (WHERE r.efficiency_improved IS NULL) AS efficiency_improved_unknown,
                   count(r.id) FILTER (WHERE r.new_project) AS new_project_yes,
                   count(r.id) FILTER (WHERE NOT r.new_project) AS new_project_no,
                   count(r.id) FILTER (WHERE r.new_project IS NULL) AS new_project_unknown,
                   count(r.id) FILTER (WHERE r.direct_effects AND r.shared_materials) AS realised_and_shared,
                   count(r.id) FILTER (WHERE r.direct_effects AND r.held_in_house_workshop) AS realised_and_in_house,
                   count(r.id) FILTER (WHERE r.direct_effects AND (r.shared_materials OR r.held_in_house_workshop)) AS realised_with_shared_or_in_house,
                   count(r.id) FILTER (WHERE r.new_project AND r.submitted_reports) AS new_project_and_reports,
                   count(r.id) FILTER (WHERE r.new_project AND r.made_recommendations) AS new_project_and_recommendations,
                   count(r.id) FILTER (WHERE r.new_project AND (r.submitted_reports OR r.made_recommendations)) AS new_project_with_reports_or_recommendations
            FROM ws
            LEFT JOIN took_part tp ON tp.workshop_id = ws.id
            LEFT JOIN survey_replies r ON r.workshop_id = ws.id
            GROUP BY ws.id, ws.number, ws.scope, ws.activity_id, ws.title, ws.participating_administrations, tp.members)
        SELECT grouping(pw.scope)::int AS all_scopes, grouping(pw.id)::int AS all_workshops,
               pw.id, pw.number, pw.scope, pw.activity_id, pw.title, bool_and(pw.stated) AS stated,
               count(*)::int AS workshops,
               sum(pw.participating)::int AS participating,
               sum(pw.replies)::int AS replies,
               sum(pw.shared_materials_yes)::int AS shared_materials_yes,
               sum(pw.shared_materials_no)::int AS shared_materials_no,
               sum(pw.shared_materials_unknown)::int AS shared_materials_unknown,
               sum(pw.submitted_reports_yes)::int AS submitted_reports_yes,
               sum(pw.submitted_reports_no)::int AS submitted_reports_no,
               sum(pw.submitted_reports_unknown)::int AS submitted_reports_unknown,
               sum(pw.made_recommendations_yes)::int AS made_recommendations_yes,
               sum(pw.made_recommendations_no)::int AS made_recommendations_no,
               sum(pw.made_recommendations_unknown)::int AS made_recommendations_unknown,
               sum(pw.held_in_house_workshop_yes)::int AS held_in_house_workshop_yes,
               sum(pw.held_in_house_workshop_no)::int AS held_in_house_workshop_no,
               sum(pw.held_in_house_workshop_unknown)::int AS held_in_house_workshop_unknown,
               sum(pw.developed_manuals_yes)::int AS developed_manuals_yes,
               sum(pw.developed_manuals_no)::int AS developed_manuals_no,
               sum(pw.developed_manuals_unknown)::int AS developed_manuals_unknown,
               sum(pw.other_actions_yes)::int AS other_actions_yes,
               sum(pw.other_actions_no)::int AS other_actions_no,
               sum(pw.other_actions_unknown)::int AS other_actions_unknown,
               sum(pw.direct_effects_yes)::int AS direct_effects_yes,
               sum(pw.direct_effects_no)::int AS direct_effects_no,
               sum(pw.direct_effects_unknown)::int AS direct_effects_unknown,
               sum(pw.efficiency_improved_yes)::int AS efficiency_improved_yes,
               sum(pw.efficiency_improved_no)::int AS efficiency_improved_no,
               sum(pw.efficiency_improved_unknown)::int AS efficiency_improved_unknown,
               sum(pw.new_project_yes)::int AS new_project_yes,
               sum(pw.new_project_no)::int AS new_project_no,
               sum(pw.new_project_unknown)::int AS new_project_unknown,
               sum(pw.realised_and_shared)::int AS realised_and_shared,
               sum(pw.realised_and_in_house)::int AS realised_and_in_house,
               sum(pw.realised_with_shared_or_in_house)::int AS realised_with_shared_or_in_house,
               sum(pw.new_project_and_reports)::int AS new_project_and_reports,
               sum(pw.new_project_and_recommendations)::int AS new_project_and_recommendations,
               sum(pw.new_project_with_reports_or_recommendations)::int AS new_project_with_reports_or_recommendations
        FROM per_workshop pw
        GROUP BY GROUPING SETS ((pw.scope, pw.id, pw.number, pw.activity_id, pw.title), (pw.scope), ())
        ORDER BY all_scopes, all_workshops, pw.scope, pw.number
        """;

    /// <summary>The success stories of a round's replies, by workshop number and Member code.</summary>
    public const string SuccessStoriesSql = """
        SELECT r.id, sw.id AS workshop_id, sw.number, a.title, r.member_id, m.code, m.name, r.respondent_label, r.success_story
        FROM survey_replies r
        JOIN survey_workshops sw ON sw.id = r.workshop_id
        JOIN activities a ON a.id = sw.activity_id
        LEFT JOIN members m ON m.id = r.member_id
        WHERE sw.round_id = @round AND r.success_story IS NOT NULL AND btrim(r.success_story) <> ''
        ORDER BY sw.number, m.code NULLS LAST, r.id
        """;

    public sealed record WorkshopCounts(int WorkshopId, int RoundId, int Participating, int Replies);

    /// <summary>One row of <see cref="FiguresSql"/>: the grouping level, the workshop (on workshop rows) and every count by column name.</summary>
    public sealed record FiguresRow(bool AllScopes, bool AllWorkshops, int? WorkshopId, int? Number, WorkshopScope? Scope, long? ActivityId,
        string? Title, bool Stated, IReadOnlyDictionary<string, int> Counts)
    {
        public int this[string column] => Counts[column];
    }

    public sealed record SuccessStoryRow(long ReplyId, int WorkshopId, int Number, string Title, int? MemberId, string? MemberCode,
        string? MemberName, string? RespondentLabel, string Text);

    public static async Task<IReadOnlyList<WorkshopCounts>> WorkshopCountsAsync(RocbDbContext db, IReadOnlyCollection<int> roundIds, CancellationToken ct)
    {
        if (roundIds.Count == 0) return [];
        await using var cmd = await CommandAsync(db, WorkshopCountsSql, ct);
        cmd.Parameters.Add(new NpgsqlParameter("rounds", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = roundIds.ToArray() });
        var rows = new List<WorkshopCounts>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(new WorkshopCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        return rows;
    }

    public static async Task<IReadOnlyList<FiguresRow>> FiguresAsync(RocbDbContext db, int roundId, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, FiguresSql, ct);
        cmd.Parameters.AddWithValue("round", roundId);
        var rows = new List<FiguresRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var first = reader.GetOrdinal("workshops");
        while (await reader.ReadAsync(ct))
        {
            var counts = new Dictionary<string, int>();
            // A round without workshops still has its (empty) total row, whose sums are null.
            for (var i = first; i < reader.FieldCount; i++) counts[reader.GetName(i)] = reader.IsDBNull(i) ? 0 : reader.GetInt32(i);
            rows.Add(new FiguresRow(
                reader.GetInt32(reader.GetOrdinal("all_scopes")) == 1, reader.GetInt32(reader.GetOrdinal("all_workshops")) == 1,
                reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.IsDBNull(4) ? null : Enum.Parse<WorkshopScope>(reader.GetString(4)), reader.IsDBNull(5) ? null : reader.GetInt64(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), !reader.IsDBNull(7) && reader.GetBoolean(7), counts));
        }
        return rows;
    }

    public static async Task<IReadOnlyList<SuccessStoryRow>> SuccessStoriesAsync(RocbDbContext db, int roundId, CancellationToken ct)
    {
        await using var cmd = await CommandAsync(db, SuccessStoriesSql, ct);
        cmd.Parameters.AddWithValue("round", roundId);
        var rows = new List<SuccessStoryRow>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new SuccessStoryRow(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7), reader.GetString(8)));
        return rows;
    }

    private static async Task<NpgsqlCommand> CommandAsync(RocbDbContext db, string sql, CancellationToken ct)
    {
        if (db.Database.GetDbConnection().State != ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        return new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(),
            db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction);
    }
}
