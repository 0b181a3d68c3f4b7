using System.Net;
using System.Text.Json.Nodes;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Plans;
using Rocb.Api.Features.Progress;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Plans;

public sealed class PlanImportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static JsonObject SmallPlan(string code) => JsonNode.Parse($$"""
        {
          "plan": {
            "code": "{{code}}", "kind": "sap", "title": "Test plan (placeholder)", "regionCode": "AP",
            "startsOn": "2024-07-01", "endsOn": "2026-06-30",
            "milestones": [ { "code": "1.1.1-1", "reference": "1.1.1 - 1st milestone", "topicCode": "risk-management" } ],
            "pillars": [ { "number": 1, "title": "Support the implementation of WCO instruments", "actions": [
              { "code": "a", "text": "Assist Members", "milestoneCodes": ["1.1.1-1"], "kpis": [
                { "code": "a", "name": "Number of implementing Members", "kind": "member-coverage", "computedFrom": "milestone-statuses",
                  "milestoneCode": "1.1.1-1", "targetText": "At least 20/35 Members",
                  "target": { "comparator": "at-least", "value": 20, "unit": "members", "denominator": 35, "period": "by-deadline" },
                  "deadline": "2026-06-30" } ] },
              { "code": "b", "text": "Hold workshops", "milestoneCodes": [], "rocbSpecific": true, "kpis": [
                { "code": "b", "name": "Number of workshops", "kind": "frequency", "computedFrom": "activities", "targetText": "At least twice per year",
                  "target": { "comparator": "at-least", "value": 2, "unit": "activities", "period": "per-fiscal-year" } } ] } ] } ]
          }
        }
        """)!.AsObject();

    private async Task<ImportReportDto> Import(JsonObject file, bool dryRun) =>
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/plans/import?dryRun={dryRun.ToString().ToLowerInvariant()}", file))
            .OkAsync<ImportReportDto>();

    [Fact]
    public async Task A_dry_run_reports_every_problem_with_its_place_and_writes_nothing()
    {
        var file = SmallPlan("SAP-BAD-1");
        var kpi = file["plan"]!["pillars"]![0]!["actions"]![0]!["kpis"]![0]!.AsObject();
        kpi["target"]!["denominator"] = 0;
        kpi["deadline"] = "2027-06-30";
        kpi["milestoneCode"] = "9.9.9-9";
        file["plan"]!["pillars"]![0]!["actions"]![1]!["code"] = "a";

        var report = await Import(file, dryRun: true);
        Assert.False(report.Written);
        var paths = report.Problems.Select(p => p.Path).ToList();
        Assert.Contains("plan.pillars[0].actions[0].kpis[0].target.denominator", paths);
        Assert.Contains("plan.pillars[0].actions[0].kpis[0].deadline", paths);
        Assert.Contains("plan.pillars[0].actions[0].kpis[0].milestoneCode", paths);
        Assert.Contains(report.Problems, p => p.Path == "plan.pillars[0].actions" && p.Message.Contains("more than once"));

        // A real import of the same file is refused the same way and also writes nothing.
        Assert.False((await Import(file, dryRun: false)).Written);
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>();
        Assert.DoesNotContain(plans, p => p.Code == "SAP-BAD-1");
    }

    [Fact]
    public async Task A_valid_plan_is_created_and_its_kpis_computed()
    {
        var dry = await Import(SmallPlan("SAP-TEST-1"), dryRun: true);
        Assert.Empty(dry.Problems);
        Assert.False(dry.Written);
        var report = await Import(SmallPlan("SAP-TEST-1"), dryRun: false);
        Assert.True(report.Written);
        Assert.Equal(2, report.Counts["kpis"]);

        var plan = (await (await api.Client().GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>()).Single(p => p.Code == "SAP-TEST-1");
        var progress = await (await api.Client().GetAsync($"/api/plans/{plan.Id}/progress?asOf=2025-01-15")).OkAsync<PlanProgressDto>();
        var kpis = progress.Pillars.Single().Kpis;
        Assert.Equal(0m, kpis.Single(k => k.Code == "b").Value); // no delivered activities
        Assert.Equal("FY2024/25", kpis.Single(k => k.Code == "b").PeriodLabel);
    }

    [Fact]
    public async Task Export_edit_import_round_trips()
    {
        var plans = await (await api.Client().GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>();
        var sap = plans.Single(p => p.Code == "SAP-2024-2026");
        var exported = (await (await api.As(Roles.Staff).GetAsync($"/api/plans/{sap.Id}/export")).Content.ReadAsStringAsync());
        var file = JsonNode.Parse(exported)!.AsObject();
        Assert.Empty((await Import(file, dryRun: true)).Problems);

        var kpi = file["plan"]!["pillars"]![0]!["actions"]![0]!["kpis"]![0]!.AsObject();
        kpi["targetText"] = "At least 30/35 Members (edited)";
        kpi["target"]!["value"] = 30;
        Assert.True((await Import(file, dryRun: false)).Written);

        var again = JsonNode.Parse(await (await api.Client().GetAsync($"/api/plans/{sap.Id}/export")).Content.ReadAsStringAsync())!;
        var edited = again["plan"]!["pillars"]![0]!["actions"]![0]!["kpis"]![0]!;
        Assert.Equal("At least 30/35 Members (edited)", edited["targetText"]!.GetValue<string>());
        Assert.Equal(30m, edited["target"]!["value"]!.GetValue<decimal>());
        // Everything else is unchanged.
        edited.AsObject()["targetText"] = "x"; edited["target"]!.AsObject()["value"] = 0;
        var original = JsonNode.Parse(exported)!["plan"]!["pillars"]![0]!["actions"]![0]!["kpis"]![0]!;
        original.AsObject()["targetText"] = "x"; original["target"]!.AsObject()["value"] = 0;
        Assert.Equal(original.ToJsonString(), edited.ToJsonString());
        Assert.Equal(JsonNode.Parse(exported)!["plan"]!["pillars"]!.AsArray().Count, again["plan"]!["pillars"]!.AsArray().Count);
    }

    [Fact]
    public async Task Status_import_rows_with_unknown_codes_are_reported_by_row()
    {
        var file = new
        {
            statuses = new object[]
            {
                new { memberCode = "TH", planCode = "SAP-2024-2026", milestoneCode = "1.1.1-1", status = "achieved", effectiveOn = "2025-01-01", evidence = "Placeholder (test)" },
                new { memberCode = "ZZ", planCode = "SAP-2024-2026", milestoneCode = "1.1.1-1", status = "achieved", effectiveOn = "2025-01-01", evidence = "x" },
                new { memberCode = "TH", planCode = "SAP-2024-2026", milestoneCode = "9.9.9-9", status = "achieved", effectiveOn = "2099-01-01", evidence = "x" },
            },
        };
        var report = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/milestone-statuses/import", file)).OkAsync<ImportReportDto>();
        Assert.False(report.Written);
        Assert.Contains(report.Problems, p => p.Row == 2 && p.Path == "statuses[1].memberCode");
        Assert.Contains(report.Problems, p => p.Row == 3 && p.Path == "statuses[2].milestoneCode");
        Assert.Contains(report.Problems, p => p.Row == 3 && p.Path == "statuses[2].effectiveOn");
        Assert.DoesNotContain(report.Problems, p => p.Row == 1);
    }

    [Fact]
    public async Task Only_staff_import_plans()
    {
        await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Post, "/api/plans/import?dryRun=true", SmallPlan("SAP-TEST-2")))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Viewer).GetAsync("/api/plans/1/export")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
