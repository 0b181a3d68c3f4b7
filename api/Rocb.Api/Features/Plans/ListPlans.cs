using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Plans;

public sealed class ListPlansValidator : AbstractValidator<ListPlans>
{
    public ListPlansValidator() =>
        RuleFor(q => q.Kind).Must(k => KebabEnum.TryParse<PlanKind>(k, out _)).When(q => q.Kind is not null)
            .WithMessage($"kind must be one of: {KebabEnum.Names<PlanKind>()}.");
}

/// <summary>All plans (a short list), newest first.</summary>
public sealed record ListPlans : IQuery<IReadOnlyList<PlanSummaryDto>>
{
    [Description("Only plans of this kind: rsp, sap or awp.")]
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [Description("Only plans of this region, by code (e.g. AP).")]
    [FromQuery(Name = "regionCode")]
    public string? RegionCode { get; set; }
}

internal sealed class ListPlansHandler(RocbDbContext db) : IRequestHandler<ListPlans, IReadOnlyList<PlanSummaryDto>>
{
    public async Task<IReadOnlyList<PlanSummaryDto>> Handle(ListPlans request, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking();
        if (KebabEnum.TryParse<PlanKind>(request.Kind, out var kind)) plans = plans.Where(p => p.Kind == kind);
        if (!string.IsNullOrWhiteSpace(request.RegionCode)) plans = plans.Where(p => p.Region.Code == request.RegionCode);
        return await plans.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Code)
            .Select(p => new PlanSummaryDto(p.Id, p.Code, p.Kind, p.Title, p.Region.Code, p.StartsOn, p.EndsOn,
                db.Plans.Where(x => x.Id == p.ParentPlanId).Select(x => x.Code).FirstOrDefault(),
                p.Pillars.Count, p.Pillars.SelectMany(x => x.Actions).Count(),
                p.Pillars.SelectMany(x => x.Actions).SelectMany(a => a.Kpis).Count(), p.Milestones.Count))
            .ToListAsync(cancellationToken);
    }
}
