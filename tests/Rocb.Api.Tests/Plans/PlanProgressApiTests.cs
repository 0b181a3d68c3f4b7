using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Milestones;
using Rocb.Api.Features.Plans;
using Rocb.Api.Features.Progress;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Plans;

/// <summary>The seeded SAP 2024-2026 and its progress, checked against the records through other endpoints.</summary>
public sealed class PlanProgressApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<PlanSummaryDto> Sap2024() =>
        (await (await api.Client().GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>()).Single(p => p.Code == "SAP-2024-2026");

    [Fact]
    public async Task The_seeded_plans_are_there_with_their_structure()
    {
        var plans = await (await api.As(Roles.Viewer).GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>();
        Assert.Contains(plans, p => p is { Code: "SAP-2018-2020", ActionCount: 43 });
        var sap = plans.Single(p => p.Code == "SAP-2024-2026");
        Assert.Equal((PlanKind.Sap, 4, 55, 61), (sap.Kind, sap.PillarCount, sap.ActionCount, sap.KpiCount));
        Assert.Contains(plans, p => p is { Code: "AWP-2020-21", ParentPlanCode: "SAP-2018-2020" });

        var detail = await (await api.As(Roles.Viewer).GetAsync($"/api/plans/{sap.Id}")).OkAsync<PlanDetailDto>();
        Assert.Equal(["FY2024/25", "FY2025/26"], detail.FiscalYears.Select(f => f.Label));
        var a = detail.Pillars[0].Actions[0];
        Assert.Equal("a", a.Code);
        Assert.Equal(["1.1.1-1"], a.MilestoneCodes);
        Assert.Contains("35/35", a.Kpis.Single().TargetText);
        Assert.Contains(detail.Milestones, m => m.PredecessorRefs.Count > 0);
    }

    [Fact]
    public async Task Progress_covers_every_kpi_and_before_the_plan_nothing_has_started()
    {
        var sap = await Sap2024();
        var progress = await (await api.As(Roles.Viewer).GetAsync($"/api/plans/{sap.Id}/progress?asOf=2025-06-30")).OkAsync<PlanProgressDto>();
        Assert.Equal(61, progress.Pillars.Sum(p => p.Kpis.Count));
        Assert.Equal(61, progress.StatusCounts.Sum(s => s.Count));
        Assert.Equal(33, progress.MemberCount);

        var before = await (await api.Client().GetAsync($"/api/plans/{sap.Id}/progress?asOf=2024-01-01")).OkAsync<PlanProgressDto>();
        Assert.All(before.Pillars.SelectMany(p => p.Kpis), k => Assert.Contains(k.Status, new[] { KpiStatus.NotStarted, KpiStatus.NoData }));

        var pillar2 = await (await api.Client().GetAsync($"/api/plans/{sap.Id}/progress?asOf=2025-06-30&pillar=2")).OkAsync<PlanProgressDto>();
        Assert.Equal([2], pillar2.Pillars.Select(p => p.Number));
    }

    [Fact]
    public async Task A_coverage_value_is_what_the_approved_status_records_say()
    {
        var sap = await Sap2024();
        var detail = await (await api.Client().GetAsync($"/api/plans/{sap.Id}")).OkAsync<PlanDetailDto>();
        var progress = await (await api.Client().GetAsync($"/api/plans/{sap.Id}/progress?asOf=2025-06-30")).OkAsync<PlanProgressDto>();
        var kpi = progress.Pillars.SelectMany(p => p.Kpis).First(k => k.Kind == KpiKind.MemberCoverage && k.Value > 0);
        var milestone = detail.Milestones.Single(m => m.Code == kpi.MilestoneCode);

        // Recompute from the records themselves: the milestone and the earlier plans' milestones it follows.
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>();
        var records = new List<MilestoneStatusRecordDto>();
        foreach (var plan in plans)
            records.AddRange((await (await api.Client().GetAsync($"/api/milestone-statuses?planId={plan.Id}&state=approved&pageSize=200"))
                .OkAsync<MilestoneStatusPageDto>()).Items);
        var counted = records
            .Where(r => (r.PlanCode == sap.Code && r.MilestoneCode == milestone.Code) || milestone.PredecessorRefs.Contains($"{r.PlanCode} {r.MilestoneCode}"))
            .Where(r => r.EffectiveOn <= new DateOnly(2025, 6, 30))
            .GroupBy(r => r.MemberId)
            .Select(g => g.OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.Id).First())
            .Count(r => r.Status == MilestoneStatus.Achieved);
        Assert.Equal(counted, kpi.Value);

        var drill = await (await api.Client().GetAsync($"/api/kpis/{kpi.KpiId}/progress?asOf=2025-06-30")).OkAsync<KpiDetailDto>();
        Assert.Equal(kpi.Value, drill.Members.Count(m => m.Counts));
        Assert.Equal(33, drill.Members.Count);
        Assert.All(drill.Members.Where(m => m.Counts), m => Assert.Contains("seeds/004_", m.SourceDocument));
        Assert.Equal(kpi.Value, drill.BySubRegion.Sum(s => s.Value));
        Assert.Equal(["FY2024/25"], drill.Series.Select(s => s.Label));

        var matrix = await (await api.Client().GetAsync($"/api/plans/{sap.Id}/coverage-matrix?asOf=2025-06-30")).OkAsync<CoverageMatrixDto>();
        Assert.Equal(kpi.Value, matrix.Members.Count(m => m.Cells.Single(c => c.MilestoneId == milestone.Id).Status == "Achieved"));
    }

    [Theory]
    [InlineData("/api/plans/999999/progress")]
    [InlineData("/api/kpis/999999/progress")]
    [InlineData("/api/plans/999999/coverage-matrix")]
    public async Task Unknown_plans_and_kpis_are_404(string url) =>
        await (await api.Client().GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task A_bad_as_of_date_is_a_400()
    {
        var sap = await Sap2024();
        await (await api.Client().GetAsync($"/api/plans/{sap.Id}/progress?asOf=30-06-2025")).ProblemAsync(HttpStatusCode.BadRequest);
        var problem = await (await api.Client().GetAsync($"/api/plans/{sap.Id}/progress?pillar=0")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("pillar"));
    }
}
