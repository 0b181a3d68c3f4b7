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
    [InlineData(KpiKind.Proportion, "surveys")]
    [InlineData(KpiKind.RatioOverRequests, "expert-deployments")]
    [InlineData(KpiKind.RatioOverRequests, "donor-requests")]
    [InlineData(KpiKind.Frequency, "donor-requests")]
    [InlineData(KpiKind.Growth, "participants")]
    public void Kinds_whose_records_do_not_exist_yet_say_no_data_not_zero(KpiKind kind, string from)
    {
        var result = ProgressEngine.Evaluate(Kpi(kind, from, 50, milestone: null), Inputs(activities: [new(11, 2024, 1, null, 3)]));
        Assert.Null(result.Value);
        Assert.Equal(KpiStatus.NoData, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.StatusReason));
    }

    [Fact]
    public void Women_share_leaves_out_participants_whose_gender_was_not_recorded()
    {
        var inputs = Inputs() with
        {
            Participation =
            [
                new(new DateOnly(2024, 9, 10), Female: 3, Male: 5, Other: 0, NotRecorded: 10, FemaleHeads: 0, Heads: 0),
                new(new DateOnly(2025, 2, 1), 2, 2, 0, 0, 0, 0),
                new(new DateOnly(2025, 8, 1), 50, 0, 0, 0, 0, 0), // after the as-of date
                new(new DateOnly(2024, 5, 1), 50, 0, 0, 0, 0, 0), // before the plan
            ],
        };
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.Proportion, "participants", 25, milestone: null), inputs);
        Assert.Equal(Math.Round(100m * 5 / 12, 1), result.Value);
        Assert.Equal(KpiStatus.Achieved, result.Status);

        var unrecorded = Inputs() with { Participation = [new(new DateOnly(2024, 9, 10), 0, 0, 0, 10, 0, 0)] };
        var none = ProgressEngine.Evaluate(Kpi(KpiKind.Proportion, "participants", 25, milestone: null), unrecorded);
        Assert.Equal(KpiStatus.NoData, none.Status);
        Assert.Contains("not recorded for the 10", none.StatusReason);
    }

    [Fact]
    public void Growth_compares_female_heads_of_delegation_with_the_previous_fiscal_year()
    {
        var inputs = Inputs() with
        {
            Participation =
            [
                new(new DateOnly(2024, 3, 1), 0, 0, 0, 0, FemaleHeads: 4, Heads: 10),  // FY2023/24
                new(new DateOnly(2024, 10, 1), 0, 0, 0, 0, FemaleHeads: 3, Heads: 10), // FY2024/25
                new(new DateOnly(2025, 5, 1), 0, 0, 0, 0, FemaleHeads: 2, Heads: 10),  // FY2024/25
            ],
        };
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.Growth, "participants", 20, TargetPeriod.PerFiscalYear, milestone: null), inputs);
        Assert.Equal(25.0m, result.Value); // 5 against 4
        Assert.Equal(KpiStatus.Achieved, result.Status);
        Assert.Equal("FY2024/25 against FY2023/24", result.PeriodLabel);
    }

    [Fact]
    public void Mean_score_weights_forms_one_each_and_summaries_by_their_responses()
    {
        var inputs = Inputs() with
        {
            Evaluations = [new(new DateOnly(2024, 9, 10), ScoreSum: 9, Responses: 2), new(new DateOnly(2025, 1, 10), 4.0m * 8, 8)],
        };
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.MeanScore, "evaluations", 4, milestone: null), inputs);
        Assert.Equal(4.1m, result.Value); // (9 + 32) / 10
        Assert.Equal(KpiStatus.Achieved, result.Status);
        var low = ProgressEngine.Evaluate(Kpi(KpiKind.MeanScore, "evaluations", 4, milestone: null),
            Inputs() with { Evaluations = [new(new DateOnly(2024, 9, 10), 7, 2)] });
        Assert.Equal(KpiStatus.AtRisk, low.Status); // 3.5 is within 20% of 4
    }

    [Fact]
    public void Survey_replies_give_the_positive_share_and_the_success_stories()
    {
        var inputs = Inputs() with
        {
            SurveyReplies = [new(new DateOnly(2025, 1, 31), Positive: 6, Known: 10, Stories: 3), new(new DateOnly(2025, 3, 31), 1, 4, 1)],
        };
        var share = ProgressEngine.Evaluate(Kpi(KpiKind.Proportion, "surveys", 50, milestone: null), inputs);
        Assert.Equal(50.0m, share.Value);
        Assert.Equal(KpiStatus.Achieved, share.Status);
        var stories = ProgressEngine.Evaluate(Kpi(KpiKind.CumulativeCount, "surveys", 10, milestone: null), inputs);
        Assert.Equal(4m, stories.Value);
        Assert.Equal(KpiStatus.AtRisk, stories.Status); // 5 expected half-way; 4 is within 20% below it
    }

    [Fact]
    public void Accredited_expert_share_counts_missions_that_asked_for_experts()
    {
        var inputs = Inputs() with
        {
            ExpertMissions =
            [
                new(new DateOnly(2024, 9, 10), Requested: 2, WithAccredited: 1),
                new(new DateOnly(2025, 3, 1), 2, 2),
                new(new DateOnly(2025, 8, 1), 5, 0), // after the as-of date
            ],
        };
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.RatioOverRequests, "expert-deployments", 50, milestone: null), inputs);
        Assert.Equal(75.0m, result.Value);
        Assert.Equal(KpiStatus.Achieved, result.Status);
        var none = ProgressEngine.Evaluate(Kpi(KpiKind.RatioOverRequests, "expert-deployments", 50, milestone: null), Inputs());
        Assert.Equal(KpiStatus.NoData, none.Status);
        Assert.DoesNotContain("arrive with the expert roster", none.StatusReason);
    }

    [Fact]
    public void Expert_exchanges_are_counted_per_fiscal_year()
    {
        var inputs = Inputs() with
        {
            Deployments = [new(new DateOnly(2024, 6, 1), 4, 4), new(new DateOnly(2024, 9, 1), 1, 0), new(new DateOnly(2025, 2, 1), 2, 1)],
        };
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.Frequency, "expert-deployments", 1, TargetPeriod.PerFiscalYear, milestone: null), inputs);
        Assert.Equal(3m, result.Value);
        Assert.Equal("FY2024/25", result.PeriodLabel);
        Assert.Equal(KpiStatus.Achieved, result.Status);
    }

    [Fact]
    public void Donor_requests_met_leave_out_those_still_waiting()
    {
        var inputs = Inputs() with
        {
            DonorRequests = [new(new DateOnly(2024, 10, 1), Released: 3, Declined: 1, NoAnswer: 0, Pending: 5), new(new DateOnly(2025, 1, 1), 0, 0, 1, 0)],
        };
        var result = ProgressEngine.Evaluate(Kpi(KpiKind.RatioOverRequests, "donor-requests", 75, milestone: null), inputs);
        Assert.Equal(60.0m, result.Value); // 3 of 5 answered; the 5 pending are left out
        Assert.NotEqual(KpiStatus.Achieved, result.Status);
        var pending = ProgressEngine.Evaluate(Kpi(KpiKind.RatioOverRequests, "donor-requests", 75, milestone: null),
            Inputs() with { DonorRequests = [new(new DateOnly(2024, 10, 1), 0, 0, 0, 2)] });
        Assert.Equal(KpiStatus.NoData, pending.Status);
        Assert.Contains("waiting", pending.StatusReason);
    }
}
