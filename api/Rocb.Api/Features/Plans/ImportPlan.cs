using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Plans;

/// <summary>
/// Imports one plan file. A dry run reports every problem and writes nothing. A real import writes all or
/// nothing: a new code creates the plan; a known code updates it in place (pillars by number, actions and
/// milestones by code, KPIs by code), removing what the file no longer has unless records still refer to it.
/// </summary>
public sealed record ImportPlan(PlanFile File, bool DryRun) : ICommand<ImportReportDto>;

internal sealed class ImportPlanHandler(RocbDbContext db, IValidator<PlanFile> validator) : IRequestHandler<ImportPlan, ImportReportDto>
{
    public async Task<ImportReportDto> Handle(ImportPlan request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request.File, cancellationToken);
        var problems = validation.Errors
            .Select(e => new ImportProblemDto(Common.Errors.FieldErrors.FieldPath(e.PropertyName), null, e.ErrorMessage)).ToList();
        var counts = Counts(request.File.Plan);
        if (problems.Count > 0 || request.DryRun) return new ImportReportDto(request.DryRun, false, problems, counts);

        await Apply(request.File.Plan, cancellationToken);
        return new ImportReportDto(false, true, [], counts);
    }

    private static Dictionary<string, int> Counts(PlanData? plan) => plan is null ? [] : new Dictionary<string, int>
    {
        ["pillars"] = plan.Pillars.Count,
        ["actions"] = plan.Pillars.Sum(p => p.Actions.Count),
        ["kpis"] = plan.Pillars.Sum(p => p.Actions.Sum(a => a.Kpis.Count)),
        ["milestones"] = plan.Milestones.Count,
    };

    private async Task Apply(PlanData data, CancellationToken ct)
    {
        var plan = await db.Plans
            .Include(p => p.Milestones)
            .Include(p => p.Pillars).ThenInclude(p => p.Actions).ThenInclude(a => a.Kpis)
            .Include(p => p.Pillars).ThenInclude(p => p.Actions).ThenInclude(a => a.Milestones)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Code == data.Code, ct);
        if (plan is null)
        {
            plan = new Plan { Code = data.Code };
            db.Plans.Add(plan);
        }
        plan.Kind = data.Kind;
        plan.Title = data.Title.Trim();
        plan.RegionId = await db.Regions.Where(r => r.Code == data.RegionCode).Select(r => r.Id).SingleAsync(ct);
        plan.StartsOn = data.StartsOn;
        plan.EndsOn = data.EndsOn;
        plan.ParentPlanId = data.ParentPlanCode is null ? null
            : await db.Plans.Where(p => p.Code == data.ParentPlanCode).Select(p => p.Id).SingleAsync(ct);
        plan.Source = data.Source;

        var topics = await db.Topics.ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var milestones = Sync(plan.Milestones, data.Milestones, m => m.Code, d => d.Code, d => new Milestone { Code = d.Code }, (m, d) =>
        {
            m.Reference = d.Reference.Trim();
            m.TopicId = d.TopicCode is null ? null : topics[d.TopicCode];
            m.Source = d.Source;
        }, db.Milestones);
        var byCode = milestones.ToDictionary(m => m.Code);

        Sync(plan.Pillars, data.Pillars, p => p.Number, d => d.Number, d => new Pillar { Number = d.Number }, (pillar, d) =>
        {
            pillar.Title = d.Title.Trim();
            pillar.Source = d.Source;
            Sync(pillar.Actions, d.Actions, a => a.Code, x => x.Code, x => new SpecificAction { Code = x.Code }, (action, x) =>
            {
                action.Position = ActionCodes.Position(x.Code);
                action.Text = x.Text.Trim();
                action.RocbSpecific = x.RocbSpecific;
                action.RspDeliverables = x.RspDeliverables;
                action.Source = x.Source;
                action.Milestones.Clear();
                action.Milestones.AddRange(x.MilestoneCodes.Distinct().Select(c => byCode[c]));
                Sync(action.Kpis, x.Kpis, k => k.Code, y => y.Code, y => new Kpi { Code = y.Code }, (kpi, y) =>
                {
                    kpi.Name = y.Name.Trim();
                    kpi.Kind = y.Kind;
                    kpi.ComputedFrom = y.ComputedFrom;
                    kpi.Milestone = y.MilestoneCode is null ? null : byCode[y.MilestoneCode];
                    if (y.MilestoneCode is null) kpi.MilestoneId = null;
                    kpi.TargetText = y.TargetText.Trim();
                    kpi.TargetComparator = y.Target.Comparator;
                    kpi.TargetValue = y.Target.Value;
                    kpi.TargetUnit = y.Target.Unit;
                    kpi.TargetDenominator = y.Target.Denominator;
                    kpi.TargetScale = y.Target.Scale;
                    kpi.TargetPeriod = y.Target.Period;
                    kpi.Deadline = y.Deadline ?? data.EndsOn;
                    kpi.Source = y.Source;
                    kpi.Note = y.Note;
                }, db.Kpis);
            }, db.SpecificActions);
        }, db.Pillars);

        // Foreign keys refuse to drop what records still use (mapped to 409 with the reason).
        await db.SaveChangesAsync(ct);

        // Links to earlier plans' milestones are replaced as a whole.
        var ids = milestones.Select(m => m.Id).ToList();
        db.MilestoneLinks.RemoveRange(await db.MilestoneLinks.Where(l => ids.Contains(l.MilestoneId)).ToListAsync(ct));
        foreach (var (milestone, follows) in data.Milestones.SelectMany(d => d.Follows.Select(f => (byCode[d.Code], f))))
        {
            var predecessor = await db.Milestones.Where(m => m.Plan.Code == follows.PlanCode && m.Code == follows.MilestoneCode)
                .Select(m => m.Id).SingleAsync(ct);
            db.MilestoneLinks.Add(new MilestoneLink { MilestoneId = milestone.Id, PredecessorId = predecessor, Reason = follows.Reason, Source = follows.Source });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Makes <paramref name="existing"/> match <paramref name="wanted"/> by key: update, add, remove.</summary>
    private static List<TEntity> Sync<TEntity, TData, TKey>(
        List<TEntity> existing, IReadOnlyList<TData> wanted, Func<TEntity, TKey> entityKey, Func<TData, TKey> dataKey,
        Func<TData, TEntity> create, Action<TEntity, TData> update, DbSet<TEntity> set)
        where TEntity : class where TKey : notnull
    {
        var current = existing.ToDictionary(entityKey);
        foreach (var gone in current.Where(c => !wanted.Any(w => Equals(dataKey(w), c.Key))).Select(c => c.Value).ToList())
        {
            existing.Remove(gone);
            set.Remove(gone);
        }
        foreach (var data in wanted)
        {
            if (!current.TryGetValue(dataKey(data), out var entity))
            {
                entity = create(data);
                existing.Add(entity);
            }
            update(entity, data);
        }
        return existing;
    }
}
