using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Progress;

/// <summary>
/// KPIs computed from what came of the activities rather than how many there were:
/// <list type="bullet">
/// <item>proportion of participants (women): women among participants of the ROCB's own delivered activities whose gender
/// was recorded, from the plan's start to the date ("not recorded" is left out of the share and said so);</item>
/// <item>growth of participants (female heads of delegation): this fiscal year's count against last year's, in percent;</item>
/// <item>mean score of evaluations: all overall scores (1-5) of delivered activities in the plan so far, forms weighted
/// one each, recorded summaries by their number of responses;</item>
/// <item>proportion of survey replies: replies that realised direct effects among those that answered the question;</item>
/// <item>cumulative count of survey replies: success stories in replies since the plan started;</item>
/// <item>ratio over requests of expert deployments: delivered activities (missions) that asked for experts (an expert request or a
/// deployment) and had at least one confirmed or completed deployment of an expert accredited on its dates, over those that asked;</item>
/// <item>frequency (or count) of expert deployments: confirmed or completed deployments (expert exchanges) starting in the current fiscal
/// year (per-fiscal-year targets) or since the plan started;</item>
/// <item>ratio over requests of donor requests: released over released + declined + no answer (requests still waiting are left out and said so).</item>
/// </list>
/// Rates are compared with their target as they stand (the expected value is the target itself); counts follow the
/// straight line to the deadline like every other count.
/// </summary>
public static class OutcomeKpis
{
    public sealed record Outcome(decimal? Value, decimal? Baseline, decimal? Expected, string PeriodLabel, bool PeriodOver, string? NoData);

