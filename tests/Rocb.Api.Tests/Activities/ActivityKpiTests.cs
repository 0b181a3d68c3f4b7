using System.Net;
using System.Text.Json.Nodes;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.Progress;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.Activities.ActivityTestData;

namespace Rocb.Api.Tests.Activities;

/// <summary>Participants and evaluations recorded through the API move the SAP 2024-2026 KPIs that read them (real SQL).</summary>
public sealed class ActivityKpiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<KpiProgressDto> KpiAsync(string pillarAction, string code, string asOf, int? subRegionId = null)
    {
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<JsonArray>();
        var id = plans.Single(p => p!["code"]!.GetValue<string>() == "SAP-2024-2026")!["id"]!.GetValue<int>();
        var progress = await (await api.Client().GetAsync($"/api/plans/{id}/progress?asOf={asOf}{(subRegionId is null ? "" : $"&subRegionId={subRegionId}")}"))
            .OkAsync<PlanProgressDto>();
        var (pillar, action) = (int.Parse(pillarAction.Split('-')[0]), pillarAction.Split('-')[1]);
        return progress.Pillars.Single(p => p.Number == pillar).Kpis.Single(k => k.ActionCode == action && k.Code == code);
    }

    [Fact]
    public async Task Womens_share_and_the_mean_evaluation_score_come_from_the_recorded_activities()
    {
        Assert.Equal(KpiStatus.NoData, (await KpiAsync("3-e", "e1", "2025-06-30")).Status);
        Assert.Equal(KpiStatus.NoData, (await KpiAsync("3-h", "h", "2025-06-30")).Status);

        var th = await MemberIdAsync(api.Client(), "TH");
        var body = Workshop("Regional Workshop on Gender Equality (KPI test)");
        body["startsOn"] = "2025-03-04";
        body["endsOn"] = "2025-03-06";
        var activity = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", body)).OkAsync<ActivityDto>(HttpStatusCode.Created);
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{activity.Id}/participant-counts", new
        {
            counts = new object[]
            {
                new { memberId = th, female = 3, male = 1, headOfDelegationGender = "female" },
                new { memberId = (int?)null, notRecorded = 20 },
            },
        })).OkAsync<JsonObject>();
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/activities/{activity.Id}/evaluation/responses",
            new { responses = new[] { new { overall = 5 }, new { overall = 4 }, new { overall = 4 }, new { overall = 3 } } })).OkAsync<JsonObject>();

        // An activity the ROCB only attended counts for heads of delegation, not for the share of its own workshops.
        var attended = Workshop("Global conference attended (KPI test)");
        attended["type"] = "conference";
        attended["rocbRole"] = "participated";
        attended["startsOn"] = "2025-04-01";
        attended["endsOn"] = "2025-04-02";
        var other = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/activities", attended)).OkAsync<ActivityDto>(HttpStatusCode.Created);
        await (await api.Client().SendJsonAsync(HttpMethod.Put, $"/api/activities/{other.Id}/participant-counts",
            new { counts = new[] { new { memberId = th, male = 9 } } })).OkAsync<JsonObject>();

        var share = await KpiAsync("3-e", "e1", "2025-06-30");
        Assert.Equal(75.0m, share.Value); // 3 of the 4 whose gender was recorded
        Assert.Equal(KpiStatus.Achieved, share.Status);
        var mean = await KpiAsync("3-h", "h", "2025-06-30");
        Assert.Equal(4.0m, mean.Value);
        Assert.Equal(KpiStatus.Achieved, mean.Status);

        // As of a date before the workshop, it does not count yet.
        Assert.Equal(KpiStatus.NoData, (await KpiAsync("3-h", "h", "2025-03-01")).Status);
    }
}

/// <summary>The seeded FY2018/19 follow-up survey round drives the SAP 2018-2020 survey KPI (its own database: nothing else changes it).</summary>
public sealed class SurveyKpiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Positive_replies_are_what_the_recorded_replies_say_not_the_reports_headline()
    {
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<JsonArray>();
        var id = plans.Single(p => p!["code"]!.GetValue<string>() == "SAP-2018-2020")!["id"]!.GetValue<int>();
        var progress = await (await api.Client().GetAsync($"/api/plans/{id}/progress?asOf=2020-06-30")).OkAsync<PlanProgressDto>();
        var kpi = progress.Pillars.Single(p => p.Number == 3).Kpis.Single(k => k.ActionCode == "i");
        // 62 of the 88 replies that answered the direct-effects question (the report's summary says 86%).
        Assert.Equal(70.5m, kpi.Value);
        Assert.Equal(KpiStatus.Achieved, kpi.Status);
    }
}
