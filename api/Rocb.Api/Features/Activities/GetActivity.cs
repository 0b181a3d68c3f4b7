using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Activities;

public sealed record GetActivity(long Id) : IQuery<ActivityDto>;

internal sealed class GetActivityHandler(RocbDbContext db) : IRequestHandler<GetActivity, ActivityDto>
{
    public async Task<ActivityDto> Handle(GetActivity request, CancellationToken cancellationToken)
    {
        var a = await db.Activities.AsNoTracking().AsSplitQuery()
                    .Include(x => x.HostMember).Include(x => x.PlannedIn).Include(x => x.Members).Include(x => x.Topics).Include(x => x.Staff)
                    .Include(x => x.Actions).ThenInclude(x => x.Pillar).ThenInclude(p => p.Plan)
                    .SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Activity", request.Id);
        var actionIds = a.Actions.Select(x => x.Id).ToList();
        var kpis = await db.Kpis.AsNoTracking().Where(k => actionIds.Contains(k.ActionId))
            .OrderBy(k => k.Action.Pillar.Plan.StartsOn).ThenBy(k => k.Action.Pillar.Number).ThenBy(k => k.Action.Position).ThenBy(k => k.Code)
            .Select(k => new KpiRefDto(k.Id, k.Action.Pillar.Plan.Code, k.Action.Pillar.Number, k.Action.Code, k.Code, k.Name, k.TargetText))
            .ToListAsync(cancellationToken);
        return new ActivityDto(a.Id, a.Reference, a.Title, a.Type, a.Status, a.StatusReason, a.StartsOn, a.EndsOn, a.DatePrecision, a.Venue,
            a.HostMember is { } h ? new MemberRefDto(h.Id, h.Code, h.Name) : null, a.Mode, a.RocbRole, a.Sponsors, a.Partners, a.Funding,
            a.PlannedIn?.Code,
            a.Members.OrderBy(m => m.Code).Select(m => new MemberRefDto(m.Id, m.Code, m.Name)).ToList(),
            a.Topics.OrderBy(t => t.Name).Select(t => new TopicRefDto(t.Id, t.Code, t.Name)).ToList(),
            a.Actions.OrderBy(x => x.Pillar.Plan.StartsOn).ThenBy(x => x.Pillar.Number).ThenBy(x => x.Position)
                .Select(x => new ActionRefDto(x.Id, x.Pillar.Plan.Code, x.Pillar.Number, x.Code, x.Text, x.Pillar.Plan.StartsOn, x.Pillar.Plan.EndsOn)).ToList(),
            kpis, a.Staff.OrderBy(s => s.Id).Select(s => new ActivityStaffDto(s.Name, s.Role)).ToList(),
            await ParticipationTotals.ForAsync(db, a.Id, cancellationToken),
            await EvaluationTotals.ForAsync(db, a.Id, cancellationToken),
            a.Source, a.Note, a.Version.ToString());
    }
}

/// <summary>Adds up an activity's participant counts (the rows the KPIs read).</summary>
public static class ParticipationTotals
{
    public static async Task<ParticipationTotalsDto> ForAsync(RocbDbContext db, long activityId, CancellationToken ct)
    {
        var rows = await db.ParticipantCounts.AsNoTracking().Where(c => c.ActivityId == activityId).ToListAsync(ct);
        return Of(rows);
    }

    public static ParticipationTotalsDto Of(IReadOnlyCollection<ParticipantCount> rows)
    {
        int female = rows.Sum(r => r.Female), male = rows.Sum(r => r.Male), other = rows.Sum(r => r.Other);
        var recorded = female + male + other;
        return new ParticipationTotalsDto(female, male, other, rows.Sum(r => r.NotRecorded), rows.Sum(r => r.Total), rows.Sum(r => r.Observers),
            rows.Count(r => r.MemberId is not null),
            rows.Count(r => r.HeadOfDelegationGender == Gender.Female), rows.Count(r => r.HeadOfDelegationGender is not null),
            recorded == 0 ? null : Math.Round(100m * female / recorded, 1));
    }
}

/// <summary>The mean overall score of an activity: its individual responses, or the recorded summary when there are none.</summary>
public static class EvaluationTotals
{
    public static async Task<EvaluationTotalsDto> ForAsync(RocbDbContext db, long activityId, CancellationToken ct)
    {
        var individual = await db.EvaluationResponses.AsNoTracking().Where(e => e.ActivityId == activityId)
            .GroupBy(e => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(e => e.Overall) }).SingleOrDefaultAsync(ct);
        if (individual is { Count: > 0 })
            return new EvaluationTotalsDto(Math.Round((decimal)individual.Sum / individual.Count, 2), individual.Count, individual.Count, false);
        var summary = await db.EvaluationSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.ActivityId == activityId, ct);
        return summary is null ? new EvaluationTotalsDto(null, 0, 0, false) : new EvaluationTotalsDto(summary.Mean, summary.Responses, 0, true);
    }
}