    public static Outcome? Evaluate(ProgressEngine.KpiDefinition kpi, ProgressEngine.Inputs inputs, DateOnly asOf)
    {
        var plan = inputs.Plan;
        var from = plan.StartsOn;
        var to = asOf < kpi.Deadline ? asOf : kpi.Deadline;
        var label = $"{plan.StartsOn:yyyy-MM-dd} – {kpi.Deadline:yyyy-MM-dd}";
        var over = asOf > kpi.Deadline;
        var target = kpi.Target;

        switch (kpi.ComputedFrom, kpi.Kind)
        {
            case ("participants", KpiKind.Proportion):
            {
                var rows = inputs.Participation.Where(r => r.Day >= from && r.Day <= to).ToList();
                int female = rows.Sum(r => r.Female), recorded = female + rows.Sum(r => r.Male) + rows.Sum(r => r.Other);
                var notRecorded = rows.Sum(r => r.NotRecorded);
                return recorded == 0
                    ? new Outcome(null, null, null, label, over, notRecorded > 0
                        ? $"Gender was not recorded for the {notRecorded} participants of this period."
                        : "No participants of the ROCB's delivered activities are recorded in this period yet.")
                    : new Outcome(Math.Round(100m * female / recorded, 1), 0, target, label, over, null);
            }
            case ("participants", KpiKind.Growth):
            {
                var day = asOf > plan.EndsOn ? plan.EndsOn : asOf;
                var fy = FiscalYear.Of(day);
                var previous = FiscalYear.Of(fy.Start.AddDays(-1));
                int now = FemaleHeads(inputs, fy.Start, day), before = FemaleHeads(inputs, previous.Start, previous.End);
                var fyLabel = $"{fy.Label} against {previous.Label}";
                return before == 0
                    ? new Outcome(null, null, null, fyLabel, day >= fy.End, $"No female head of delegation is recorded in {previous.Label} to grow from.")
                    : new Outcome(Math.Round(100m * (now - before) / before, 1), 0, target, fyLabel, asOf > fy.End, null);
            }
            case ("evaluations", KpiKind.MeanScore):
            {
                var rows = inputs.Evaluations.Where(r => r.Day >= from && r.Day <= to).ToList();
                var responses = rows.Sum(r => r.Responses);
                return responses == 0
                    ? new Outcome(null, null, null, label, over, "No evaluations of delivered activities are recorded in this period yet.")
                    : new Outcome(Math.Round(rows.Sum(r => r.ScoreSum) / responses, 2), 0, target, label, over, null);
            }
            case ("surveys", KpiKind.Proportion):
            {
                var rows = inputs.SurveyReplies.Where(r => r.Day >= from && r.Day <= to).ToList();
                var known = rows.Sum(r => r.Known);
                return known == 0
                    ? new Outcome(null, null, null, label, over, "No follow-up survey replies about direct effects are recorded in this period yet.")
                    : new Outcome(Math.Round(100m * rows.Sum(r => r.Positive) / known, 1), 0, target, label, over, null);
            }
            case ("surveys", KpiKind.CumulativeCount):
            {
                var stories = inputs.SurveyReplies.Where(r => r.Day >= from && r.Day <= to).Sum(r => r.Stories);
                return new Outcome(stories, 0, KpiStatusRules.Expected(0, target, KpiStatusRules.Elapsed(plan.StartsOn, kpi.Deadline, asOf)),
                    label, over, null);
            }
            case ("expert-deployments", KpiKind.RatioOverRequests):
            {
                var rows = inputs.ExpertMissions.Where(r => r.Day >= from && r.Day <= to).ToList();
                var requested = rows.Sum(r => r.Requested);
                return requested == 0
                    ? new Outcome(null, null, null, label, over, "No delivered mission or activity that asked for experts is recorded in this period yet.")
                    : new Outcome(Math.Round(100m * rows.Sum(r => r.WithAccredited) / requested, 1), 0, target, label, over, null);
            }
            case ("expert-deployments", KpiKind.Frequency or KpiKind.CumulativeCount):
            {
                if (kpi.Period is TargetPeriod.PerFiscalYear or TargetPeriod.PerQuarter)
                {
                    var day = asOf > plan.EndsOn ? plan.EndsOn : asOf;
                    var fy = FiscalYear.Of(day);
                    var (quarter, qStart, qEnd) = FiscalYear.QuarterOf(day);
                    var (start, end) = kpi.Period == TargetPeriod.PerQuarter ? (qStart, qEnd) : (fy.Start, fy.End);
                    var count = inputs.Deployments.Where(r => r.Day >= start && r.Day <= (day < end ? day : end)).Sum(r => r.Deployments);
                    return new Outcome(count, 0, KpiStatusRules.Expected(0, target, KpiStatusRules.Elapsed(start, end, asOf)),
                        kpi.Period == TargetPeriod.PerQuarter ? $"{fy.Label} Q{quarter}" : fy.Label, asOf > end, null);
                }
                var total = inputs.Deployments.Where(r => r.Day >= from && r.Day <= to).Sum(r => r.Deployments);
                return new Outcome(total, 0, KpiStatusRules.Expected(0, target, KpiStatusRules.Elapsed(plan.StartsOn, kpi.Deadline, asOf)), label, over, null);
            }
            case ("donor-requests", KpiKind.RatioOverRequests):
            {
                var rows = inputs.DonorRequests.Where(r => r.Day >= from && r.Day <= to).ToList();
                var answered = rows.Sum(r => r.Released + r.Declined + r.NoAnswer);
                var pending = rows.Sum(r => r.Pending);
                return answered == 0
                    ? new Outcome(null, null, null, label, over, pending > 0
                        ? $"{pending} request(s) to donor administrations are still waiting for an answer; none has an outcome yet."
                        : "No request to a donor administration to release an expert is recorded in this period yet.")
                    : new Outcome(Math.Round(100m * rows.Sum(r => r.Released) / answered, 1), 0, target, label, over, null);
            }
            default:
                return null;
        }
    }

    private static int FemaleHeads(ProgressEngine.Inputs inputs, DateOnly from, DateOnly to) =>
        inputs.Participation.Where(r => r.Day >= from && r.Day <= to).Sum(r => r.FemaleHeads);
}
