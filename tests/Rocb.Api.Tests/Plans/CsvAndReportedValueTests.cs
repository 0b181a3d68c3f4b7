using System.Net;
using System.Text;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Features.Plans;
using Rocb.Api.Features.Progress;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.Plans;

public sealed class CsvAndReportedValueTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<PlanSummaryDto> Plan(string code) =>
        (await (await api.Client().GetAsync("/api/plans")).OkAsync<List<PlanSummaryDto>>()).Single(p => p.Code == code);

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task A_plan_round_trips_through_csv()
    {
        var sap = await Plan("SAP-2018-2020");
        var response = await api.Client().GetAsync($"/api/plans/{sap.Id}/export.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("Record,PlanCode", csv);

        var dry = await (await api.Client().PostAsync("/api/plans/import.csv?dryRun=true", Csv(csv))).OkAsync<ImportReportDto>();
        Assert.Empty(dry.Problems);
        Assert.Equal(44, dry.Counts["kpis"]);

        // Edit one KPI target in the sheet and import it for real: only that changes.
        var lines = csv.Split('\n').ToList();
        var index = lines.FindIndex(l => l.StartsWith("kpi,") && l.Contains("22/33"));
        lines[index] = lines[index].Replace(",22,", ",23,");
        Assert.True((await (await api.Client().PostAsync("/api/plans/import.csv", Csv(string.Join('\n', lines)))).OkAsync<ImportReportDto>()).Written);
        var again = await (await api.Client().GetAsync($"/api/plans/{sap.Id}/export.csv")).Content.ReadAsStringAsync();
        Assert.Equal(string.Join('\n', lines), again);
    }

    [Fact]
    public async Task Csv_problems_name_the_row()
    {
        var csv = """
            Record,PlanCode,Kind,RegionCode,StartsOn,EndsOn,Pillar,Action,Code,Text,KpiKind,ComputedFrom,TargetText,Comparator,Value,Unit,Denominator,Period,Deadline
            plan,SAP-CSV-1,sap,AP,2024-07-01,2026-06-30,,,,Test plan (placeholder),,,,,,,,,
            pillar,,,,,,1,,,Pillar one,,,,,,,,,
            action,,,,,,1,,a,An action,,,,,,,,,
            kpi,,,,,,1,a,a,A KPI,frequency,activities,twice a year,at-least,2,activities,0,per-fiscal-year,2027-01-01
            kpi,,,,,,1,a,b,Another,frequency,activities,x,at-least,lots,activities,,sometimes,
            """;
        var report = await (await api.Client().PostAsync("/api/plans/import.csv?dryRun=true", Csv(csv))).OkAsync<ImportReportDto>();
        Assert.Contains(report.Problems, p => p.Row == 5 && p.Path == "value");
        Assert.Contains(report.Problems, p => p.Row == 5 && p.Path == "period");

        var fixedRow = csv.Replace("lots,activities,,sometimes", "2,activities,,per-fiscal-year");
        var second = await (await api.Client().PostAsync("/api/plans/import.csv?dryRun=true", Csv(fixedRow))).OkAsync<ImportReportDto>();
        Assert.Contains(second.Problems, p => p.Row == 4 && p.Path.EndsWith("target.denominator"));
        Assert.Contains(second.Problems, p => p.Row == 4 && p.Path.EndsWith("deadline"));
        await (await api.Client().PostAsync("/api/plans/import.csv", new StringContent("{}", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Milestone_statuses_round_trip_through_csv()
    {
        var sap = await Plan("SAP-2018-2020");
        var csv = await (await api.As(Roles.Viewer).GetAsync($"/api/plans/{sap.Id}/milestone-statuses.csv")).Content.ReadAsStringAsync();
        Assert.Contains("seeds/004_", csv);
        var report = await (await api.Client().PostAsync("/api/milestone-statuses/import.csv?dryRun=true", Csv(csv))).OkAsync<ImportReportDto>();
        Assert.Empty(report.Problems);
        Assert.Equal(report.Counts["records"], report.Counts["alreadyRecorded"]); // nothing new: it is what is there
    }

    [Fact]
    public async Task A_reported_value_feeds_its_kpi_and_bad_reports_are_refused()
    {
        var sap = await Plan("SAP-2024-2026");
        var detail = await (await api.Client().GetAsync($"/api/plans/{sap.Id}")).OkAsync<PlanDetailDto>();
        var mra = detail.Pillars.SelectMany(p => p.Actions).SelectMany(a => a.Kpis).First(k => k.ComputedFrom == "mra-records");

        var bad = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/kpis/{mra.Id}/reported-values",
            new { asOf = "2099-01-01", value = -1, evidence = "" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("asOf"));
        Assert.NotEmpty(bad.FieldErrors("value"));
        Assert.NotEmpty(bad.FieldErrors("evidence"));

        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/kpis/{mra.Id}/reported-values",
            new { asOf = "2025-05-01", value = 21, evidence = "Placeholder figure for a test, not a real count" })).OkAsync<KpiReportedValueDto>(HttpStatusCode.Created);
        var progress = await (await api.Client().GetAsync($"/api/kpis/{mra.Id}/progress?asOf=2025-06-30")).OkAsync<KpiDetailDto>();
        Assert.Equal(21m, progress.Progress.Value);
        var earlier = await (await api.Client().GetAsync($"/api/kpis/{mra.Id}/progress?asOf=2025-04-30")).OkAsync<KpiDetailDto>();
        Assert.Equal(KpiStatus.NoData, earlier.Progress.Status);

        var coverage = detail.Pillars.SelectMany(p => p.Actions).SelectMany(a => a.Kpis).First(k => k.Kind == KpiKind.MemberCoverage);
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/kpis/{coverage.Id}/reported-values",
            new { asOf = "2025-05-01", value = 3, evidence = "x" })).ProblemAsync(HttpStatusCode.Conflict);
    }
}
