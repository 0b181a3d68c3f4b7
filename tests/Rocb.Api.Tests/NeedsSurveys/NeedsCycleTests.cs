using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.NeedsSurveys.NeedsTestData;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>Creating, copying, changing, opening and closing cycles, and who sees them.</summary>
public sealed class NeedsCycleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Staff_create_a_draft_cycle_with_its_questionnaire_members_and_coordinators()
    {
        var topics = await TopicsAsync(api);
        var cycle = await CycleAsync(api, "Needs survey C1 (test)", open: false);
        Assert.Equal((NeedsCycleStatus.Draft, 2027, "FY2027/28", false), (cycle.Status, cycle.FiscalYear, cycle.FiscalYearLabel, cycle.IsExample));
        Assert.Equal(["Japan Customs (regional coordinator)", "ROCB A/P"], cycle.Coordinators);
        Assert.Equal(["ID", "MY", "PH", "TH", "VN"], cycle.Members.Select(m => m.Code));
        Assert.Equal(6, cycle.Questions.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6], cycle.Questions.Select(q => q.Position));
        Assert.Equal(QuestionTopics.Select(c => (int?)topics[c]), cycle.Questions.Take(5).Select(q => q.Topic?.Id));
        Assert.All(cycle.Questions.Take(5), q => Assert.Equal(q.Topic!.Name, q.Text));
        Assert.Equal((NeedsQuestionKind.Custom, null), (cycle.Questions[5].Kind, cycle.Questions[5].Topic));
        Assert.False(cycle.Window.AcceptingAnswers);
        Assert.Contains("not been opened", cycle.Window.Message);

        var read = await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle.Id}");
        Assert.Equal($"\"{cycle.Version}\"", read.Headers.ETag?.Tag);
        Assert.Equal(cycle.Name, (await read.OkAsync<NeedsCycleDto>()).Name);
    }

    [Fact]
    public async Task Omitting_the_members_asks_every_current_member_of_the_region()
    {
        var members = await MembersAsync(api);
        var cycle = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", new
        {
            name = "Needs survey all (test)", fiscalYear = 2028, opensOn = "2028-01-10", closesOn = "2028-02-28",
            topicIds = new[] { (await TopicsAsync(api))["rkc"] },
        })).OkAsync<NeedsCycleDto>(HttpStatusCode.Created);
        var current = await DbAsync(api, db => Task.FromResult(db.Members.Count(m => m.LeftOn == null || m.LeftOn > new DateOnly(2028, 1, 10))));
        Assert.Equal(current, cycle.Members.Count);
        Assert.True(cycle.Members.Count >= 30, "the region has over thirty Members");
        Assert.Contains(cycle.Members, m => m.Id == members["TH"]);
    }

    [Fact]
    public async Task Bad_cycles_are_refused_with_the_field_and_write_nothing()
    {
        var topics = await TopicsAsync(api);
        var before = await DbAsync(api, db => Task.FromResult(db.NeedsCycles.Count()));
        var problem = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", new
        {
            name = "", fiscalYear = 27, opensOn = "2027-02-01", closesOn = "2027-01-01", memberIds = new[] { 999999 },
            topicIds = new[] { topics["rkc"], topics["rkc"], 999999 }, customQuestions = new[] { " " },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "name", "fiscalYear", "closesOn", "memberIds", "topicIds" })
            Assert.NotEmpty(problem.FieldErrors(field));
        Assert.Equal(before, await DbAsync(api, db => Task.FromResult(db.NeedsCycles.Count())));

        await CycleAsync(api, "Needs survey dup (test)", open: false);
        var duplicate = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", new
        {
            name = "Needs survey dup (test)", fiscalYear = 2027, opensOn = "2027-01-01", closesOn = "2027-02-01",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("already has this name", duplicate.FieldErrors("name").Single());
    }

    [Fact]
    public async Task A_focal_point_sees_only_cycles_its_member_is_asked_in_once_they_are_no_longer_drafts()
    {
        var asked = await CycleAsync(api, "Needs survey FP asked (test)", members: ["TH", "ID"]);
        var notAsked = await CycleAsync(api, "Needs survey FP not asked (test)", members: ["MY", "ID"]);
        var draft = await CycleAsync(api, "Needs survey FP draft (test)", open: false, members: ["TH"]);

        var page = await (await api.As(Roles.MemberFocalPoint).GetAsync("/api/needs-cycles?pageSize=200")).OkAsync<NeedsCyclePageDto>();
        Assert.Contains(page.Items, c => c.Id == asked.Id);
        Assert.DoesNotContain(page.Items, c => c.Id == notAsked.Id || c.Id == draft.Id);
        var row = page.Items.Single(c => c.Id == asked.Id);
        Assert.Equal((NeedsProgress?)NeedsProgress.NotStarted, row.OwnResponse);

        var own = await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{asked.Id}")).OkAsync<NeedsCycleDto>();
        Assert.Equal(["TH"], own.Members.Select(m => m.Code));
        await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{notAsked.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{draft.Id}")).ProblemAsync(HttpStatusCode.NotFound);

        var staff = await (await api.As(Roles.Staff).GetAsync("/api/needs-cycles?pageSize=200")).OkAsync<NeedsCyclePageDto>();
        Assert.Contains(staff.Items, c => c.Id == draft.Id);
        Assert.All(staff.Items, c => Assert.Null(c.OwnResponse));
    }
}
