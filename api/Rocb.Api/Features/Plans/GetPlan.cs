using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Plans;

/// <summary>A plan with its calendar, milestones, pillars, specific actions and KPIs.</summary>
public sealed record GetPlan(int Id) : IQuery<PlanDetailDto>;

internal sealed class GetPlanHandler(RocbDbContext db) : IRequestHandler<GetPlan, PlanDetailDto>
{
    public async Task<PlanDetailDto> Handle(GetPlan request, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Region)
            .Include(p => p.Milestones).ThenInclude(m => m.Topic)
            .Include(p => p.Pillars).ThenInclude(p => p.Actions).ThenInclude(a => a.Kpis).ThenInclude(k => k.Milestone)
            .Include(p => p.Pillars).ThenInclude(p => p.Actions).ThenInclude(a => a.Milestones)
            .SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Plan", request.Id);
        var parent = plan.ParentPlanId is null ? null
            : await db.Plans.Where(p => p.Id == plan.ParentPlanId).Select(p => p.Code).SingleAsync(cancellationToken);
        var milestoneIds = plan.Milestones.Select(m => m.Id).ToList();
        var predecessors = await db.MilestoneLinks.AsNoTracking().Where(l => milestoneIds.Contains(l.MilestoneId))
            .Select(l => new { l.MilestoneId, Ref = l.Predecessor.Plan.Code + " " + l.Predecessor.Code })
            .ToListAsync(cancellationToken);

        return new PlanDetailDto(plan.Id, plan.Code, plan.Kind, plan.Title, plan.Region.Code, plan.StartsOn, plan.EndsOn, parent, plan.Source,
            Calendar(plan.StartsOn, plan.EndsOn),
            plan.Milestones.OrderBy(m => m.Code, MilestoneCodeComparer.Instance)
                .Select(m => new MilestoneDto(m.Id, m.Code, m.Reference, m.Topic?.Code, m.Topic?.Name, m.Source,
                    predecessors.Where(p => p.MilestoneId == m.Id).Select(p => p.Ref).ToList()))
                .ToList(),
            plan.Pillars.OrderBy(p => p.Number).Select(p => new PillarDto(p.Id, p.Number, p.Title, p.Source,
                p.Actions.OrderBy(a => a.Position).Select(a => new ActionDto(a.Id, a.Code, a.Text, a.RocbSpecific,
                    a.Milestones.Select(m => m.Code).Order(MilestoneCodeComparer.Instance).ToList(), a.RspDeliverables, a.Source,
                    a.Kpis.OrderBy(k => k.Code).Select(k => new KpiDto(k.Id, k.Code, k.Name, k.Kind, k.ComputedFrom, k.Milestone?.Code,
                        k.TargetText, k.TargetComparator, k.TargetValue, k.TargetUnit, k.TargetDenominator, k.TargetScale, k.TargetPeriod,
                        k.Deadline, KpiFormulas.For(k.Kind), k.Source, k.Note)).ToList())).ToList())).ToList());
    }

    public static IReadOnlyList<FiscalYearDto> Calendar(DateOnly start, DateOnly end) =>
        FiscalYear.Between(start, end).Select(fy => new FiscalYearDto(fy.Label, fy.Start, fy.End,
            Enumerable.Range(0, 4).Select(q => new QuarterDto($"{fy.Label} Q{q + 1}", fy.Start.AddMonths(3 * q),
                fy.Start.AddMonths(3 * q + 3).AddDays(-1))).ToList())).ToList();
}

/// <summary>Orders milestone codes as people read them: 1.1.2-3 before 1.1.10-1, 1.1.3-2 before 1.1.3-10.</summary>
public sealed class MilestoneCodeComparer : IComparer<string>
{
    public static readonly MilestoneCodeComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = Parts(x ?? "");
        var b = Parts(y ?? "");
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], out var na) && int.TryParse(b[i], out var nb) ? na.CompareTo(nb) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static string[] Parts(string code) => code.Split('.', '-');
}
