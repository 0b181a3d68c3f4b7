using System.ComponentModel;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Features.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// Ranked candidates for a request, each score broken into its named parts (<see cref="MatchScoring"/>). Candidates are the experts with at
/// least one of the request's topics; their facts come from two set-based queries (<see cref="CandidatesSql"/>, <see cref="AccreditationsSql"/>).
/// </summary>
public sealed record FindExpertMatches : IQuery<MatchListDto>
{
    [FromRoute(Name = "id")] public int RequestId { get; set; }

    [Description("How many candidates to return (1-200, default 20).")]
    [FromQuery(Name = "limit")] public int? Limit { get; set; }

    [Description("false: leave out candidates that are excluded (unavailable, conflicted, without consent or required accreditation). Default true.")]
    [FromQuery(Name = "includeExcluded")] public bool? IncludeExcluded { get; set; }
}

public sealed class FindExpertMatchesValidator : AbstractValidator<FindExpertMatches>
{
    public FindExpertMatchesValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, 200).When(q => q.Limit is not null).WithMessage("limit must be between 1 and 200.");
}

internal sealed class FindExpertMatchesHandler(RocbDbContext db, NpgsqlDataSource dataSource) : IRequestHandler<FindExpertMatches, MatchListDto>
{
    // One pass over each candidate's deployments (index on expert_id) gives the overlap, the recent workload and the appraisals.
    internal const string CandidatesSql = """
        WITH cand AS (
            SELECT expert_id, array_agg(topic_id ORDER BY topic_id) AS topic_ids, array_agg(level ORDER BY topic_id) AS levels
            FROM expert_topics WHERE topic_id = ANY(@topics) GROUP BY expert_id
        )
        SELECT e.id, e.name, e.origin, e.member_id, coalesce(m.name, e.outside_administration, 'WCO Secretariat'), e.languages,
               e.consent_to_contact, c.topic_ids, c.levels, a.busy,
               EXISTS (SELECT 1 FROM unavailability u WHERE u.expert_id = e.id AND u.starts_on <= @ends_on AND u.ends_on >= @starts_on),
               coalesce(a.recent, 0), a.mean, coalesce(a.n, 0)
        FROM cand c JOIN experts e ON e.id = c.expert_id
        LEFT JOIN members m ON m.id = e.member_id
        LEFT JOIN LATERAL (
            SELECT min(d.id) FILTER (WHERE d.status IN ('Confirmed', 'Completed') AND d.starts_on <= @ends_on AND d.ends_on >= @starts_on) AS busy,
                   count(*) FILTER (WHERE d.status IN ('Confirmed', 'Completed') AND d.starts_on >= @lookback AND d.starts_on < @starts_on)::int AS recent,
                   avg((coalesce(d.host_appraisal, d.rocb_appraisal) + coalesce(d.rocb_appraisal, d.host_appraisal)) / 2.0)
                       FILTER (WHERE d.status = 'Completed' AND (d.host_appraisal IS NOT NULL OR d.rocb_appraisal IS NOT NULL)) AS mean,
                   count(*) FILTER (WHERE d.status = 'Completed' AND (d.host_appraisal IS NOT NULL OR d.rocb_appraisal IS NOT NULL))::int AS n
            FROM deployments d WHERE d.expert_id = e.id
        ) a ON true
        """;

    internal const string AccreditationsSql = """
        SELECT a.expert_id, a.category, a.status, a.valid_from, a.valid_until
        FROM accreditations a JOIN (SELECT DISTINCT expert_id FROM expert_topics WHERE topic_id = ANY(@topics)) c ON c.expert_id = a.expert_id
        """;

