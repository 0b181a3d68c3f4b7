using System.Globalization;
using System.Net;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.NeedsAnalysis;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.NeedsAnalysis;

/// <summary>CSV and XLSX exports read back, and the settings of the proposal rules.</summary>
public sealed class NeedsExportAndSettingsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly NeedsTestData _data = new(api);
    private static int _fiscalYear = 2100;

    /// <summary>TH and MY (SEA) need AEO at 3 and 2; with the default threshold of 3, two national workshops; FJ needs HS at 1 (low).</summary>
    private async Task<int> CycleAsync()
    {
        var fy = Interlocked.Increment(ref _fiscalYear);
        var cycle = await _data.CycleAsync($"Needs survey {fy} (export test)", fy, new DateOnly(fy, 1, 10), ["TH", "MY", "FJ"], ["aeo", "hs"]);
        await _data.ResponseAsync(cycle, "TH", "Submitted", 1, ["aeo"], new TopicAnswer("aeo", 3, "NationalWorkshop", 1));
        await _data.ResponseAsync(cycle, "MY", "Submitted", 1, [], new TopicAnswer("aeo", 2, "ELearning", 2));
        await _data.ResponseAsync(cycle, "FJ", "Submitted", 1, [], new TopicAnswer("hs", 1));
        return cycle;
    }

    private static List<Dictionary<string, string>> ParseCsv(string text)
    {
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        return rows;
    }

    /// <summary>Every sheet of a workbook as rows of cell texts (inline strings and numbers).</summary>
    private static Dictionary<string, List<List<string>>> ReadXlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s =>
            ((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList());
    }

    [Fact]
    public async Task The_analysis_exports_as_csv_in_long_form_and_as_xlsx_one_sheet_per_part()
    {
        var cycle = await CycleAsync();
        var response = await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle}/analysis/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"needs-analysis-{cycle}.csv", response.Content.Headers.ContentDisposition!.ToString());
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal("3", rows.Single(r => r["section"] == "cycle" && r["measure"] == "submittedResponses")["value"]);
        Assert.Equal("5", rows.Single(r => r["section"] == "demand" && r["topic"] == "aeo" && r["subRegion"] == "SEA" && r["measure"] == "weightedNeed")["value"]);
        Assert.Equal("2", rows.Single(r => r["section"] == "demand" && r["topic"] == "aeo" && r["subRegion"] == "SEA" && r["measure"] == "highNeedMembers")["value"]);
        Assert.Equal(2, rows.Count(r => r["section"] == "proposal" && r["measure"] == "national-activity"));
        Assert.Contains(rows, r => r["section"] == "gap" && r["topic"] == "aeo" && r["detail"] == "accredit 1");

        var pi = await _data.SubRegionAsync("PI");
        var pacific = await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle}/analysis/export?format=csv&subRegionId={pi}");
        Assert.Contains($"needs-analysis-{cycle}-sub-region-{pi}.csv", pacific.Content.Headers.ContentDisposition!.ToString());
        Assert.DoesNotContain(ParseCsv(await pacific.Content.ReadAsStringAsync()), r => r["section"] == "demand" && r["subRegion"] == "SEA");

        var xlsx = await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle}/analysis/export?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var sheets = ReadXlsx(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Demand", "Topics", "Members", "High impact", "Supply", "Gaps", "Proposals"], sheets.Keys);
        var demand = sheets["Demand"];
        Assert.Equal(["topic", "topicName", "subRegion", "subRegionName", "members", "weightedNeed", "highNeedMembers"], demand[0]);
        var aeo = demand.Single(r => r[0] == "aeo" && r[2] == "SEA");
        Assert.Equal(["2", "5", "2"], aeo[4..]);
        var proposals = sheets["Proposals"];
        Assert.Equal(4, proposals.Count); // header, two national workshops and the accreditation of AEO experts
        Assert.Contains(proposals, r => r[1] == "national-activity" && r[10].Contains("TH aeo need 3 national-workshop Q1"));
    }

    [Fact]
    public async Task The_draft_work_plan_exports_with_its_evidence()
    {
        var cycle = await CycleAsync();
        var draft = await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle}/work-plan", null)).OkAsync<WorkPlanDraftDto>(HttpStatusCode.Created);

        var csv = await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle}/work-plan/export?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var rows = ParseCsv(await csv.Content.ReadAsStringAsync());
        Assert.Equal(draft.Items.Count, rows.Count);
        var th = rows.Single(r => r["members"] == "TH");
        Assert.Equal(("national-activity", "national-workshop", "aeo", "1", "generated"), (th["kind"], th["activityType"], th["topic"], th["quarter"], th["origin"]));
        Assert.Contains("response", th["evidence"]);

        var xlsx = ReadXlsx(await (await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle}/work-plan/export?format=xlsx")).Content.ReadAsByteArrayAsync());
        Assert.Equal(["Work plan", "Evidence"], xlsx.Keys);
        Assert.Equal(draft.Items.Count + 1, xlsx["Work plan"].Count);
        var evidence = xlsx["Evidence"];
        Assert.Equal(["position", "member", "topic", "needLevel", "preferredDelivery", "preferredQuarter", "cycleId", "responseId", "revision"], evidence[0]);
        Assert.Contains(evidence, r => r[1] == "MY" && r[2] == "aeo" && r[3] == "2" && r[4] == "e-learning" && r[6] == cycle.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Exports_refuse_an_unknown_format_and_an_unknown_cycle()
    {
        var cycle = await CycleAsync();
        var problem = await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/analysis/export?format=pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("format"));
        await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/analysis/export")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await api.Client().GetAsync("/api/needs-cycles/999999/analysis/export?format=csv")).ProblemAsync(HttpStatusCode.NotFound);
        await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/work-plan/export?format=csv")).ProblemAsync(HttpStatusCode.NotFound); // no draft yet
        await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{cycle}/analysis/export?format=csv")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Settings_are_validated_guarded_by_if_match_and_change_the_proposals()
    {
        var admin = api.Client();
        var get = await admin.GetAsync("/api/needs-analysis/settings");
        var settings = await get.OkAsync<NeedsAnalysisSettingsDto>();
        Assert.Equal((3, 2, 3m, 2, 1), (settings.SubRegionalWorkshopThreshold, settings.HighNeedLevel, settings.SupplyShortageRatio, settings.ExpertsPerWorkshop,
            settings.ExpertsPerNationalActivity));
        var etag = get.Headers.ETag!.Tag;

        var bad = await (await admin.SendJsonAsync(HttpMethod.Put, "/api/needs-analysis/settings", new
        {
            subRegionalWorkshopThreshold = 1, highNeedLevel = 4, supplyShortageRatio = 0, expertsPerWorkshop = 21, expertsPerNationalActivity = -1,
        })).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "subRegionalWorkshopThreshold", "highNeedLevel", "supplyShortageRatio", "expertsPerWorkshop", "expertsPerNationalActivity" })
            Assert.NotEmpty(bad.FieldErrors(field));
        Assert.NotEmpty((await (await admin.SendJsonAsync(HttpMethod.Put, "/api/needs-analysis/settings", new
        {
            subRegionalWorkshopThreshold = 3, highNeedLevel = 2, supplyShortageRatio = 1.234m, expertsPerWorkshop = 2, expertsPerNationalActivity = 1,
        })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("supplyShortageRatio"));
        Assert.Equal(3, (await (await admin.GetAsync("/api/needs-analysis/settings")).OkAsync<NeedsAnalysisSettingsDto>()).SubRegionalWorkshopThreshold);

        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, "/api/needs-analysis/settings", new
        {
            subRegionalWorkshopThreshold = 2, highNeedLevel = 2, supplyShortageRatio = 2.5m, expertsPerWorkshop = 3, expertsPerNationalActivity = 1,
        })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Staff).GetAsync("/api/needs-analysis/settings")).ProblemAsync(HttpStatusCode.Forbidden);

        var cycle = await CycleAsync();
        var before = await (await admin.GetAsync($"/api/needs-cycles/{cycle}/analysis")).OkAsync<NeedsAnalysisDto>();
        Assert.Equal(2, before.Proposals.Count(p => p.Kind == Domain.Needs.WorkPlanItemKind.NationalActivity));

        var changed = await (await admin.SendJsonAsync(HttpMethod.Put, "/api/needs-analysis/settings", new
        {
            subRegionalWorkshopThreshold = 2, highNeedLevel = 2, supplyShortageRatio = 2.5m, expertsPerWorkshop = 3, expertsPerNationalActivity = 1,
        }, etag)).OkAsync<NeedsAnalysisSettingsDto>();
        Assert.Equal((2, 2.5m, 3), (changed.SubRegionalWorkshopThreshold, changed.SupplyShortageRatio, changed.ExpertsPerWorkshop));
        await (await admin.SendJsonAsync(HttpMethod.Put, "/api/needs-analysis/settings", new
        {
            subRegionalWorkshopThreshold = 4, highNeedLevel = 2, supplyShortageRatio = 3, expertsPerWorkshop = 2, expertsPerNationalActivity = 1,
        }, etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);

        // Two SEA Members now make a sub-regional workshop asking for three experts.
        var after = await (await admin.GetAsync($"/api/needs-cycles/{cycle}/analysis")).OkAsync<NeedsAnalysisDto>();
        var workshop = Assert.Single(after.Proposals, p => p.Kind == Domain.Needs.WorkPlanItemKind.SubRegionalWorkshop);
        Assert.Equal((3, 2), (workshop.ExpertsNeeded, workshop.MemberIds.Count));
        Assert.Equal(2, after.Settings.SubRegionalWorkshopThreshold);

        // Back to the defaults for the other tests of this class.
        await (await admin.SendJsonAsync(HttpMethod.Put, "/api/needs-analysis/settings", new
        {
            subRegionalWorkshopThreshold = 3, highNeedLevel = 2, supplyShortageRatio = 3, expertsPerWorkshop = 2, expertsPerNationalActivity = 1,
        })).OkAsync<NeedsAnalysisSettingsDto>();
    }
}
