using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Progress;
using static Rocb.Api.Features.Progress.ProgressQueries;

namespace Rocb.Api.Tests.Plans;

/// <summary>Each KPI kind's computation on hand-made query rows (no database): the formulas, not the SQL.</summary>
public sealed class KpiComputationTests
{
    private static readonly ProgressEngine.PlanInfo Plan = new(1, "SAP-TEST", "Test plan", 1, new DateOnly(2024, 7, 1), new DateOnly(2026, 6, 30));
    private static readonly DateOnly AsOf = new(2025, 6, 30);
    private static readonly DateOnly Eve = new(2024, 6, 30);

    private static ProgressEngine.KpiDefinition Kpi(KpiKind kind, string from, decimal target, TargetPeriod period = TargetPeriod.ByDeadline,
        int? milestone = 7, int? denominator = null) =>
        new(1, 1, "Pillar", "a", 1, 11, "a", "KPI", kind, from, milestone, "1.1.1-1", Comparator.AtLeast, target, "members",
            denominator, period, "target", Plan.EndsOn);

    private static ProgressEngine.Inputs Inputs(IReadOnlyList<CoverageRow>? coverage = null, IReadOnlyList<ActivityRow>? activities = null,
        IReadOnlyList<ReportedRow>? reported = null, int members = 33, int? subRegion = null) =>
        new(Plan, AsOf, subRegion, members, 33, coverage ?? [], activities ?? [], reported ?? []);

    [Fact]
    public void Member_coverage_counts_achieved_members_and_lists_how_many_are_missing()
    {
        var inputs = Inputs(coverage:
        [
            new(AsOf, 7, 1, Achieved: 6, NotApplicable: 1), new(AsOf, 7, 2, 4, 0),
            new(Eve, 7, 1, 3, 0), new(Eve, 7, 2, 2, 0),
            new(AsOf, 8, 1, 20, 0), // another milestone: not counted
        ]);
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.MemberCoverage, "milestone-statuses", 35, denominator: 35), inputs);
        Assert.Equal(10m, result.Value);
        Assert.Equal(5m, result.Baseline);
        Assert.Equal(33 - 10 - 1, result.MissingCount);
        Assert.Equal(Math.Round(10m / 35 * 100, 1), result.PercentOfTarget);
        Assert.Equal(KpiStatus.OffTrack, result.Status); // expected ≈ 5 + 30 × 0.5 = 20
    }

    [Fact]
    public void A_sub_region_gets_a_prorated_member_target()
    {
        var inputs = Inputs(coverage: [new(AsOf, 7, 2, 6, 0)], members: 6, subRegion: 2);
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.MemberCoverage, "milestone-statuses", 27, denominator: 35), inputs);
        Assert.Equal(Math.Ceiling(27m * 6 / 35), result.Target);
        Assert.Equal(KpiStatus.Achieved, result.Status);
    }

    [Fact]
    public void Frequency_counts_the_current_fiscal_year_only()
    {
        var inputs = Inputs(activities:
        [
            new(11, 2024, 2, null, 1), new(11, 2024, 4, null, 1), // FY2024/25: 2
            new(11, 2023, 1, null, 5), // before: not counted
            new(12, 2024, 1, null, 9), // another action
        ]);
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.Frequency, "activities", 2, TargetPeriod.PerFiscalYear, milestone: null), inputs);
        Assert.Equal(2m, result.Value);
        Assert.Equal("FY2024/25", result.PeriodLabel);
        Assert.Equal(KpiStatus.Achieved, result.Status);
    }

    [Fact]
    public void Frequency_per_quarter_counts_the_current_quarter()
    {
        var inputs = Inputs(activities: [new(11, 2024, 4, null, 1), new(11, 2024, 3, null, 1)]);
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.Frequency, "activities", 1, TargetPeriod.PerQuarter, milestone: null), inputs);
        Assert.Equal(1m, result.Value);
        Assert.Equal("FY2024/25 Q4", result.PeriodLabel);
    }

    [Fact]
    public void Cumulative_activities_count_from_the_plan_start()
    {
        var inputs = Inputs(activities: [new(11, 2023, 1, null, 4), new(11, 2024, 1, null, 2), new(11, 2024, 3, null, 1)]);
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.CumulativeCount, "activities", 6, milestone: null), inputs);
        Assert.Equal(3m, result.Value);
    }

    [Fact]
    public void Cumulative_milestone_counts_new_achievements_since_the_start()
    {
        var inputs = Inputs(coverage: [new(AsOf, 7, 1, 9, 0), new(Eve, 7, 1, 5, 0)]);
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.CumulativeCount, "contracting-parties", 6), inputs);
        Assert.Equal(4m, result.Value);
    }

    [Fact]
    public void A_reported_value_is_the_latest_reported()
    {
        var inputs = Inputs(reported: [new(1, new DateOnly(2025, 3, 1), 17)]);
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.ReportedValue, "reported", 28, milestone: null), inputs);
        Assert.Equal(17m, result.Value);
        var none = ProgressEngine.Evaluate(Kpi(KpiKind.ReportedValue, "reported", 28, milestone: null), Inputs());
        Assert.Equal(KpiStatus.NoData, none.Status);
    }

    [Theory]
    [InlineData(KpiKind.Proportion, "participants")]
    [InlineData(KpiKind.MeanScore, "evaluations")]
    [InlineData(KpiKind.RatioOverRequests, "expert-deployments")]
    [InlineData(KpiKind.RatioOverRequests, "donor-requests")]
    [InlineData(KpiKind.Growth, "participants")]
    public void Kinds_whose_records_do_not_exist_yet_say_no_data_not_zero(KpiKind kind, string from)
    {
        var result = ProgressEngine.Evaluate(Kpi(kind, from, 50, milestone: null), Inputs(activities: [new(11, 2024, 1, null, 3)]));
        Assert.Null(result.Value);
        Assert.Equal(KpiStatus.NoData, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.StatusReason));
    }
}
