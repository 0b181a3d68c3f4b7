using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.NeedsSurveys.NeedsTestData;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>The focal-point form: drafts, progress, submit, amend, history, scope rules and bad input (nothing half-written).</summary>
public sealed class NeedsResponseTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static string Url(NeedsCycleDto cycle, int memberId) => $"/api/needs-cycles/{cycle.Id}/responses/{memberId}";

    /// <summary>A full answer to every topic question (level 2, a delivery) and the custom question, with two priorities.</summary>
    private static object Complete(NeedsCycleDto cycle, int needLevel = 2) => new
    {
        answers = cycle.Questions.Select(q => q.Kind == NeedsQuestionKind.Topic
            ? (object)new { questionId = q.Id, implementationStatus = "planning", needLevel, preferredDelivery = "national-workshop", preferredQuarter = 2,
                nationalPlanLink = "https://example.test/plan", remarks = "Test remark" }
            : new { questionId = q.Id, customAnswer = "Nothing else (test)" }).ToList(),
        priorityTopicIds = cycle.Questions.Where(q => q.Topic is not null).Take(2).Select(q => q.Topic!.Id).ToList(),
    };

    [Fact]
    public async Task A_focal_point_saves_a_partial_draft_in_several_sittings_and_sees_its_progress()
    {
        var cycle = await CycleAsync(api, "Needs R draft (test)");
        var th = (await MembersAsync(api))["TH"];
        var focal = api.As(Roles.MemberFocalPoint);

        var start = await (await focal.GetAsync(Url(cycle, th))).OkAsync<NeedsResponseDto>();
        Assert.Equal((NeedsProgress.NotStarted, (int?)null, 0, 6, 0), (start.Status, start.Id, start.Answered, start.QuestionCount, start.Revision));
        Assert.True(start.Window.AcceptingAnswers);

        var first = await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new
        {
            answers = new object[] { new { questionId = cycle.Questions[0].Id, needLevel = 3 } },
        });
        var draft = await first.OkAsync<NeedsResponseDto>();
        Assert.Equal("\"1\"", first.Headers.ETag?.Tag);
        Assert.Equal((NeedsProgress.Draft, 1, 1, false), (draft.Status, draft.Answered, draft.Revision, draft.EnteredByStaff));

        // A second sitting sends the whole form again, with more answers, guarded by the revision.
        var second = await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new
        {
            answers = new object[]
            {
                new { questionId = cycle.Questions[0].Id, needLevel = 3, implementationStatus = "not-started" },
                new { questionId = cycle.Questions[1].Id, needLevel = 1, preferredQuarter = 4 },
                new { questionId = cycle.Questions[5].Id, customAnswer = "More e-learning (test)" },
            },
            priorityTopicIds = new[] { cycle.Questions[0].Topic!.Id },
        }, ifMatch: "\"1\"")).OkAsync<NeedsResponseDto>();
        Assert.Equal((3, 2, NeedsProgress.Draft), (second.Answered, second.Revision, second.Status));
        Assert.Equal([cycle.Questions[0].Id, cycle.Questions[1].Id, cycle.Questions[5].Id], second.Answers.Select(a => a.QuestionId));
        Assert.Equal((ImplementationStatus?)ImplementationStatus.NotStarted, second.Answers[0].ImplementationStatus);

        // A stale revision is refused and writes nothing.
        var before = await FootprintAsync(api, cycle.Id);
        await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new { answers = Array.Empty<object>() }, ifMatch: "\"1\""))
            .ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        var list = await (await focal.GetAsync("/api/needs-cycles?pageSize=200")).OkAsync<NeedsCyclePageDto>();
        Assert.Equal((NeedsProgress?)NeedsProgress.Draft, list.Items.Single(c => c.Id == cycle.Id).OwnResponse);
    }

    [Fact]
    public async Task A_focal_point_cannot_see_or_answer_for_another_member_and_a_viewer_cannot_answer()
    {
        var cycle = await CycleAsync(api, "Needs R scope (test)");
        var members = await MembersAsync(api);
        var my = members["MY"];
        await (await api.As(TestUsers.FocalPointOfOtherMember).SendJsonAsync(HttpMethod.Put, Url(cycle, my), Complete(cycle))).OkAsync<NeedsResponseDto>();
        var before = await FootprintAsync(api, cycle.Id);

        var thFocal = api.As(Roles.MemberFocalPoint);
        await (await thFocal.GetAsync(Url(cycle, my))).ProblemAsync(HttpStatusCode.NotFound);
        await (await thFocal.GetAsync($"{Url(cycle, my)}/revisions")).ProblemAsync(HttpStatusCode.NotFound);
        await (await thFocal.SendJsonAsync(HttpMethod.Put, Url(cycle, my), Complete(cycle))).ProblemAsync(HttpStatusCode.NotFound);
        await (await thFocal.PostAsync($"{Url(cycle, my)}/submit", null)).ProblemAsync(HttpStatusCode.NotFound);
        // A Member not asked in the cycle has no response to see.
        await (await api.As(Roles.Staff).GetAsync(Url(cycle, members["JP"]))).ProblemAsync(HttpStatusCode.NotFound);

        await (await api.As(Roles.Viewer).SendJsonAsync(HttpMethod.Put, Url(cycle, my), Complete(cycle))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Viewer).PostAsync($"{Url(cycle, my)}/submit", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Expert).GetAsync(Url(cycle, my))).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        // The viewer reads (needs:read), the Member's own focal point too.
        var read = await (await api.As(Roles.Viewer).GetAsync(Url(cycle, my))).OkAsync<NeedsResponseDto>();
        Assert.Equal("MY", read.Member.Code);
    }

    [Fact]
    public async Task Staff_answer_on_a_members_behalf_marked_as_entered_by_staff()
    {
        var cycle = await CycleAsync(api, "Needs R staff (test)");
        var id = (await MembersAsync(api))["ID"];
        var saved = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, Url(cycle, id), Complete(cycle))).OkAsync<NeedsResponseDto>();
        Assert.True(saved.EnteredByStaff);
        var submitted = await (await api.As(Roles.Staff).PostAsync($"{Url(cycle, id)}/submit", null)).OkAsync<NeedsResponseDto>();
        Assert.Equal((NeedsProgress.Submitted, true), (submitted.Status, submitted.EnteredByStaff));
        var revisions = await (await api.As(Roles.Staff).GetAsync($"{Url(cycle, id)}/revisions")).OkAsync<List<NeedsResponseRevisionDto>>();
        Assert.All(revisions, r => Assert.True(r.EnteredByStaff));
        Assert.All(revisions, r => Assert.NotNull(r.SavedByName));

        // The response and its answers are in the audit log; the revisions are the history already and are not copied there.
        var audited = await DbAsync(api, db => db.AuditEntries.Where(e => e.Entity.StartsWith("Needs")).Select(e => e.Entity).Distinct().ToListAsync());
        Assert.Contains("NeedsResponse", audited);
        Assert.Contains("NeedsAnswer", audited);
        Assert.DoesNotContain("NeedsResponseRevision", audited);
    }

    [Fact]
    public async Task Submit_checks_completeness_then_is_idempotent_and_amendments_keep_the_history()
    {
        var cycle = await CycleAsync(api, "Needs R submit (test)");
        var th = (await MembersAsync(api))["TH"];
        var focal = api.As(Roles.MemberFocalPoint);
        var url = Url(cycle, th);

        // Nothing saved yet.
        Assert.NotEmpty((await (await focal.PostAsync($"{url}/submit", null)).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("answers"));

        // A draft missing a need level, a delivery and four questions: each named, nothing written.
        await (await focal.SendJsonAsync(HttpMethod.Put, url, new
        {
            answers = new object[]
            {
                new { questionId = cycle.Questions[0].Id, implementationStatus = "planning" },
                new { questionId = cycle.Questions[1].Id, implementationStatus = "planning", needLevel = 2 },
            },
        })).OkAsync<NeedsResponseDto>();
        var before = await FootprintAsync(api, cycle.Id);
        var incomplete = await (await focal.PostAsync($"{url}/submit", null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(incomplete.FieldErrors("answers[0].needLevel"));
        Assert.NotEmpty(incomplete.FieldErrors("answers[1].preferredDelivery"));
        Assert.Equal(3, incomplete.FieldErrors("answers").Length);
        Assert.NotEmpty(incomplete.FieldErrors("priorityTopicIds"));
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        await (await focal.SendJsonAsync(HttpMethod.Put, url, Complete(cycle))).OkAsync<NeedsResponseDto>();
        var submitted = await (await focal.PostAsync($"{url}/submit", null)).OkAsync<NeedsResponseDto>();
        Assert.Equal((NeedsProgress.Submitted, 6, 3), (submitted.Status, submitted.Answered, submitted.Revision));
        Assert.NotNull(submitted.SubmittedAt);

        // Submitting twice: 200, the same submittedAt, nothing written.
        var afterSubmit = await FootprintAsync(api, cycle.Id);
        var again = await (await focal.PostAsync($"{url}/submit", null)).OkAsync<NeedsResponseDto>();
        Assert.Equal((submitted.SubmittedAt, submitted.Revision, NeedsProgress.Submitted), (again.SubmittedAt, again.Revision, again.Status));
        Assert.Equal(afterSubmit, await FootprintAsync(api, cycle.Id));

        // Amending a submitted response: stays submitted, same submittedAt, new revision; it must stay complete.
        var amended = await (await focal.SendJsonAsync(HttpMethod.Put, url, Complete(cycle, needLevel: 3))).OkAsync<NeedsResponseDto>();
        Assert.Equal((NeedsProgress.Submitted, submitted.SubmittedAt, 4), (amended.Status, amended.SubmittedAt, amended.Revision));
        Assert.All(amended.Answers.Where(a => a.CustomAnswer is null), a => Assert.Equal(3, a.NeedLevel));
        var beforeBadAmend = await FootprintAsync(api, cycle.Id);
        var badAmend = await (await focal.SendJsonAsync(HttpMethod.Put, url, new { answers = new object[] { new { questionId = cycle.Questions[0].Id, needLevel = 1 } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badAmend.FieldErrors("answers"));
        Assert.Equal(beforeBadAmend, await FootprintAsync(api, cycle.Id));

        // The history: every save, newest first, each with the response as saved.
        var revisions = await (await focal.GetAsync($"{url}/revisions")).OkAsync<List<NeedsResponseRevisionDto>>();
        Assert.Equal([4, 3, 2, 1], revisions.Select(r => r.Revision));
        Assert.Equal([NeedsResponseStatus.Submitted, NeedsResponseStatus.Submitted, NeedsResponseStatus.Draft, NeedsResponseStatus.Draft],
            revisions.Select(r => r.Status));
        Assert.All(revisions, r => Assert.False(r.EnteredByStaff));
        Assert.Equal(2, revisions[3].Snapshot.GetProperty("answers").GetArrayLength());
        Assert.Equal(3, revisions[0].Snapshot.GetProperty("answers")[0].GetProperty("needLevel").GetInt32());
        Assert.Equal(2, revisions[1].Snapshot.GetProperty("answers")[0].GetProperty("needLevel").GetInt32());
        Assert.Equal("submitted", revisions[0].Snapshot.GetProperty("status").GetString());
        var stored = await DbAsync(api, db => db.NeedsResponseRevisions.CountAsync(r => r.ResponseId == submitted.Id));
        Assert.Equal(4, stored);
    }

    [Fact]
    public async Task Need_levels_and_quarters_outside_the_scale_are_refused_with_the_field_path_and_write_nothing()
    {
        var cycle = await CycleAsync(api, "Needs R scale (test)");
        var th = (await MembersAsync(api))["TH"];
        var focal = api.As(Roles.MemberFocalPoint);
        await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new { answers = new object[] { new { questionId = cycle.Questions[0].Id, needLevel = 1 } } }))
            .OkAsync<NeedsResponseDto>();
        var before = await FootprintAsync(api, cycle.Id);

        var answers = cycle.Questions.Take(5).Select(q => new { questionId = q.Id, needLevel = (int?)2, preferredQuarter = (int?)1 }).ToArray();
        answers[3] = answers[3] with { needLevel = 4 };
        answers[1] = answers[1] with { preferredQuarter = 5 };
        answers[2] = answers[2] with { needLevel = -1, preferredQuarter = 0 };
        var problem = await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new { answers })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("0 (none)", problem.FieldErrors("answers[3].needLevel").Single());
        Assert.Contains("1 (Jul–Sep)", problem.FieldErrors("answers[1].preferredQuarter").Single());
        Assert.NotEmpty(problem.FieldErrors("answers[2].needLevel"));
        Assert.NotEmpty(problem.FieldErrors("answers[2].preferredQuarter"));
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));

        // Priorities: at most three, different, each a topic of the questionnaire; answers to questions of the cycle only.
        var topics = await TopicsAsync(api);
        var priorities = await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new
        {
            answers = new object[] { new { questionId = 999999, needLevel = 1 } },
            priorityTopicIds = new[] { topics["integrity"] },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(priorities.FieldErrors("answers[0].questionId"));
        Assert.Contains("topic of the questionnaire", priorities.FieldErrors("priorityTopicIds[0]").Single());
        var four = await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new
        {
            priorityTopicIds = new[] { topics["rkc"], topics["tfa"], topics["rkc"], topics["aeo"] },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(2, four.FieldErrors("priorityTopicIds").Length);
        var custom = await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new
        {
            answers = new object[] { new { questionId = cycle.Questions[5].Id, needLevel = 2 }, new { questionId = cycle.Questions[0].Id, customAnswer = "x" } },
        })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(custom.FieldErrors("answers[0]"));
        Assert.NotEmpty(custom.FieldErrors("answers[1].customAnswer"));
        // Values outside the lists (and numbers as text) do not even bind: 400.
        await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new { answers = new[] { new { questionId = cycle.Questions[0].Id, implementationStatus = "half-done" } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), new { answers = new[] { new { questionId = cycle.Questions[0].Id, needLevel = "3" } } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));
    }

    [Fact]
    public async Task Answering_outside_the_window_is_a_conflict_saying_when_it_opens_or_closed_and_writes_nothing()
    {
        var th = (await MembersAsync(api))["TH"];
        var focal = api.As(Roles.MemberFocalPoint);
        var opensOn = Today.AddDays(5);
        var future = await CycleAsync(api, "Needs R future (test)", opensOn: opensOn, closesOn: Today.AddDays(30));
        var early = await (await focal.SendJsonAsync(HttpMethod.Put, Url(future, th), Complete(future))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"opens for answers on {opensOn:d MMMM yyyy}", early["detail"]!.GetValue<string>());
        Assert.False((await (await focal.GetAsync(Url(future, th))).OkAsync<NeedsResponseDto>()).Window.AcceptingAnswers);

        var closesOn = Today.AddDays(-2);
        var past = await CycleAsync(api, "Needs R past (test)", opensOn: Today.AddDays(-30), closesOn: closesOn);
        var late = await (await focal.SendJsonAsync(HttpMethod.Put, Url(past, th), Complete(past))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"closed for answers on {closesOn:d MMMM yyyy}", late["detail"]!.GetValue<string>());

        // Closed by Staff: no more amendments, and submit refused — but a submitted response stays submitted (idempotent replay).
        var cycle = await CycleAsync(api, "Needs R closed (test)");
        var my = (await MembersAsync(api))["MY"];
        await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), Complete(cycle))).OkAsync<NeedsResponseDto>();
        var submitted = await (await focal.PostAsync($"{Url(cycle, th)}/submit", null)).OkAsync<NeedsResponseDto>();
        await (await api.As(TestUsers.FocalPointOfOtherMember).SendJsonAsync(HttpMethod.Put, Url(cycle, my), Complete(cycle))).OkAsync<NeedsResponseDto>();
        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/close", null)).OkAsync<NeedsCycleDto>();
        var before = await FootprintAsync(api, cycle.Id);
        var amend = await (await focal.SendJsonAsync(HttpMethod.Put, Url(cycle, th), Complete(cycle, 1))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("closed", amend["detail"]!.GetValue<string>());
        await (await api.As(TestUsers.FocalPointOfOtherMember).PostAsync($"{Url(cycle, my)}/submit", null)).ProblemAsync(HttpStatusCode.Conflict);
        var replay = await (await focal.PostAsync($"{Url(cycle, th)}/submit", null)).OkAsync<NeedsResponseDto>();
        Assert.Equal(submitted.SubmittedAt, replay.SubmittedAt);
        Assert.Equal(before, await FootprintAsync(api, cycle.Id));
        foreach (var dto in new[] { future, past })
            Assert.Equal(0, await DbAsync(api, db => db.NeedsResponses.CountAsync(r => r.CycleId == dto.Id)));
    }
}
