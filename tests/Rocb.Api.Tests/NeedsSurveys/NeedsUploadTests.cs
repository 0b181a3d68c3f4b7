using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Spreadsheets;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.NeedsSurveys.NeedsTestData;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>Responses from the survey spreadsheet: CSV and XLSX, dry run with per-row problems, all-or-nothing commit, the template.</summary>
public sealed class NeedsUploadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Header = "member,topic,implementationStatus,needLevel,preferredDelivery,preferredQuarter,nationalPlanLink,remarks,priority,question,customAnswer";

    private static string UploadUrl(NeedsCycleDto cycle, bool dryRun, string? status = null) =>
        $"/api/needs-cycles/{cycle.Id}/responses/upload?dryRun={dryRun.ToString().ToLowerInvariant()}" + (status is null ? "" : $"&status={status}");

    private Task<HttpResponseMessage> PostCsv(string url, string csv, string principal = Roles.Staff) =>
        api.As(principal).PostAsync(url, new StringContent(csv, Encoding.UTF8, "text/csv"));

    private Task<HttpResponseMessage> PostXlsx(string url, byte[] xlsx)
    {
        var content = new ByteArrayContent(xlsx);
        content.Headers.ContentType = new MediaTypeHeaderValue(XlsxReader.ContentType);
        return api.As(Roles.Staff).PostAsync(url, content);
    }

    /// <summary>A complete response of a Member in the default test questionnaire (five topics and a custom question, number 6).</summary>
    private static string Complete(string member, int level, string delivery = "sub-regional-workshop") =>
        string.Join('\n',
            $"{member},rkc,planning,{level},{delivery},2,https://example.test/plan,Test row,1,,",
            $"{member},tfa,partially-implemented,{level},{delivery},Q3,,,2,,",
            $"{member},risk-management,implemented,0,,,,,,,",
            $"{member},aeo,not-started,1,e-learning,,,,3,,",
            $"{member},HS,not-applicable,0,,,,,,,",
            $"{member},,,,,,,,,6,Nothing else (test)");

    [Fact]
    public async Task A_csv_upload_dry_runs_then_commits_every_members_response_as_entered_by_staff()
    {
        var cycle = await CycleAsync(api, "Needs U csv (test)");
        var csv = $"# Invented test data\n{Header}\n{Complete("TH", 3)}\n{Complete("my", 2, "national-workshop")}\n";

        var before = await FootprintAsync(api, cycle.Id);
        var dry = await (await PostCsv(UploadUrl(cycle, true), csv)).OkAsync<NeedsUploadReportDto>();
        Assert.Equal((true, false, 12, 2, 2, 0, NeedsResponseStatus.Submitted), (dry.DryRun, dry.Committed, dry.Rows, dry.Members, dry.ResponsesCreated, dry.ResponsesUpdated, dry.UploadedStatus));
        Assert.Empty(dry.Problems);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        var report = await (await PostCsv(UploadUrl(cycle, false), csv)).OkAsync<NeedsUploadReportDto>();
        Assert.Equal((false, true, 2), (report.DryRun, report.Committed, report.ResponsesCreated));
        var members = await MembersAsync(api);
        var th = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/{members["TH"]}")).OkAsync<NeedsResponseDto>();
        Assert.Equal((NeedsProgress.Submitted, true, 6, 1), (th.Status, th.EnteredByStaff, th.Answered, th.Revision));
        var topics = await TopicsAsync(api);
        Assert.Equal([topics["rkc"], topics["tfa"], topics["aeo"]], th.PriorityTopicIds);
        Assert.Equal((3, PreferredDelivery.SubRegionalWorkshop, 2, "https://example.test/plan"),
            (th.Answers[0].NeedLevel!.Value, th.Answers[0].PreferredDelivery!.Value, th.Answers[0].PreferredQuarter!.Value, th.Answers[0].NationalPlanLink));
        Assert.Equal(3, th.Answers[1].PreferredQuarter);
        Assert.Equal("Nothing else (test)", th.Answers[5].CustomAnswer);

        // Uploading again replaces the Member's answers, keeps submittedAt, and adds a revision.
        var again = await (await PostCsv(UploadUrl(cycle, false), $"{Header}\n{Complete("TH", 1)}")).OkAsync<NeedsUploadReportDto>();
        Assert.Equal((0, 1), (again.ResponsesCreated, again.ResponsesUpdated));
        var replaced = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/{members["TH"]}")).OkAsync<NeedsResponseDto>();
        Assert.Equal((1, 2, th.SubmittedAt), (replaced.Answers[0].NeedLevel!.Value, replaced.Revision, replaced.SubmittedAt));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_a_file_with_one_bad_row_writes_nothing()
    {
        var cycle = await CycleAsync(api, "Needs U problems (test)");
        var csv = string.Join('\n',
            Header,                                               // row 1
            "XX,rkc,planning,2,national-workshop,1,,,,,",         // 2 unknown member
            "TH,no-such-topic,planning,2,national-workshop,1,,,,,", // 3 unknown topic
            "TH,integrity,planning,2,national-workshop,1,,,,,",   // 4 topic not in the questionnaire
            "TH,rkc,planning,7,national-workshop,1,,,,,",         // 5 need level outside the scale
            "TH,tfa,planning,2,national-workshop,5,,,,,",         // 6 quarter outside the scale
            "TH,aeo,half-done,2,by-pigeon,1,,,,,",                // 7 unknown status and delivery
            "JP,rkc,planning,2,national-workshop,1,,,,,",         // 8 Member not asked in the cycle
            "TH,hs,planning,2,national-workshop,1,,,4,,");        // 9 priority outside 1..3
        var before = await FootprintAsync(api, cycle.Id);
        var report = await (await PostCsv(UploadUrl(cycle, false), csv)).OkAsync<NeedsUploadReportDto>();
        Assert.False(report.Committed);
        var problems = report.Problems.Select(p => (p.Row, p.Column)).ToList();
        Assert.Equal([(2, "member"), (3, "topic"), (4, "topic"), (5, "needLevel"), (6, "preferredQuarter"), (7, "implementationStatus"),
            (7, "preferredDelivery"), (8, "member"), (9, "priority")], problems);
        Assert.Contains("Unknown Member code 'XX'", report.Problems[0].Message);
        Assert.Contains("Unknown topic code 'no-such-topic'", report.Problems[1].Message);
        Assert.Contains("not in this cycle's questionnaire", report.Problems[2].Message);
        Assert.Contains("'7' is outside the scale", report.Problems[3].Message);
        Assert.Contains("JP is not asked in this cycle", report.Problems[7].Message);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        // A Member with a bad row is told about that row only, not also that its response is incomplete.
        var oneBadRowOfTh = $"{Header}\n{Complete("TH", 2).Replace("TH,aeo,not-started,1,", "TH,aeo,not-started,9,")}";
        var single = await (await PostCsv(UploadUrl(cycle, true), oneBadRowOfTh)).OkAsync<NeedsUploadReportDto>();
        Assert.Equal((5, "needLevel"), (single.Problems.Single().Row, single.Problems.Single().Column));

        // All or nothing: two good Members and one bad row write nothing.
        var oneBad = $"{Header}\n{Complete("TH", 2)}\n{Complete("MY", 2)}\nPH,rkc,planning,9,national-workshop,1,,,,,";
        var refused = await (await PostCsv(UploadUrl(cycle, false), oneBad)).OkAsync<NeedsUploadReportDto>();
        Assert.False(refused.Committed);
        Assert.Equal((14, "needLevel"), (refused.Problems.Single().Row, refused.Problems.Single().Column));
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));
        Assert.Equal(0, await DbAsync(api, db => db.NeedsResponses.CountAsync(r => r.CycleId == cycle.Id)));
    }

    [Fact]
    public async Task Submitted_uploads_must_be_complete_and_drafts_need_not_be()
    {
        var cycle = await CycleAsync(api, "Needs U draft (test)");
        var partial = $"{Header}\nVN,rkc,planning,3,,,,,,,\nVN,tfa,,,,,,,,,\nVN,aeo,,,,,,,,,";
        var before = await FootprintAsync(api, cycle.Id);
        var refused = await (await PostCsv(UploadUrl(cycle, false), partial)).OkAsync<NeedsUploadReportDto>();
        Assert.All(refused.Problems, p => Assert.Equal(2, p.Row));
        Assert.Contains(refused.Problems, p => p.Message.Contains("not complete") && p.Message.Contains("delivered"));
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        var draft = await (await PostCsv(UploadUrl(cycle, false, "draft"), partial)).OkAsync<NeedsUploadReportDto>();
        Assert.Equal((true, 1, NeedsResponseStatus.Draft), (draft.Committed, draft.Rows, draft.UploadedStatus));
        var vn = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/{(await MembersAsync(api))["VN"]}")).OkAsync<NeedsResponseDto>();
        Assert.Equal((NeedsProgress.Draft, 1, true), (vn.Status, vn.Answered, vn.EnteredByStaff));

        var badStatus = await (await PostCsv(UploadUrl(cycle, true, "final"), partial)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badStatus.FieldErrors("status"));
    }

    [Fact]
    public async Task Uploads_need_an_open_cycle_staff_a_known_header_and_a_spreadsheet()
    {
        var cycle = await CycleAsync(api, "Needs U rules (test)");
        var badHeader = await (await PostCsv(UploadUrl(cycle, true), "member,topik,needLevel\nTH,rkc,2")).OkAsync<NeedsUploadReportDto>();
        Assert.Equal([(1, "topik"), (1, "topic")], badHeader.Problems.Select(p => (p.Row, p.Column)));
        var empty = await (await PostCsv(UploadUrl(cycle, true), "")).OkAsync<NeedsUploadReportDto>();
        Assert.Single(empty.Problems);
        await (await PostCsv(UploadUrl(cycle, true), $"{Header}\n{Complete("TH", 1)}", Roles.MemberFocalPoint)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Staff).PostAsync(UploadUrl(cycle, true), new StringContent("{}", Encoding.UTF8, "application/json")))
            .ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var notXlsx = await (await PostXlsx(UploadUrl(cycle, true), Encoding.UTF8.GetBytes("not a workbook"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(notXlsx.FieldErrors("file"));

        var before = await FootprintAsync(api, cycle.Id);
        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/close", null)).OkAsync<NeedsCycleDto>();
        var closed = await (await PostCsv(UploadUrl(cycle, false), $"{Header}\n{Complete("TH", 1)}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("closed", closed["detail"]!.GetValue<string>());
        Assert.Equal(0, await DbAsync(api, db => db.NeedsResponses.CountAsync(r => r.CycleId == cycle.Id)));
        Assert.NotEqual(before, await FootprintAsync(api, cycle.Id));
    }

    [Fact]
    public async Task The_csv_template_has_the_header_and_a_row_per_member_and_question()
    {
        var cycle = await CycleAsync(api, "Needs U template (test)", members: ["TH", "MY"]);
        var response = await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/template?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(Header, lines[0]);
        Assert.Equal(1 + 2 * 6, lines.Count);
        Assert.Equal("MY,rkc,,,,,,,,,", lines[1]);
        Assert.Equal("MY,,,,,,,,,6,", lines[6]);
        // The template as is holds no answers: nothing to write.
        var unchanged = await (await PostCsv(UploadUrl(cycle, true), string.Join('\n', lines))).OkAsync<NeedsUploadReportDto>();
        Assert.Contains("no answers", unchanged.Problems.Single().Message);
        await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/template?format=pdf")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/template")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Xlsx_round_trip_template_filled_in_and_uploaded()
    {
        var cycle = await CycleAsync(api, "Needs U xlsx (test)", members: ["TH", "PH"]);
        var response = await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/template?format=xlsx");
        Assert.Equal(XlsxReader.ContentType, response.Content.Headers.ContentType?.MediaType);
        var template = await response.Content.ReadAsByteArrayAsync();
        var read = XlsxReader.ReadFirstSheet(template);
        Assert.Equal(Header.Split(','), read[0].Cells);
        Assert.Equal(1 + 2 * 6, read.Count);

        // Fill in PH's rows as a focal point would (row 2 onwards: PH first, then TH).
        var filled = Fill(template, new Dictionary<string, string[]>
        {
            ["PH|rkc"] = ["planning", "3", "sub-regional-workshop", "2", "", "Filled in the workbook (test)", "1"],
            ["PH|tfa"] = ["partially-implemented", "2", "national-workshop", "3", "", "", "2"],
            ["PH|risk-management"] = ["implemented", "0", "", "", "", "", ""],
            ["PH|aeo"] = ["not-started", "1", "e-learning", "", "", "", ""],
            ["PH|hs"] = ["implemented", "0", "", "", "", "", ""],
        });
        var dry = await (await PostXlsx(UploadUrl(cycle, true), filled)).OkAsync<NeedsUploadReportDto>();
        Assert.Empty(dry.Problems);
        Assert.Equal((5, 1), (dry.Rows, dry.Members));
        var report = await (await PostXlsx(UploadUrl(cycle, false), filled)).OkAsync<NeedsUploadReportDto>();
        Assert.True(report.Committed);
        var ph = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/responses/{(await MembersAsync(api))["PH"]}")).OkAsync<NeedsResponseDto>();
        Assert.Equal((NeedsProgress.Submitted, 5, true), (ph.Status, ph.Answered, ph.EnteredByStaff));
        Assert.Equal((3, "Filled in the workbook (test)"), (ph.Answers[0].NeedLevel!.Value, ph.Answers[0].Remarks));
        Assert.Equal(2, ph.PriorityTopicIds.Count);

        // A bad cell in the workbook names its sheet row.
        var bad = Fill(template, new Dictionary<string, string[]> { ["TH|aeo"] = ["planning", "5", "", "", "", "", ""] });
        var problems = await (await PostXlsx(UploadUrl(cycle, true), bad)).OkAsync<NeedsUploadReportDto>();
        Assert.Equal((11, "needLevel"), (problems.Problems.Single().Row, problems.Problems.Single().Column));
    }

    /// <summary>Sets columns implementationStatus..priority (C..I) of the template rows named "member|topic".</summary>
    private static byte[] Fill(byte[] template, Dictionary<string, string[]> values)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().ToList();
                if (!values.TryGetValue($"{cells[0].InnerText}|{cells[1].InnerText}", out var set)) continue;
                for (var i = 0; i < set.Length; i++)
                    if (set[i].Length > 0)
                    {
                        // Numbers as numbers, as Excel stores them.
                        var cell = cells[2 + i];
                        cell.InlineString = null;
                        if (int.TryParse(set[i], out _)) { cell.DataType = CellValues.Number; cell.CellValue = new CellValue(set[i]); }
                        else { cell.DataType = CellValues.InlineString; cell.InlineString = new InlineString(new Text(set[i])); }
                    }
            }
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }
}
