using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Plans;

/// <summary>What makes a plan file acceptable. Paths of failures are the file's own (plan.pillars[0].actions[2].code).</summary>
public sealed class PlanFileValidator : AbstractValidator<PlanFile>
{
    /// <summary>The records a KPI can be computed from (see KpiFormulas).</summary>
    public static readonly string[] Sources =
    [
        "milestone-statuses", "activities", "publications", "surveys", "exchanges", "participants", "evaluations",
        "expert-deployments", "donor-requests", "mra-records", "contracting-parties", "reported",
    ];

    public PlanFileValidator(RocbDbContext db)
    {
        RuleFor(f => f.Plan).NotNull().WithMessage("The file has no plan.");
        When(f => f.Plan is not null, () =>
        {
            RuleFor(f => f.Plan.Code).NotEmpty().WithMessage("The plan needs a code, e.g. SAP-2024-2026.")
                .Matches("^[A-Z]{2,4}-[0-9A-Z-]{2,25}$").WithMessage("Plan codes look like SAP-2024-2026 or AWP-2020-21.");
            RuleFor(f => f.Plan.Kind).IsInEnum().WithMessage("Kind must be rsp, sap or awp.");
            RuleFor(f => f.Plan.Title).NotEmpty().WithMessage("The plan needs a title.").MaximumLength(300);
            RuleFor(f => f.Plan.RegionCode).MustAsync((code, ct) => db.Regions.AnyAsync(r => r.Code == code, ct))
                .WithMessage(f => $"Unknown region '{f.Plan.RegionCode}'.");
            RuleFor(f => f.Plan.EndsOn).GreaterThan(f => f.Plan.StartsOn).WithMessage("The plan must end after it starts.");
            RuleFor(f => f.Plan.ParentPlanCode)
                .MustAsync((code, ct) => db.Plans.AnyAsync(p => p.Code == code, ct)).When(f => f.Plan.ParentPlanCode is not null)
                .WithMessage(f => $"Unknown parent plan '{f.Plan.ParentPlanCode}'.");

            RuleForEach(f => f.Plan.Milestones).ChildRules(m =>
            {
                m.RuleFor(x => x.Code).NotEmpty().WithMessage("A milestone needs a code, e.g. 1.1.3-5.").MaximumLength(30);
                m.RuleFor(x => x.Reference).NotEmpty().WithMessage("Give the milestone reference as the plan prints it.").MaximumLength(100);
            });
            RuleFor(f => f.Plan.Milestones).Custom((milestones, ctx) =>
            {
                foreach (var duplicate in milestones.GroupBy(m => m.Code).Where(g => g.Count() > 1))
                    ctx.AddFailure("plan.milestones", $"Milestone {duplicate.Key} appears more than once.");
            });
            RuleFor(f => f.Plan).CustomAsync(async (plan, ctx, ct) =>
            {
                var topics = await db.Topics.Select(t => t.Code).ToListAsync(ct);
                var known = await db.Milestones.Select(m => m.Plan.Code + " " + m.Code).ToListAsync(ct);
                for (var i = 0; i < plan.Milestones.Count; i++)
                {
                    if (plan.Milestones[i].TopicCode is { } topic && !topics.Contains(topic))
                        ctx.AddFailure($"plan.milestones[{i}].topicCode", $"Unknown topic '{topic}'.");
                    for (var f = 0; f < plan.Milestones[i].Follows.Count; f++)
                    {
                        var follows = plan.Milestones[i].Follows[f];
                        if (follows.PlanCode == plan.Code)
                            ctx.AddFailure($"plan.milestones[{i}].follows[{f}].planCode", "A milestone follows milestones of earlier plans, not of its own.");
                        else if (!known.Contains($"{follows.PlanCode} {follows.MilestoneCode}"))
                            ctx.AddFailure($"plan.milestones[{i}].follows[{f}]", $"There is no milestone {follows.MilestoneCode} in plan {follows.PlanCode}.");
                        if (string.IsNullOrWhiteSpace(follows.Reason))
                            ctx.AddFailure($"plan.milestones[{i}].follows[{f}].reason", "Say why it is the same instrument.");
                    }
                }
            });

            // An annual work plan lists activities, not pillars and KPIs; the strategic plans need them.
            RuleFor(f => f.Plan.Pillars).NotEmpty().When(f => f.Plan.Kind != PlanKind.Awp).WithMessage("The plan has no pillars.");
            RuleFor(f => f.Plan).Custom((plan, ctx) => CheckPillars(plan, ctx));
        });
    }

