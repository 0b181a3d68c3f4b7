using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Plans;

/// <summary>A plan in the import format, so that export → edit → import round-trips.</summary>
public sealed record ExportPlan(int Id) : IQuery<PlanFile>;

internal sealed class ExportPlanHandler(RocbDbContext db) : IRequestHandler<ExportPlan, PlanFile>
{
    public async Task<PlanFile> Handle(ExportPlan request, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Region)
            .Include(p => p.Milestones).ThenInclude(m => m.Topic)
            .Include(p => p.Pillars).ThenInclude(p => p.Actions).ThenInclude(a => a.Kpis).ThenInclude(k => k.Milestone)
            .Include(p => p.Pillars).ThenInclude(p => p.Actions).ThenInclude(a => a.Milestones)
            .SingleOrDefaultAsync(p => p.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Plan", request.Id);
        var parent = plan.ParentPlanId is null ? null
            : await db.Plans.Where(p => p.Id == plan.ParentPlanId).Select(p => p.Code).SingleAsync(cancellationToken);
        return new PlanFile
        {
            Description = $"{plan.Title}, exported from Rocb.",
            Plan = new PlanData
            {
                Code = plan.Code, Kind = plan.Kind, Title = plan.Title, RegionCode = plan.Region.Code, StartsOn = plan.StartsOn,
                EndsOn = plan.EndsOn, ParentPlanCode = parent, Source = plan.Source,
                Milestones = plan.Milestones.OrderBy(m => m.Code, MilestoneCodeComparer.Instance)
                    .Select(m => new MilestoneData { Code = m.Code, Reference = m.Reference, TopicCode = m.Topic?.Code, Source = m.Source }).ToList(),
                Pillars = plan.Pillars.OrderBy(p => p.Number).Select(p => new PillarData
                {
                    Number = p.Number, Title = p.Title, Source = p.Source,
                    Actions = p.Actions.OrderBy(a => a.Position).Select(a => new ActionData
                    {
                        Code = a.Code, Text = a.Text, RocbSpecific = a.RocbSpecific, RspDeliverables = a.RspDeliverables, Source = a.Source,
                        MilestoneCodes = a.Milestones.Select(m => m.Code).Order(MilestoneCodeComparer.Instance).ToList(),
                        Kpis = a.Kpis.OrderBy(k => k.Code).Select(k => new KpiData
                        {
                            Code = k.Code, Name = k.Name, Kind = k.Kind, ComputedFrom = k.ComputedFrom, MilestoneCode = k.Milestone?.Code,
                            TargetText = k.TargetText, Deadline = k.Deadline, Source = k.Source, Note = k.Note,
                            Target = new TargetData
                            {
                                Comparator = k.TargetComparator, Value = k.TargetValue, Unit = k.TargetUnit,
                                Denominator = k.TargetDenominator, Scale = k.TargetScale, Period = k.TargetPeriod,
                            },
                        }).ToList(),
                    }).ToList(),
                }).ToList(),
            },
        };
    }
}
