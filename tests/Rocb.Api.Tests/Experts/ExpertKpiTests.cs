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

    [Fact]
    public async Task Deployments_by_origin_count_confirmed_and_completed_deployments_inside_and_outside_the_region_with_a_matching_drill_down()
    {
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<JsonArray>();
        int PlanId(string code) => plans.Single(p => p!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<int>();
        async Task<ExpertDeploymentsByOriginDto> FigureAsync(int plan, string asOf) =>
            await (await api.As(Rocb.Api.Common.Security.Roles.Viewer).GetAsync($"/api/plans/{plan}/expert-deployments-by-origin?asOf={asOf}"))
                .OkAsync<ExpertDeploymentsByOriginDto>();

        // The seeded FY2019/20 mobilisation, under SAP 2018-2020: every record is counted, by its origin.
        var sap2018 = await FigureAsync(PlanId("SAP-2018-2020"), "2020-06-30");
        Assert.True(sap2018.InsideRegion > 0 && sap2018.OutsideRegion > 0, sap2018.Explanation);
        Assert.Equal(sap2018.Total, sap2018.InsideRegion + sap2018.OutsideRegion);
        Assert.Equal(sap2018.Total, sap2018.ByOrigin.Sum(o => o.Count));
        Assert.NotEmpty(sap2018.ExpertKpiIds);
        Assert.Equal(3, sap2018.Pillar);

        // Per sub-region (activities hosted by or for its Members), the board's drill-down lists the same deployments as the figure counts.
        var subRegions = await (await api.Client().GetAsync("/api/sub-regions")).OkAsync<JsonArray>();
        var perSubRegion = 0;
        foreach (var sub in subRegions.Select(x => x!["id"]!.GetValue<int>()))
        {
            var figure = await (await api.Client().GetAsync($"/api/plans/{PlanId("SAP-2018-2020")}/expert-deployments-by-origin?asOf=2020-06-30&subRegionId={sub}"))
                .OkAsync<ExpertDeploymentsByOriginDto>();
            var listed = await (await api.Client().GetAsync(
                $"/api/deployments?status=confirmed,completed&origin=member,wco-secretariat,outside-region&startsFrom={figure.From:yyyy-MM-dd}&startsTo={figure.To:yyyy-MM-dd}&subRegionId={sub}&size=1"))
                .OkAsync<DeploymentPageDto>();
            Assert.Equal(figure.Total, listed.Total);
            perSubRegion += figure.Total;
        }
        Assert.True(perSubRegion > 0, "some seeded deployments are for activities of a sub-region");

        // SAP 2024-2026: a Member expert and an outside one confirmed in the period count; a proposed one, a cancelled one and one after
        // the as-of date do not.
        var plan = PlanId("SAP-2024-2026");
        var before = await FigureAsync(plan, "2025-06-30");
        var jp = await Activities.ActivityTestData.MemberIdAsync(api.Client(), "JP");
        var tfa = await TopicIdAsync(api, "tfa");
        var inside = await CreateExpertAsync(api.Client(), new { name = "Test Expert Inside (placeholder)", origin = "member", memberId = jp, consentToContact = true });
        var outside = await CreateExpertAsync(api.Client(), new { name = "Test Expert Outside (placeholder)", origin = "outside-region", outsideAdministration = "France", consentToContact = true });
        async Task<int> RequestAsync(string starts, string ends) => (await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/expert-requests", new
        {
            title = $"Origin count {starts} (test)", topicIds = new[] { tfa }, startsOn = starts, endsOn = ends, expertsNeeded = 2,
        })).OkAsync<ExpertRequestDto>(HttpStatusCode.Created)).Id;
        var march = await RequestAsync("2025-03-03", "2025-03-05");
        foreach (var (expert, request, starts, ends) in new[]
                 {
                     (inside.Id, march, "2025-03-03", "2025-03-05"), (outside.Id, march, "2025-03-03", "2025-03-05"),
                     (inside.Id, await RequestAsync("2025-08-01", "2025-08-02"), "2025-08-01", "2025-08-02"),
                 })
        {
            var d = await ReleasedAsync(api.Client(), expert, request, starts, ends);
            await PostAsync(api.Client(), $"/api/deployments/{d.Id}/confirm");
        }
        var cancelled = await ReleasedAsync(api.Client(), outside.Id, await RequestAsync("2025-04-01", "2025-04-02"), "2025-04-01", "2025-04-02");
        await PostAsync(api.Client(), $"/api/deployments/{cancelled.Id}/cancel", new { reason = "test" });
        await PostAsync(api.Client(), "/api/deployments", new { expertId = inside.Id, requestId = await RequestAsync("2025-05-01", "2025-05-02") }, HttpStatusCode.Created);

        var after = await FigureAsync(plan, "2025-06-30");
        Assert.Equal((before.InsideRegion + 1, before.OutsideRegion + 1, before.Total + 2), (after.InsideRegion, after.OutsideRegion, after.Total));
        Assert.Equal(before.ByOrigin.Single(o => o.Origin == Domain.Experts.ExpertOrigin.OutsideRegion).Count + 1,
            after.ByOrigin.Single(o => o.Origin == Domain.Experts.ExpertOrigin.OutsideRegion).Count);
        Assert.Equal(new DateOnly(2025, 6, 30), after.To);

        // The drill-down the dashboard links to lists exactly the deployments counted.
        var drill = $"/api/deployments?status=confirmed,completed&startsFrom={after.From:yyyy-MM-dd}&startsTo={after.To:yyyy-MM-dd}&size=100";
        var insideList = await (await api.Client().GetAsync(drill + "&origin=member")).OkAsync<DeploymentPageDto>();
        var outsideList = await (await api.Client().GetAsync(drill + "&origin=wco-secretariat,outside-region")).OkAsync<DeploymentPageDto>();
        Assert.Equal((after.InsideRegion, after.OutsideRegion), (insideList.Total, outsideList.Total));
        (await (await api.Client().GetAsync("/api/deployments?origin=mars")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("origin");
        (await (await api.Client().GetAsync("/api/deployments?startsFrom=2025-02-01&startsTo=2025-01-01")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("startsTo");
        await (await api.Client().GetAsync("/api/plans/999999/expert-deployments-by-origin")).ProblemAsync(HttpStatusCode.NotFound);
        (await (await api.Client().GetAsync($"/api/plans/{plan}/expert-deployments-by-origin?asOf=1800-01-01")).ProblemAsync(HttpStatusCode.BadRequest))
            .FieldErrors("asOf");
    }
}
