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
        foreach (var field in new[] { "name", "fiscalYear", "closesOn", "memberIds", "topicIds", "topicIds[2].topicId", "customQuestions[0]" })
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

    [Fact]
    public async Task A_new_cycle_can_start_as_a_copy_of_the_last_one()
    {
        var last = await CycleAsync(api, "Needs survey copy source (test)", members: ["TH", "PH"]);
        var copy = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", new
        {
            name = "Needs survey copy (test)", fiscalYear = 2028, opensOn = "2028-01-05", closesOn = "2028-02-20", copyFromCycleId = last.Id,
        })).OkAsync<NeedsCycleDto>(HttpStatusCode.Created);
        Assert.Equal((NeedsCycleStatus.Draft, (int?)last.Id, 2028, new DateOnly(2028, 1, 5)), (copy.Status, copy.CopiedFromCycleId, copy.FiscalYear, copy.OpensOn));
        Assert.Equal(last.Coordinators, copy.Coordinators);
        Assert.Equal(last.Members.Select(m => m.Id), copy.Members.Select(m => m.Id));
        Assert.Equal(last.Questions.Select(q => (q.Position, q.Kind, q.Topic?.Id, q.Text)), copy.Questions.Select(q => (q.Position, q.Kind, q.Topic?.Id, q.Text)));
        Assert.Empty(copy.Questions.Select(q => q.Id).Intersect(last.Questions.Select(q => q.Id)));

        var mixed = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", new
        {
            name = "Needs survey copy mixed (test)", fiscalYear = 2028, opensOn = "2028-01-05", closesOn = "2028-02-20", copyFromCycleId = last.Id,
            topicIds = new[] { (await TopicsAsync(api))["rkc"] },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(mixed.FieldErrors("copyFromCycleId"));
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", new
        {
            name = "Needs survey copy missing (test)", fiscalYear = 2028, opensOn = "2028-01-05", closesOn = "2028-02-20", copyFromCycleId = 999999,
        })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Updating_a_cycle_needs_the_current_version_and_keeps_members_that_answered()
    {
        var members = await MembersAsync(api);
        var cycle = await CycleAsync(api, "Needs survey update (test)", members: ["TH", "MY"]);
        object Body(params string[] codes) => new
        {
            name = "Needs survey update renamed (test)", fiscalYear = 2027, opensOn = cycle.OpensOn, closesOn = cycle.ClosesOn.AddDays(7),
            memberIds = codes.Select(c => members[c]).ToArray(), coordinators = new[] { "ROCB A/P" },
        };
        var response = await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}", Body("TH", "MY", "VN"), $"\"{cycle.Version}\"");
        var updated = await response.OkAsync<NeedsCycleDto>();
        Assert.Equal(("Needs survey update renamed (test)", cycle.ClosesOn.AddDays(7)), (updated.Name, updated.ClosesOn));
        Assert.Equal(["MY", "TH", "VN"], updated.Members.Select(m => m.Code));
        Assert.Equal(["ROCB A/P"], updated.Coordinators);
        Assert.NotEqual(cycle.Version, updated.Version);

        var before = await FootprintAsync(api, cycle.Id);
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}", Body("TH"), $"\"{cycle.Version}\""))
            .ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        // MY has answered: it cannot be taken out.
        await (await api.As(TestUsers.FocalPointOfOtherMember).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}/responses/{members["MY"]}",
            new { answers = new[] { new { questionId = cycle.Questions[0].Id, needLevel = 2 } } })).OkAsync<NeedsResponseDto>();
        before = await FootprintAsync(api, cycle.Id);
        var conflict = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}", Body("TH"), $"\"{updated.Version}\""))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("MY already answered", conflict["detail"]!.GetValue<string>());
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        var bad = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}", new
        {
            name = "x", fiscalYear = 2027, opensOn = "2027-03-01", closesOn = "2027-02-01",
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("closesOn"));
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));
    }

    [Fact]
    public async Task The_questionnaire_editor_replaces_the_questions_until_a_member_answers()
    {
        var topics = await TopicsAsync(api);
        var cycle = await CycleAsync(api, "Needs survey editor (test)", open: false);
        var edited = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}/questions", new
        {
            questions = new object[]
            {
                new { topicId = topics["integrity"] },
                new { text = "Which languages should training be in? (test)" },
                new { topicId = topics["rkc"], text = "Revised Kyoto Convention: accession and implementation (test)" },
            },
        }, $"\"{cycle.Version}\"")).OkAsync<NeedsCycleDto>();
        Assert.Equal([(1, "integrity"), (2, (string?)null), (3, "rkc")], edited.Questions.Select(q => (q.Position, q.Topic?.Code)));
        Assert.Equal("Revised Kyoto Convention: accession and implementation (test)", edited.Questions[2].Text);
        Assert.NotEqual(cycle.Version, edited.Version);

        var before = await FootprintAsync(api, cycle.Id);
        var bad = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}/questions", new
        {
            questions = new object[] { new { topicId = topics["rkc"] }, new { topicId = topics["rkc"] }, new { text = "" }, new { topicId = 999999 } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("questions"));
        Assert.NotEmpty(bad.FieldErrors("questions[2].text"));
        Assert.NotEmpty(bad.FieldErrors("questions[3].topicId"));
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/open", null)).OkAsync<NeedsCycleDto>();
        await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}/responses/{(await MembersAsync(api))["TH"]}",
            new { answers = new[] { new { questionId = edited.Questions[0].Id, needLevel = 1 } } })).OkAsync<NeedsResponseDto>();
        before = await FootprintAsync(api, cycle.Id);
        var locked = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}/questions",
            new { questions = new[] { new { topicId = topics["tfa"] } } })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already answered", locked["detail"]!.GetValue<string>());
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));
    }

    [Fact]
    public async Task Open_and_close_follow_draft_open_closed()
    {
        var empty = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/needs-cycles", new
        {
            name = "Needs survey empty (test)", fiscalYear = 2027, opensOn = "2027-01-01", closesOn = "2027-02-01", memberIds = new[] { (await MembersAsync(api))["TH"] },
        })).OkAsync<NeedsCycleDto>(HttpStatusCode.Created);
        Assert.Contains("no topic question", (await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{empty.Id}/open", null))
            .ProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>());
        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{empty.Id}/close", null)).ProblemAsync(HttpStatusCode.Conflict);

        var cycle = await CycleAsync(api, "Needs survey lifecycle (test)", open: false);
        var opened = await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/open", null)).OkAsync<NeedsCycleDto>();
        Assert.Equal((NeedsCycleStatus.Open, true), (opened.Status, opened.Window.AcceptingAnswers));
        Assert.Equal(NeedsCycleStatus.Open, (await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/open", null)).OkAsync<NeedsCycleDto>()).Status);
        var closed = await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/close", null)).OkAsync<NeedsCycleDto>();
        Assert.Equal((NeedsCycleStatus.Closed, false), (closed.Status, closed.Window.AcceptingAnswers));
        Assert.Equal(NeedsCycleStatus.Closed, (await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/close", null)).OkAsync<NeedsCycleDto>()).Status);
        var before = await FootprintAsync(api, cycle.Id);
        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/open", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/needs-cycles/{cycle.Id}", new
        {
            name = "Needs survey lifecycle renamed (test)", fiscalYear = 2027, opensOn = cycle.OpensOn, closesOn = cycle.ClosesOn,
        })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        await (await api.As(Roles.MemberFocalPoint).PostAsync($"/api/needs-cycles/{cycle.Id}/close", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Viewer).PostAsync("/api/needs-cycles", null)).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
