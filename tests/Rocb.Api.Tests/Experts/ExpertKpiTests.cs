using System.Net;
using System.Text.Json.Nodes;
using Rocb.Api.Features.Deployments;
using Rocb.Api.Features.Progress;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.Experts.ExpertTestData;

namespace Rocb.Api.Tests.Experts;

/// <summary>The seeded FY2019/20 mobilisation and recorded donor requests move the SAP KPIs that read them (real SQL).</summary>
public sealed class ExpertKpiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<KpiProgressDto> KpiAsync(string plan, int pillar, string action, string code, string asOf)
    {
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<JsonArray>();
        var id = plans.Single(p => p!["code"]!.GetValue<string>() == plan)!["id"]!.GetValue<int>();
        var progress = await (await api.Client().GetAsync($"/api/plans/{id}/progress?asOf={asOf}")).OkAsync<PlanProgressDto>();
        return progress.Pillars.Single(p => p.Number == pillar).Kpis.Single(k => k.ActionCode == action && k.Code == code);
    }

    [Fact]
    public async Task Accredited_expert_share_and_donor_requests_met_come_from_the_records()
    {
        // SAP 2018-2020, 3-b: every seeded FY2019/20 activity that used experts used accredited ones.
        var share = await KpiAsync("SAP-2018-2020", 3, "b", "b", "2020-06-30");
        Assert.Equal(100.0m, share.Value);
        Assert.Equal(KpiStatus.Achieved, share.Status);

        var donors = await KpiAsync("SAP-2024-2026", 3, "d", "d", "2025-06-30");
        Assert.Equal(KpiStatus.NoData, donors.Status);
        Assert.DoesNotContain("expert roster", donors.StatusReason);
        var jp = await Activities.ActivityTestData.MemberIdAsync(api.Client(), "JP");
        foreach (var outcome in new[] { "released", "released", "declined", "no-answer" })
            await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/donor-requests", new { memberId = jp, sentOn = "2024-10-01", outcome, answeredOn = "2024-10-15" }))
                .OkAsync<DonorRequestDto>(HttpStatusCode.Created);
        await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/donor-requests", new { administration = "France", sentOn = "2025-01-10" }))
            .OkAsync<DonorRequestDto>(HttpStatusCode.Created);
        donors = await KpiAsync("SAP-2024-2026", 3, "d", "d", "2025-06-30");
        Assert.Equal(50.0m, donors.Value); // 2 of 4 answered; the pending one is left out
        Assert.Equal(KpiStatus.OffTrack, donors.Status);
    }
}
