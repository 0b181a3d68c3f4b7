using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Mediation;

namespace Rocb.Api.Features.Progress;

/// <summary>Every KPI of a plan on a date, by pillar: the dashboard's and the WCO Secretariat's call.</summary>
public sealed record GetPlanProgress : IQuery<PlanProgressDto>
{
    [FromRoute(Name = "id")]
    public int PlanId { get; set; }

    [Description("The date the figures are for (default: today).")]
    [FromQuery(Name = "asOf")]
    public DateOnly? AsOf { get; set; }

    [Description("Only this pillar (1-4).")]
    [FromQuery(Name = "pillar")]
    public int? Pillar { get; set; }

    [Description("Only Members of this sub-region (member targets are prorated).")]
    [FromQuery(Name = "subRegionId")]
    public int? SubRegionId { get; set; }
}

public sealed class GetPlanProgressValidator : AbstractValidator<GetPlanProgress>
{
    public GetPlanProgressValidator()
    {
        RuleFor(q => q.Pillar).GreaterThan(0).When(q => q.Pillar is not null).WithMessage("pillar must be 1 or more.");
        RuleFor(q => q.AsOf).Must(d => d!.Value.Year is >= 1990 and <= 2200).When(q => q.AsOf is not null)
            .WithMessage("asOf must be a date between 1990 and 2200.");
    }
}

internal sealed class GetPlanProgressHandler(ProgressEngine engine, TimeProvider clock) : IRequestHandler<GetPlanProgress, PlanProgressDto>
{
    public async Task<PlanProgressDto> Handle(GetPlanProgress request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var plan = await engine.PlanAsync(request.PlanId, cancellationToken);
        var kpis = await engine.KpisAsync(plan.Id, request.Pillar, null, cancellationToken);
        var inputs = await engine.InputsAsync(plan, kpis, asOf, request.SubRegionId, null, cancellationToken);
        var progress = kpis.Select(k => (k, ProgressEngine.Evaluate(k, inputs))).ToList();
        return new PlanProgressDto(plan.Id, plan.Code, plan.Title, plan.StartsOn, plan.EndsOn, asOf,
            Math.Round(KpiStatusRules.Elapsed(plan.StartsOn, plan.EndsOn, asOf), 3), request.Pillar, request.SubRegionId, inputs.MemberCount,
            Enum.GetValues<KpiStatus>().Select(s => new StatusCountDto(s, progress.Count(p => p.Item2.Status == s))).ToList(),
            progress.GroupBy(p => (p.k.PillarNumber, p.k.PillarTitle)).OrderBy(g => g.Key.PillarNumber)
                .Select(g => new PillarProgressDto(g.Key.PillarNumber, g.Key.PillarTitle, g.Select(p => p.Item2).ToList())).ToList());
    }
}