    public async Task<MatchListDto> Handle(FindExpertMatches request, CancellationToken cancellationToken)
    {
        var r = await db.ExpertRequests.AsNoTracking().Where(x => x.Id == request.RequestId)
                    .Select(x => new
                    {
                        x.Id, x.StartsOn, x.EndsOn, x.Language, x.Accreditation, x.Category, x.IsDiagnostic, x.RequestingMemberId, x.ActivityId,
                        Topics = x.Topics.OrderBy(t => t.Code).Select(t => new MatchScoring.RequestTopic(t.Id, t.Code)).ToList(),
                        Host = x.Activity != null ? x.Activity.HostMemberId : null,
                        Beneficiaries = x.Activity != null ? x.Activity.Members.Select(m => m.Id).ToList() : new List<int>(),
                    })
                    .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Expert request", request.RequestId);
        var settings = await db.MatchingSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new MatchingSettings();
        var conflicted = new HashSet<int>(r.Beneficiaries);
        if (r.RequestingMemberId is { } requesting) conflicted.Add(requesting);
        if (r.Host is { } host) conflicted.Add(host);
        var scoringRequest = new MatchScoring.Request(r.Topics, r.StartsOn, r.EndsOn, r.Language, r.Accreditation, r.Category, r.IsDiagnostic, conflicted);
        var candidates = await CandidatesAsync(r.Topics.Select(t => t.TopicId).ToArray(), r.StartsOn, r.EndsOn, cancellationToken);
        var weights = MatchScoring.Weights.From(settings);
        var ranked = MatchScoring.Rank(candidates.Select(c => MatchScoring.Score(scoringRequest, c, weights)));
        var shown = (request.IncludeExcluded ?? true ? ranked : ranked.Where(x => x.Eligible)).Take(request.Limit ?? 20)
            .Select((x, i) => new MatchDto(i + 1, x.Candidate.ExpertId, x.Candidate.Name, x.Candidate.Origin, x.Candidate.HomeAdministration,
                x.Score, x.MaxScore, x.Eligible, x.Exclusions, x.Parts.Select(p => new ScorePartDto(p.Name, p.Weight, p.Value, p.Points, p.Explanation)).ToList()))
            .ToList();
        return new MatchListDto(r.Id, candidates.Count, ranked.Count(x => x.Eligible), GetMatchingSettingsHandler.ToDto(settings), shown);
    }

    internal async Task<List<MatchScoring.Candidate>> CandidatesAsync(int[] topics, DateOnly startsOn, DateOnly endsOn, CancellationToken ct)
    {
        var accreditations = new Dictionary<int, List<MatchScoring.CandidateAccreditation>>();
        await using (var cmd = dataSource.CreateCommand(AccreditationsSql))
        {
            cmd.Parameters.Add(new NpgsqlParameter("topics", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = topics });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt32(0);
                if (!accreditations.TryGetValue(id, out var list)) accreditations[id] = list = [];
                list.Add(new MatchScoring.CandidateAccreditation(Enum.Parse<AccreditationCategory>(reader.GetString(1)),
                    Enum.Parse<AccreditationStatus>(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
            }
        }
        var candidates = new List<MatchScoring.Candidate>();
        await using (var cmd = dataSource.CreateCommand(CandidatesSql))
        {
            cmd.Parameters.Add(new NpgsqlParameter("topics", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = topics });
            cmd.Parameters.AddWithValue("starts_on", startsOn);
            cmd.Parameters.AddWithValue("ends_on", endsOn);
            cmd.Parameters.AddWithValue("lookback", startsOn.AddMonths(-12));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt32(0);
                var topicIds = reader.GetFieldValue<int[]>(7);
                var levels = reader.GetFieldValue<int[]>(8);
                candidates.Add(new MatchScoring.Candidate(id, reader.GetString(1), Enum.Parse<ExpertOrigin>(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetInt32(3),
                    ExpertLabels.Home(Enum.Parse<ExpertOrigin>(reader.GetString(2)), reader.GetString(4), reader.GetString(4)),
                    reader.GetFieldValue<string[]>(5), reader.GetBoolean(6),
                    topicIds.Zip(levels).ToDictionary(x => x.First, x => x.Second),
                    accreditations.GetValueOrDefault(id) ?? [],
                    reader.IsDBNull(9) ? null : reader.GetInt64(9), reader.GetBoolean(10), reader.GetInt32(11),
                    reader.IsDBNull(12) ? null : reader.GetDecimal(12), reader.IsDBNull(13) ? 0 : reader.GetInt32(13)));
            }
        }
        return candidates;
    }
}
