using Rocb.Api.Domain.Plans;

namespace Rocb.Api.Features.Progress;

public enum KpiStatus { Achieved, OnTrack, AtRisk, OffTrack, NotStarted, NoData }

/// <summary>
/// The written rules that turn a KPI's value into a status (KpiStatusRulesTests checks each):
/// <list type="number">
/// <item>No data: nothing in Rocb can yet produce the value (its records do not exist yet).</item>
/// <item>Not started: the as-of date is before the plan starts.</item>
/// <item>Achieved: the value meets the target (at least / at most / exactly).</item>
/// <item>Off track: the deadline (or, per period, the period) is over and the target is not met.</item>
/// <item>On track: the value is at least what a straight line from the baseline at the start to the target
/// at the deadline (or over the current period) expects by the as-of date.</item>
/// <item>At risk: below that line by no more than <see cref="AtRiskTolerance"/> of the expected value.</item>
/// <item>Off track: further below.</item>
/// </list>
/// An "at most" target is met while the value stays at or under it, and is off track otherwise.
/// </summary>
public static class KpiStatusRules
{
    /// <summary>How far (as a share of the expected value) a KPI may lag the line and still be "at risk" rather than "off track".</summary>
    public const decimal AtRiskTolerance = 0.2m;

    public static bool Meets(Comparator comparator, decimal value, decimal target) => comparator switch
    {
        Comparator.AtLeast => value >= target,
        Comparator.AtMost => value <= target,
        _ => value == target,
    };

    /// <summary>Fraction (0..1) of [from, to] elapsed on the as-of date, counting the as-of day.</summary>
    public static decimal Elapsed(DateOnly from, DateOnly to, DateOnly asOf)
    {
        if (asOf < from) return 0m;
        if (asOf >= to) return 1m;
        return (decimal)(asOf.DayNumber - from.DayNumber + 1) / (to.DayNumber - from.DayNumber + 1);
    }

    /// <summary>The value a straight line from <paramref name="baseline"/> to <paramref name="target"/> expects at <paramref name="elapsed"/>.</summary>
    public static decimal Expected(decimal baseline, decimal target, decimal elapsed) =>
        Math.Round(baseline + (target - baseline) * elapsed, 2);

    public static KpiStatus Status(
        Comparator comparator, decimal? value, decimal target, decimal expected, bool started, bool periodOver)
    {
        if (value is not { } v) return KpiStatus.NoData;
        if (!started) return KpiStatus.NotStarted;
        if (Meets(comparator, v, target)) return KpiStatus.Achieved;
        if (comparator != Comparator.AtLeast || periodOver) return KpiStatus.OffTrack;
        if (v >= expected) return KpiStatus.OnTrack;
        return v >= expected * (1 - AtRiskTolerance) ? KpiStatus.AtRisk : KpiStatus.OffTrack;
    }
}
