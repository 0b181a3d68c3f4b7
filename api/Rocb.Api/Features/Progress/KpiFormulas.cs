using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Progress;

/// <summary>Each KPI kind's computation, as users read it next to the figure.</summary>
public static class KpiFormulas
{
    public static string For(KpiKind kind) => kind switch
    {
        KpiKind.MemberCoverage =>
            "Members whose latest approved status for the milestone (or the same milestone in an earlier plan) on the as-of date is " +
            "'achieved', out of the denominator; Members still missing are listed.",
        KpiKind.Frequency =>
            "Delivered activities linked to the action in the period containing the as-of date (fiscal year 1 July – 30 June, " +
            "or fiscal quarter), against 'at least N per period'.",
        KpiKind.CumulativeCount =>
            "Records counted from the plan's start to the as-of date: delivered activities linked to the action, or Members " +
            "newly achieving the milestone in that time (e.g. new contracting parties).",
        KpiKind.Proportion =>
            "Numerator over denominator from the records (e.g. women among participants); 'not recorded' is reported apart, never dropped.",
        KpiKind.MeanScore => "Mean of the recorded scores (e.g. participants' evaluation out of 5), with the number of responses.",
        KpiKind.RatioOverRequests =>
            "Requests met over requests made (e.g. missions staffed with accredited experts; expert requests met by donor administrations).",
        KpiKind.Growth => "Change of the measure from one fiscal year to the next, as a percentage of the earlier year.",
        KpiKind.ReportedValue => "The latest value reported with evidence on or before the as-of date.",
        _ => "",
    };
}
