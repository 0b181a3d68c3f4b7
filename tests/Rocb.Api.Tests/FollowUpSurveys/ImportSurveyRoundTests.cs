using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Features.Plans;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.FollowUpSurveys;

/// <summary>Importing a round: problems by row on a dry run, all or nothing, and a second import changes nothing.</summary>
public sealed class ImportSurveyRoundTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static object Workshop(int number, string key, string type = "regional-workshop", string scope = "regional", string[]? topics = null,
        string[]? participating = null) => new
    {
        number, key, title = $"Workshop {key} (test)", type, surveyScope = scope, month = "2071-09", topicCodes = topics ?? ["ipr"],
        hostMemberCode = (string?)null, venue = (string?)null, participatingAdministrations = 12, participatingMemberCodes = participating ?? ["KH"],
        source = "test",
    };

    private static object Reply(string workshopKey, string? memberCode, bool? effects = true, string? label = null) => new
    {
        workshopKey, memberCode, respondentLabel = label,
        actions = new { shareMaterials = true, submitReports = false, makeRecommendations = (bool?)null, inHouseWorkshop = false, operationalManuals = (bool?)null, others = (bool?)null },
        othersText = (string?)null, directEffects = effects, directEffectsExample = (string?)null, efficiencyImproved = true, newProject = (bool?)null,
        successStory = (string?)null, source = "test",
    };

    private static object File(string code, object[] workshops, object[] replies) => new
    {
        description = "A placeholder round (test)",
        round = new { code, title = $"Round {code} (test)", fiscalYear = "FY2071/72", publication = "Test report", publishedOn = "2073-01", source = "test" },
        workshops, replies,
        publishedTables = new { table1 = new { rows = Array.Empty<object>() } },
    };

    private async Task<ImportReportDto> Import(object file, bool dryRun) =>
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/import?dryRun={dryRun.ToString().ToLowerInvariant()}", file))
            .OkAsync<ImportReportDto>();

    [Fact]
    public async Task A_dry_run_reports_each_rows_problems_and_writes_nothing()
    {
        var file = File("T-IMP-BAD",
            [Workshop(1, "t71-a", topics: ["no-such-topic"]), Workshop(2, "t71-b", type: "accreditation-workshop"), Workshop(3, "t71-c", scope: "national")],
            [Reply("t71-a", "TH"), Reply("t71-a", "TH"), Reply("t71-a", "XX"), Reply("t71-z", "MY"), Reply("t71-a", null)]);
        var report = await Import(file, dryRun: true);
        Assert.False(report.Written);
        var paths = report.Problems.Select(p => p.Path).ToList();
        Assert.Contains("workshops[0].topicCodes", paths);
        Assert.Contains("workshops[1].type", paths);
        Assert.Contains("workshops[2].surveyScope", paths);
        Assert.Contains(report.Problems, p => p is { Path: "replies[1].memberCode", Row: 2 } && p.Message.Contains("second reply"));
        Assert.Contains(report.Problems, p => p.Path == "replies[2].memberCode" && p.Message.Contains("Unknown Member 'XX'"));
        Assert.Contains("replies[3].workshopKey", paths);
        Assert.Contains("replies[4].memberCode", paths);

        // Not a dry run: still nothing written while there are problems.
        Assert.False((await Import(file, dryRun: false)).Written);
        var rounds = await (await api.Client().GetAsync("/api/survey-rounds?pageSize=200")).OkAsync<SurveyRoundPageDto>();
        Assert.DoesNotContain(rounds.Items, r => r.Code == "T-IMP-BAD");

        var empty = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/survey-rounds/import?dryRun=true", new { }))
            .OkAsync<ImportReportDto>();
        Assert.Contains(empty.Problems, p => p.Path == "round");
    }

    [Fact]
    public async Task An_import_creates_activities_round_workshops_and_replies_once()
    {
        var file = File("T-IMP-OK",
            [Workshop(1, "t71-ok-1", participating: ["KH", "LA"]), Workshop(2, "t71-ok-2", type: "sub-regional-workshop", scope: "sub-regional")],
            [Reply("t71-ok-1", "TH"), Reply("t71-ok-1", "MY", effects: false), Reply("t71-ok-1", null, effects: null, label: "Unnamed respondent (test)"),
             Reply("t71-ok-2", "VN")]);

        var dry = await Import(file, dryRun: true);
        Assert.Empty(dry.Problems);
        Assert.Equal((1, 2, 2, 4), (dry.Counts["roundsCreated"], dry.Counts["activitiesCreated"], dry.Counts["workshopsCreated"], dry.Counts["repliesCreated"]));
        var rounds = await (await api.Client().GetAsync("/api/survey-rounds?pageSize=200")).OkAsync<SurveyRoundPageDto>();
        Assert.DoesNotContain(rounds.Items, r => r.Code == "T-IMP-OK");

        var written = await Import(file, dryRun: false);
        Assert.True(written.Written);
        rounds = await (await api.Client().GetAsync("/api/survey-rounds?pageSize=200")).OkAsync<SurveyRoundPageDto>();
        var summary = rounds.Items.Single(r => r.Code == "T-IMP-OK");
        Assert.Equal((2071, 2, 24, 4), (summary.FiscalYear, summary.Workshops, summary.ParticipatingAdministrations, summary.Replies));
        var round = await (await api.Client().GetAsync($"/api/survey-rounds/{summary.Id}")).OkAsync<SurveyRoundDto>();
        var first = round.Workshops[0];
        Assert.Equal((ActivityType.RegionalWorkshop, WorkshopScope.Regional, new DateOnly(2071, 9, 1), new DateOnly(2071, 9, 30), new DateOnly(2072, 3, 30)),
            (first.ActivityType, first.Scope, first.StartsOn, first.EndsOn, first.SendOn));
        Assert.Equal(WorkshopScope.SubRegional, round.Workshops[1].Scope);

        // The replying and participating administrations are the activity's beneficiaries, so they count as having taken part.
        var members = await SurveyTestData.MembersAsync(api);
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies",
            new { workshopId = first.Id, memberId = members["TH"] })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("memberId"));
        await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies",
            new { workshopId = first.Id, memberId = members["LA"] })).OkAsync<SurveyReplyDto>(HttpStatusCode.Created);

        var again = await Import(file, dryRun: false);
        Assert.Equal((0, 0, 0, 0, 4), (again.Counts["roundsCreated"], again.Counts["activitiesCreated"], again.Counts["workshopsCreated"],
            again.Counts["repliesCreated"], again.Counts["repliesAlreadyRecorded"]));
        var replies = await (await api.Client().GetAsync($"/api/survey-rounds/{round.Id}/replies")).OkAsync<SurveyReplyPageDto>();
        Assert.Equal(5, replies.TotalCount);
    }
}
