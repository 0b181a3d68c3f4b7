using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Progress;

namespace Rocb.Api.Tests.Plans;

public sealed class KpiStatusRulesTests
{
    [Theory]
    [InlineData(null, "NoData")]      // nothing can produce the value
    [InlineData(35.0, "Achieved")]    // meets the target
    [InlineData(20.0, "OnTrack")]     // at or above the 20 expected
    [InlineData(16.0, "AtRisk")]      // below 20 by less than 20% (>= 16)
    [InlineData(15.9, "OffTrack")]    // further below
    public void Status_against_the_line(double? value, string expected) =>
        Assert.Equal(Enum.Parse<KpiStatus>(expected),
            KpiStatusRules.Status(Comparator.AtLeast, (decimal?)value, 35, 20, started: true, periodOver: false));

    [Fact]
    public void Before_the_plan_starts_it_is_not_started()
    {
        Assert.Equal(KpiStatus.NotStarted, KpiStatusRules.Status(Comparator.AtLeast, 10, 35, 0, started: false, periodOver: false));
    }

    [Fact]
    public void After_the_deadline_a_missed_target_is_off_track_even_above_the_line()
    {
        Assert.Equal(KpiStatus.OffTrack, KpiStatusRules.Status(Comparator.AtLeast, 34, 35, 30, started: true, periodOver: true));
    }

    [Theory]
    [InlineData("AtMost", 3, 5, "Achieved")]
    [InlineData("AtMost", 6, 5, "OffTrack")]
    [InlineData("Exactly", 5, 5, "Achieved")]
    [InlineData("Exactly", 4, 5, "OffTrack")]
    public void At_most_and_exactly(string comparator, int value, int target, string expected) =>
        Assert.Equal(Enum.Parse<KpiStatus>(expected),
            KpiStatusRules.Status(Enum.Parse<Comparator>(comparator), value, target, 0, started: true, periodOver: false));

    [Fact]
    public void The_line_runs_from_the_baseline_at_the_start_to_the_target_at_the_deadline()
    {
        var start = new DateOnly(2024, 7, 1);
        var deadline = new DateOnly(2026, 6, 30);
        Assert.Equal(0m, KpiStatusRules.Elapsed(start, deadline, new DateOnly(2024, 6, 30)));
        Assert.Equal(1m, KpiStatusRules.Elapsed(start, deadline, new DateOnly(2026, 6, 30)));
        var half = KpiStatusRules.Elapsed(start, deadline, new DateOnly(2025, 6, 30));
        Assert.InRange(half, 0.49m, 0.51m);
        Assert.Equal(22.5m, KpiStatusRules.Expected(10, 35, 0.5m));
    }
}

public sealed class FiscalCalendarTests
{
    [Theory]
    [InlineData("2019-07-01", "FY2019/20")]
    [InlineData("2020-06-30", "FY2019/20")]
    [InlineData("2020-07-01", "FY2020/21")]
    [InlineData("2099-12-31", "FY2099/00")]
    public void Fiscal_years_run_july_to_june(string date, string label) =>
        Assert.Equal(label, FiscalYear.Of(DateOnly.Parse(date)).Label);

    [Theory]
    [InlineData("2024-07-15", 1, "2024-07-01", "2024-09-30")]
    [InlineData("2024-12-31", 2, "2024-10-01", "2024-12-31")]
    [InlineData("2025-01-01", 3, "2025-01-01", "2025-03-31")]
    [InlineData("2025-06-30", 4, "2025-04-01", "2025-06-30")]
    public void Fiscal_quarters(string date, int quarter, string start, string end)
    {
        var (q, s, e) = FiscalYear.QuarterOf(DateOnly.Parse(date));
        Assert.Equal((quarter, DateOnly.Parse(start), DateOnly.Parse(end)), (q, s, e));
    }

    [Fact]
    public void A_two_year_plan_has_two_fiscal_years()
    {
        Assert.Equal(["FY2024/25", "FY2025/26"],
            FiscalYear.Between(new DateOnly(2024, 7, 1), new DateOnly(2026, 6, 30)).Select(f => f.Label));
    }
}
