using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Progress;

/// <summary>
/// The KPI "deployments by origin": confirmed or completed expert deployments that started between the plan's start and the as-of date
/// (or the plan's end), split by where the experts come from — inside the region (a Member administration) or outside it (the WCO
/// Secretariat, or an administration outside the region such as France). Counted by the same query as the plan's deployment KPIs
/// (<see cref="ProgressQueries.DeploymentsAsync"/>); with a sub-region, only deployments for activities hosted by or for its Members.
/// </summary>
public sealed record GetExpertDeploymentsByOrigin : IQuery<ExpertDeploymentsByOriginDto>
{
    [FromRoute(Name = "id")]
    public int PlanId { get; set; }

    [Description("The date the figure is for (default: today).")]
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    [Description("Only deployments for activities hosted by or for Members of this sub-region.")]
    [FromQuery(Name = "subRegionId")]
    public int? SubRegionId { get; set; }
}

public sealed record OriginCountDto(ExpertOrigin Origin, int Count);

/// <summary>Deployments by origin over From–To (To: the as-of date, or the plan's end if earlier). ExpertKpiIds: the plan's other expert
/// KPIs (computed from deployments or donor requests), which the figure is shown next to; Pillar: the pillar they are in.</summary>
public sealed record ExpertDeploymentsByOriginDto(
    int PlanId, DateOnly AsOf, DateOnly From, DateOnly To, int? SubRegionId, int Total, int InsideRegion, int OutsideRegion,
    decimal? InsideShare, IReadOnlyList<OriginCountDto> ByOrigin, int? Pillar, IReadOnlyList<int> ExpertKpiIds, string Explanation);

public sealed class GetExpertDeploymentsByOriginValidator : AbstractValidator<GetExpertDeploymentsByOrigin>
{
    public GetExpertDeploymentsByOriginValidator() =>
        RuleFor(q => q.AsOf).Must(d => d!.Value.Year is >= 1990 and <= 2200).When(q => q.AsOf is not null)
            .WithMessage("asOf must be a date between 1990 and 2200.");
}

internal sealed class GetExpertDeploymentsByOriginHandler(ProgressEngine engine, ProgressQueries queries, TimeProvider clock)
    : IRequestHandler<GetExpertDeploymentsByOrigin, ExpertDeploymentsByOriginDto>
{
    public async Task<ExpertDeploymentsByOriginDto> Handle(GetExpertDeploymentsByOrigin request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plan = await engine.PlanAsync(request.PlanId, cancellationToken);
        var to = asOf < plan.EndsOn ? asOf : plan.EndsOn;
        var rows = to < plan.StartsOn ? [] : await queries.DeploymentsAsync(request.SubRegionId, plan.StartsOn, to, cancellationToken);
        int total = rows.Sum(r => r.Deployments), member = rows.Sum(r => r.FromRegion), wco = rows.Sum(r => r.FromWcoSecretariat);
        var outside = total - member;
        var expertKpis = (await engine.KpisAsync(plan.Id, null, null, cancellationToken))
            .Where(k => k.ComputedFrom is "expert-deployments" or "donor-requests" && k.Kind != KpiKind.ReportedValue).ToList();
        var explanation = total == 0
            ? to < plan.StartsOn ? "The plan has not started on this date." : "No confirmed or completed expert deployment started in this period yet."
            : $"{member} of {total} confirmed or completed deployments ({Math.Round(100m * member / total, 1)}%) used experts from Member " +
              $"administrations of the region; {outside} came from outside it ({wco} from the WCO Secretariat).";
        return new ExpertDeploymentsByOriginDto(plan.Id, asOf, plan.StartsOn, to, request.SubRegionId, total, member, outside,
            total == 0 ? null : Math.Round(100m * member / total, 1),
            [new(ExpertOrigin.Member, member), new(ExpertOrigin.WcoSecretariat, wco), new(ExpertOrigin.OutsideRegion, outside - wco)],
            expertKpis.Select(k => (int?)k.PillarNumber).FirstOrDefault(), expertKpis.Select(k => k.Id).ToList(), explanation);
    }
}
