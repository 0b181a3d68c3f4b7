using System.ComponentModel;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Progress;

/// <summary>One KPI in depth on a date: series by fiscal year, sub-region breakdown, and the records behind the value.</summary>
public sealed record GetKpiProgress : IQuery<KpiDetailDto>
{
    [FromRoute(Name = "id")]
    public int KpiId { get; set; }

    [Description("The date the figures are for (default: today).")]
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    [Description("Only Members of this sub-region.")]
    [FromQuery(Name = "subRegionId")]
    public int? SubRegionId { get; set; }
}

internal sealed class GetKpiProgressHandler(RocbDbContext db, ProgressEngine engine, ProgressQueries queries, TimeProvider clock)
    : IRequestHandler<GetKpiProgress, KpiDetailDto>
{
    public async Task<KpiDetailDto> Handle(GetKpiProgress request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var info = await db.Kpis.AsNoTracking().Where(k => k.Id == request.KpiId)
            .Select(k => new
            {
                k.Action.Pillar.PlanId, PlanCode = k.Action.Pillar.Plan.Code, ActionText = k.Action.Text, k.Source, k.Note,
                MilestoneReference = k.Milestone!.Reference, TopicName = k.Milestone.Topic!.Name, k.ActionId,
            })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("KPI", request.KpiId);
        var plan = await engine.PlanAsync(info.PlanId, cancellationToken);
        var kpi = (await engine.KpisAsync(plan.Id, null, request.KpiId, cancellationToken)).Single();

        // The end of each fiscal year of the plan up to the as-of date: the points of the trend.
        var points = Progress.FiscalYear.Between(plan.StartsOn, asOf < plan.EndsOn ? asOf : plan.EndsOn)
            .Select(fy => (fy.Label, End: fy.End < asOf ? fy.End : asOf)).ToList();
        var inputs = await engine.InputsAsync(plan, [kpi], asOf, request.SubRegionId, points.Select(p => p.End).ToList(), cancellationToken);
        var progress = ProgressEngine.Evaluate(kpi, inputs);
        var series = points.Select(p => new SeriesPointDto(p.Label, p.End, ProgressEngine.Evaluate(kpi, inputs, p.End).Value, progress.Target)).ToList();

        var subRegions = await db.SubRegions.AsNoTracking().Where(s => s.RegionId == plan.RegionId)
            .Where(s => request.SubRegionId == null || s.Id == request.SubRegionId)
            .OrderBy(s => s.Name).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(cancellationToken);
        var breakdown = new List<SubRegionValueDto>();
        foreach (var subRegion in subRegions)
        {
            var count = await engine.MemberCountAsync(plan.RegionId, subRegion.Id, asOf, cancellationToken);
            // Activities per sub-region need their own (small) query: one activity may involve several sub-regions.
            var subRegionActivities = ProgressEngine.CountsActivities(kpi)
                ? await queries.ActivitiesAsync(plan.Id, subRegion.Id, asOf, cancellationToken) : [];
            var value = ProgressEngine.Evaluate(kpi, inputs with
            {
                SubRegionId = subRegion.Id, MemberCount = count,
                Coverage = inputs.Coverage.Where(r => r.SubRegionId == subRegion.Id).ToList(),
                Activities = subRegionActivities.Where(r => r.ActionId == kpi.ActionId).ToList(),
            }).Value;
            breakdown.Add(new SubRegionValueDto(subRegion.Id, subRegion.Code, subRegion.Name, count, value));
        }

        var members = kpi.MilestoneId is { } milestone
            ? (await queries.MemberStatusesAsync(plan.Id, plan.RegionId, milestone, request.SubRegionId, asOf, cancellationToken))
                .Select(m => new MemberEvidenceDto(m.MemberId, m.Code, m.Name, subRegions.FirstOrDefault(s => s.Id == m.SubRegionId)?.Code ?? "",
                    StatusNames.StatusName(m.Status), m.EffectiveOn, m.Evidence, m.EvidenceLink, m.SourceDocument, m.RecordId,
                    m.MilestoneCode is null ? null : $"{m.PlanCode} {m.MilestoneCode}", m.Status == nameof(Domain.Plans.MilestoneStatus.Achieved)))
                .ToList()
            : [];
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Actions.Any(x => x.Id == info.ActionId) && (a.StartsOn == null || a.StartsOn <= asOf))
            .OrderByDescending(a => a.StartsOn).Take(500)
            .Select(a => new ActivityEvidenceDto(a.Id, a.Title, KebabEnum.Name(a.Type), a.StartsOn, KebabEnum.Name(a.Status)))
            .ToListAsync(cancellationToken);

        return new KpiDetailDto(progress, info.PlanCode, info.ActionText, info.MilestoneReference, info.TopicName, info.Source, info.Note,
            series, breakdown, members, activities);
    }
}
