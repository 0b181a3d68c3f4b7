using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Progress;

/// <summary>
/// Computes every KPI of a plan as of a date from the records, with a handful of set-based queries
/// (<see cref="ProgressQueries"/>) and the written status rules (<see cref="KpiStatusRules"/>).
/// </summary>
public sealed class ProgressEngine(RocbDbContext db, ProgressQueries queries)
{
    public sealed record PlanInfo(int Id, string Code, string Title, int RegionId, DateOnly StartsOn, DateOnly EndsOn);

    public sealed record KpiDefinition(
        int Id, int PillarNumber, string PillarTitle, string ActionCode, int ActionPosition, int ActionId, string Code, string Name,
        KpiKind Kind, string ComputedFrom, int? MilestoneId, string? MilestoneCode, Comparator Comparator, decimal Target,
        string Unit, int? Denominator, TargetPeriod Period, string TargetText, DateOnly Deadline);

    public sealed record Inputs(
        PlanInfo Plan, DateOnly AsOf, int? SubRegionId, int MemberCount, int RegionMemberCount,
        IReadOnlyList<ProgressQueries.CoverageRow> Coverage, IReadOnlyList<ProgressQueries.ActivityRow> Activities,
        IReadOnlyList<ProgressQueries.ReportedRow> Reported)
    {
        public IReadOnlyList<ProgressQueries.ParticipationRow> Participation { get; init; } = [];
        public IReadOnlyList<ProgressQueries.EvaluationRow> Evaluations { get; init; } = [];
        public IReadOnlyList<ProgressQueries.SurveyReplyRow> SurveyReplies { get; init; } = [];
        public IReadOnlyList<ProgressQueries.ExpertMissionRow> ExpertMissions { get; init; } = [];
        public IReadOnlyList<ProgressQueries.DeploymentRow> Deployments { get; init; } = [];
        public IReadOnlyList<ProgressQueries.DonorRequestRow> DonorRequests { get; init; } = [];
    }

    private static readonly string[] ActivitySources = ["activities", "publications", "surveys", "exchanges"];
    private static readonly string[] MilestoneSources = ["milestone-statuses", "contracting-parties"];