    private static void CheckPillars(PlanData plan, ValidationContext<PlanFile> ctx)
    {
        var milestones = plan.Milestones.Select(m => m.Code).ToHashSet();
        foreach (var duplicate in plan.Pillars.GroupBy(p => p.Number).Where(g => g.Count() > 1))
            ctx.AddFailure("plan.pillars", $"Pillar {duplicate.Key} appears more than once.");
        for (var p = 0; p < plan.Pillars.Count; p++)
        {
            var pillar = plan.Pillars[p];
            var at = $"plan.pillars[{p}]";
            if (pillar.Number < 1) ctx.AddFailure($"{at}.number", "Pillars are numbered from 1.");
            if (string.IsNullOrWhiteSpace(pillar.Title)) ctx.AddFailure($"{at}.title", "The pillar needs a title.");
            if (pillar.Actions.Count == 0) ctx.AddFailure($"{at}.actions", "The pillar has no specific actions.");
            foreach (var duplicate in pillar.Actions.GroupBy(a => a.Code).Where(g => g.Count() > 1))
                ctx.AddFailure($"{at}.actions", $"Specific action {duplicate.Key}) appears more than once in pillar {pillar.Number}.");
            for (var a = 0; a < pillar.Actions.Count; a++)
                CheckAction(plan, pillar.Actions[a], $"{at}.actions[{a}]", milestones, ctx);
        }
    }

    private static void CheckAction(PlanData plan, ActionData action, string at, HashSet<string> milestones, ValidationContext<PlanFile> ctx)
    {
        if (!ActionCodes.IsValid(action.Code)) ctx.AddFailure($"{at}.code", $"'{action.Code}' is not an action code (a, b, … z, aa, bb, …).");
        if (string.IsNullOrWhiteSpace(action.Text)) ctx.AddFailure($"{at}.text", "The action needs its text.");
        for (var m = 0; m < action.MilestoneCodes.Count; m++)
            if (!milestones.Contains(action.MilestoneCodes[m]))
                ctx.AddFailure($"{at}.milestoneCodes[{m}]", $"Milestone {action.MilestoneCodes[m]} is not among the plan's milestones.");
        if (action.Kpis.Count == 0) ctx.AddFailure($"{at}.kpis", "The action has no KPI.");
        foreach (var duplicate in action.Kpis.GroupBy(k => k.Code).Where(g => g.Count() > 1))
            ctx.AddFailure($"{at}.kpis", $"KPI {duplicate.Key} appears more than once in action {action.Code}).");
        for (var k = 0; k < action.Kpis.Count; k++)
            CheckKpi(plan, action.Kpis[k], $"{at}.kpis[{k}]", milestones, ctx);
    }

    private static void CheckKpi(PlanData plan, KpiData kpi, string at, HashSet<string> milestones, ValidationContext<PlanFile> ctx)
    {
        if (string.IsNullOrWhiteSpace(kpi.Code)) ctx.AddFailure($"{at}.code", "The KPI needs a code (its action's letter, or i1/i2 for two parts).");
        if (string.IsNullOrWhiteSpace(kpi.Name)) ctx.AddFailure($"{at}.name", "The KPI needs its name.");
        if (!Enum.IsDefined(kpi.Kind)) ctx.AddFailure($"{at}.kind", "Unknown KPI kind.");
        if (!Sources.Contains(kpi.ComputedFrom))
            ctx.AddFailure($"{at}.computedFrom", $"computedFrom must be one of: {string.Join(", ", Sources)}.");
        // A member-coverage KPI without a milestone is allowed (some plans count several at once); it shows "no data".
        if (kpi.MilestoneCode is { } code && !milestones.Contains(code))
            ctx.AddFailure($"{at}.milestoneCode", $"Milestone {code} is not among the plan's milestones.");
        if (string.IsNullOrWhiteSpace(kpi.TargetText)) ctx.AddFailure($"{at}.targetText", "Give the target as the plan words it.");
        var target = kpi.Target;
        if (target is null) { ctx.AddFailure($"{at}.target", "The KPI needs a target."); return; }
        if (target.Value < 0) ctx.AddFailure($"{at}.target.value", "The target cannot be negative.");
        if (target.Denominator is <= 0) ctx.AddFailure($"{at}.target.denominator", "The denominator must be positive.");
        if (target.Denominator is { } denominator && target.Value > denominator)
            ctx.AddFailure($"{at}.target.value", $"The target ({target.Value}) is larger than its denominator ({denominator}).");
        if (target.Scale is <= 0) ctx.AddFailure($"{at}.target.scale", "The scale must be positive.");
        if (kpi.Kind == KpiKind.MeanScore && target.Scale is null) ctx.AddFailure($"{at}.target.scale", "A mean score needs its scale (e.g. 5 for \"out of 5\").");
        if (string.IsNullOrWhiteSpace(target.Unit)) ctx.AddFailure($"{at}.target.unit", "The target needs a unit (members, count, percent, score…).");
        if (kpi.Deadline is { } deadline && (deadline < plan.StartsOn || deadline > plan.EndsOn))
            ctx.AddFailure($"{at}.deadline", $"The deadline {deadline:yyyy-MM-dd} is outside the plan period ({plan.StartsOn:yyyy-MM-dd} to {plan.EndsOn:yyyy-MM-dd}).");
    }
}

/// <summary>Specific-action letter codes: a … z, then aa, bb, … (as the plans number them).</summary>
public static class ActionCodes
{
    public static bool IsValid(string code) =>
        code.Length is >= 1 and <= 3 && code.All(c => c is >= 'a' and <= 'z') && code.All(c => c == code[0]);

    /// <summary>a=1 … z=26, aa=27 … zz=52, aaa=53 …</summary>
    public static int Position(string code) => (code.Length - 1) * 26 + (code[0] - 'a') + 1;
}