    public async Task<PlanInfo> PlanAsync(int planId, CancellationToken ct) =>
        await db.Plans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new PlanInfo(p.Id, p.Code, p.Title, p.RegionId, p.StartsOn, p.EndsOn))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Plan", planId);

    public Task<List<KpiDefinition>> KpisAsync(int planId, int? pillar, int? kpiId, CancellationToken ct) =>
        db.Kpis.AsNoTracking()
            .Where(k => k.Action.Pillar.PlanId == planId && (pillar == null || k.Action.Pillar.Number == pillar) && (kpiId == null || k.Id == kpiId))
            .OrderBy(k => k.Action.Pillar.Number).ThenBy(k => k.Action.Position).ThenBy(k => k.Code)
            .Select(k => new KpiDefinition(k.Id, k.Action.Pillar.Number, k.Action.Pillar.Title, k.Action.Code, k.Action.Position, k.ActionId,
                k.Code, k.Name, k.Kind, k.ComputedFrom, k.MilestoneId, k.Milestone!.Code, k.TargetComparator, k.TargetValue, k.TargetUnit,
                k.TargetDenominator, k.TargetPeriod, k.TargetText, k.Deadline))
            .ToListAsync(ct);

    /// <summary>Loads what the KPIs need on the as-of date (and on the plan's eve, for baselines): a few queries in all.</summary>
    public async Task<Inputs> InputsAsync(PlanInfo plan, IReadOnlyList<KpiDefinition> kpis, DateOnly asOf, int? subRegionId,
        IReadOnlyList<DateOnly>? extraDates, CancellationToken ct)
    {
        var dates = new List<DateOnly> { asOf, Baseline(plan) };
        if (extraDates is not null) dates.AddRange(extraDates);
        var coverage = kpis.Any(k => MilestoneSources.Contains(k.ComputedFrom) && k.MilestoneId is not null)
            ? await queries.CoverageAsync(plan.Id, plan.RegionId, subRegionId, dates.Distinct().ToList(), ct) : [];
        var activities = kpis.Any(CountsActivities)
            ? await queries.ActivitiesAsync(plan.Id, subRegionId, dates.Max(), ct) : [];
        var reported = kpis.Any(IsReported)
            ? await queries.ReportedAsync(plan.Id, asOf, ct) : [];
        var members = await MemberCountAsync(plan.RegionId, subRegionId, asOf, ct);
        var regionMembers = subRegionId is null ? members : await MemberCountAsync(plan.RegionId, null, asOf, ct);
        // Outcome records (participants, evaluations, survey replies) from a year before the plan, for growth baselines.
        var (from, to) = (plan.StartsOn.AddYears(-1), dates.Max());
        return new Inputs(plan, asOf, subRegionId, members, regionMembers, coverage, activities, reported)
        {
            Participation = kpis.Any(k => k.ComputedFrom == "participants") ? await queries.ParticipationAsync(subRegionId, from, to, ct) : [],
            Evaluations = kpis.Any(k => k.ComputedFrom == "evaluations") ? await queries.EvaluationsAsync(subRegionId, from, to, ct) : [],
            SurveyReplies = kpis.Any(CountsSurveyReplies) ? await queries.SurveyRepliesAsync(subRegionId, from, to, ct) : [],
            ExpertMissions = kpis.Any(k => k.ComputedFrom == "expert-deployments" && k.Kind == KpiKind.RatioOverRequests)
                ? await queries.ExpertMissionsAsync(subRegionId, from, to, ct) : [],
            Deployments = kpis.Any(k => k.ComputedFrom == "expert-deployments" && k.Kind != KpiKind.RatioOverRequests)
                ? await queries.DeploymentsAsync(subRegionId, from, to, ct) : [],
            DonorRequests = kpis.Any(k => k.ComputedFrom == "donor-requests") ? await queries.DonorRequestsAsync(subRegionId, from, to, ct) : [],
        };
    }

    public Task<int> MemberCountAsync(int regionId, int? subRegionId, DateOnly asOf, CancellationToken ct) =>
        db.Members.CountAsync(m => m.SubRegion.RegionId == regionId && (subRegionId == null || m.SubRegionId == subRegionId)
                                   && (m.JoinedOn == null || m.JoinedOn <= asOf) && (m.LeftOn == null || m.LeftOn > asOf), ct);

    public static DateOnly Baseline(PlanInfo plan) => plan.StartsOn.AddDays(-1);

    /// <summary>One KPI on the inputs' as-of date (or on <paramref name="on"/>, for a series point).</summary>
    public static KpiProgressDto Evaluate(KpiDefinition kpi, Inputs inputs, DateOnly? on = null)
    {
        var asOf = on ?? inputs.AsOf;
        var plan = inputs.Plan;
        var target = ScaledTarget(kpi, inputs);
        var started = asOf >= plan.StartsOn;
        decimal? value = null, baseline = null, expected = null;
        int? missing = null;
        var periodLabel = $"{plan.StartsOn:yyyy-MM-dd} – {kpi.Deadline:yyyy-MM-dd}";
        var periodOver = asOf > kpi.Deadline;
        string? noData = null;

        if (IsReported(kpi))
        {
            var reported = inputs.Reported.FirstOrDefault(r => r.KpiId == kpi.Id && r.AsOf <= asOf);
            value = reported?.Value;
            noData = "No value has been reported for this KPI yet.";
            baseline = 0;
            expected = KpiStatusRules.Expected(0, target, KpiStatusRules.Elapsed(plan.StartsOn, kpi.Deadline, asOf));
        }
        else if (MilestoneSources.Contains(kpi.ComputedFrom) && kpi.MilestoneId is { } milestone
                 && kpi.Kind is KpiKind.MemberCoverage or KpiKind.CumulativeCount)
        {
            var achieved = Achieved(inputs, milestone, asOf);
            var before = Achieved(inputs, milestone, Baseline(plan));
            if (kpi.Kind == KpiKind.MemberCoverage)
            {
                value = achieved;
                baseline = before;
                var notApplicable = inputs.Coverage.Where(r => r.AsOf == asOf && r.MilestoneId == milestone).Sum(r => r.NotApplicable);
                missing = Math.Max(0, inputs.MemberCount - achieved - notApplicable);
            }
            else
            {
                // New achievements since the plan started (e.g. new contracting parties).
                value = Math.Max(0, achieved - before);
                baseline = 0;
            }
            expected = KpiStatusRules.Expected(baseline.Value, target, KpiStatusRules.Elapsed(plan.StartsOn, kpi.Deadline, asOf));
        }
        else if (CountsActivities(kpi) && kpi.Kind is KpiKind.Frequency or KpiKind.CumulativeCount)
        {
            var rows = inputs.Activities.Where(r => r.ActionId == kpi.ActionId && r.SubRegionId == inputs.SubRegionId).ToList();
            if (kpi.Kind == KpiKind.Frequency && kpi.Period != TargetPeriod.ByDeadline)
            {
                var day = asOf > plan.EndsOn ? plan.EndsOn : asOf;
                var fy = FiscalYear.Of(day);
                var (quarter, qStart, qEnd) = FiscalYear.QuarterOf(day);
                var (start, end) = kpi.Period == TargetPeriod.PerQuarter ? (qStart, qEnd) : (fy.Start, fy.End);
                value = rows.Where(r => r.FiscalYear == fy.StartYear && (kpi.Period != TargetPeriod.PerQuarter || r.Quarter == quarter))
                    .Sum(r => r.Count);
                periodLabel = kpi.Period == TargetPeriod.PerQuarter ? $"{fy.Label} Q{quarter}" : fy.Label;
                baseline = 0;
                expected = KpiStatusRules.Expected(0, target, KpiStatusRules.Elapsed(start, end, asOf));
                periodOver = asOf > end;
            }
            else
            {
                var fiscalYears = FiscalYear.Between(plan.StartsOn, asOf).Select(f => f.StartYear).ToHashSet();
                value = rows.Where(r => fiscalYears.Contains(r.FiscalYear)).Sum(r => r.Count);
                baseline = 0;
                expected = KpiStatusRules.Expected(0, target, KpiStatusRules.Elapsed(plan.StartsOn, kpi.Deadline, asOf));
            }
        }
        else if (OutcomeKpis.Evaluate(kpi, inputs, asOf) is { } outcome)
        {
            (value, baseline, expected, periodLabel, periodOver, noData) = outcome;
        }
        else
        {
            noData = NoDataReason(kpi);
        }

        var status = KpiStatusRules.Status(kpi.Comparator, value, target, expected ?? 0, started, periodOver);
        return new KpiProgressDto(kpi.Id, kpi.PillarNumber, kpi.ActionCode, kpi.Code, kpi.Name, kpi.Kind, KpiFormulas.For(kpi.Kind),
            kpi.TargetText, kpi.Comparator, target, kpi.Unit, kpi.Denominator, kpi.Period, kpi.Deadline, kpi.MilestoneCode,
            value, value is { } v && target > 0 ? Math.Round(v / target * 100, 1) : null, value is null ? null : expected,
            value is null ? null : baseline, status, Reason(status, value, target, expected, noData, inputs.SubRegionId is not null, periodOver),
            periodLabel, missing);
    }

    /// <summary>KPIs whose records are the ROCB's activities (publications, surveys and exchanges are activities too).</summary>
    public static bool CountsActivities(KpiDefinition kpi) => ActivitySources.Contains(kpi.ComputedFrom) && !CountsSurveyReplies(kpi);

    /// <summary>Survey-based KPIs that read replies ("50% positive replies", "10 success stories"), not the frequency of surveys.</summary>
    public static bool CountsSurveyReplies(KpiDefinition kpi) =>
        kpi.ComputedFrom == "surveys" && kpi.Kind is KpiKind.Proportion or KpiKind.CumulativeCount;

    /// <summary>KPIs whose value is reported with evidence: the reported-value kind, and counts of records Rocb does not keep (MRAs).</summary>
    public static bool IsReported(KpiDefinition kpi) => kpi.Kind == KpiKind.ReportedValue || kpi.ComputedFrom is "reported" or "mra-records";

    private static int Achieved(Inputs inputs, int milestoneId, DateOnly on) =>
        inputs.Coverage.Where(r => r.AsOf == on && r.MilestoneId == milestoneId).Sum(r => r.Achieved);

    /// <summary>Targets counted in Members ("27/35") are prorated when one sub-region is shown: 27/35 of its Members, rounded up.</summary>
    private static decimal ScaledTarget(KpiDefinition kpi, Inputs inputs) =>
        inputs.SubRegionId is not null && kpi.Kind == KpiKind.MemberCoverage && kpi.Denominator is { } denominator
            ? Math.Ceiling(kpi.Target * inputs.MemberCount / denominator)
            : kpi.Target;

    private static string NoDataReason(KpiDefinition kpi) => kpi.ComputedFrom switch
    {
        "mra-records" => "Rocb does not record mutual recognition arrangements yet; report the value with evidence meanwhile.",
        _ when kpi.MilestoneId is null && MilestoneSources.Contains(kpi.ComputedFrom) => "The KPI names no milestone to count.",
        _ => $"No {kpi.ComputedFrom} records can produce a {kpi.Kind} value yet.",
    };

    private static string Reason(KpiStatus status, decimal? value, decimal target, decimal? expected, string? noData, bool prorated, bool over) =>
        status switch
        {
            KpiStatus.NoData => noData ?? "No data.",
            KpiStatus.NotStarted => "The plan has not started on this date.",
            KpiStatus.Achieved => $"{value:0.##} meets the target of {target:0.##}{(prorated ? " (prorated for the sub-region)" : "")}.",
            KpiStatus.OnTrack => $"{value:0.##} is at or above the {expected:0.##} expected by now on the way to {target:0.##}.",
            KpiStatus.AtRisk => $"{value:0.##} is below the {expected:0.##} expected by now, by less than {KpiStatusRules.AtRiskTolerance:P0}.",
            _ when over => $"The time is up and {value:0.##} does not meet the target of {target:0.##}.",
            _ => $"{value:0.##} is well below the {expected:0.##} expected by now (target {target:0.##}).",
        };
}
