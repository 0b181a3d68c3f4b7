using System.Net;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.NeedsSurveys.NeedsTestData;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>The response tracker and the reminders recorded per Member.</summary>
public sealed class NeedsTrackerTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_tracker_shows_who_has_not_started_is_in_draft_or_submitted_with_progress_and_reminders()
    {
        var members = await MembersAsync(api);
        var cycle = await CycleAsync(api, "Needs T tracker (test)");
        var responses = $"/api/needs-cycles/{cycle.Id}/responses";
        await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Put, $"{responses}/{members["TH"]}", new
        {
            answers = new object[] { new { questionId = cycle.Questions[0].Id, needLevel = 2 }, new { questionId = cycle.Questions[1].Id, needLevel = 0 } },
        })).OkAsync<NeedsResponseDto>();
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"{responses}/{members["ID"]}", new
        {
            answers = cycle.Questions.Where(q => q.Topic is not null)
                .Select(q => new { questionId = q.Id, implementationStatus = "implemented", needLevel = 0 }).ToList(),
        })).OkAsync<NeedsResponseDto>();
        await (await api.As(Roles.Staff).PostAsync($"{responses}/{members["ID"]}/submit", null)).OkAsync<NeedsResponseDto>();

        // Reminders: none named = every Member asked that has not submitted; recorded only, no e-mail configured.
        var result = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle.Id}/reminders",
            new { note = "Called the focal points (test)" })).OkAsync<NeedsRemindersResultDto>();
        Assert.Equal((NeedsReminderChannel.Recorded, false), (result.Channel, result.EmailSent));
        Assert.Contains("no e-mail is configured", result.Message);
        Assert.Equal(["MY", "PH", "TH", "VN"], result.Reminders.Select(r => r.Member.Code));
        Assert.All(result.Reminders, r => Assert.Equal(
            (NeedsReminderChannel.Recorded, RecordNeedsRemindersHandler.NoEmailConfigured, 0), (r.Channel, r.Reason, r.SentTo.Count)));
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/needs-cycles/{cycle.Id}/reminders",
            new { memberIds = new[] { members["VN"] } })).OkAsync<NeedsRemindersResultDto>();

        var tracker = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle.Id}/tracker")).OkAsync<NeedsTrackerDto>();
        Assert.Equal(new NeedsTrackerTotalsDto(5, 3, 1, 1, 20.0m), tracker.Totals);
        var rows = tracker.Rows.ToDictionary(r => r.Member.Code);
        Assert.Equal((NeedsProgress.Draft, 2, 6, false), (rows["TH"].Status, rows["TH"].Answered, rows["TH"].QuestionCount, rows["TH"].EnteredByStaff));
        Assert.Equal((NeedsProgress.Submitted, 5, true), (rows["ID"].Status, rows["ID"].Answered, rows["ID"].EnteredByStaff));
        Assert.NotNull(rows["ID"].SubmittedAt);
        Assert.Equal((NeedsProgress.NotStarted, 0, (DateTimeOffset?)null), (rows["MY"].Status, rows["MY"].Answered, rows["MY"].LastSavedAt));
        Assert.Equal((2, 1, 1, 0), (rows["VN"].Reminders.Count, rows["MY"].Reminders.Count, rows["TH"].Reminders.Count, rows["ID"].Reminders.Count));
        Assert.NotNull(rows["VN"].Reminders.LastAt);
        Assert.Equal(5, await DbAsync(api, db => db.NeedsReminders.CountAsync(r => r.CycleId == cycle.Id && r.Channel == NeedsReminderChannel.Recorded && r.SentTo == null)));
    }

    [Fact]
    public async Task Reminders_only_to_members_asked_while_the_cycle_is_open_and_only_by_staff()
    {
        var members = await MembersAsync(api);
        var cycle = await CycleAsync(api, "Needs T reminders (test)", members: ["TH", "MY"]);
        var url = $"/api/needs-cycles/{cycle.Id}/reminders";
        var before = await FootprintAsync(api, cycle.Id);
        var notAsked = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, url, new { memberIds = new[] { members["TH"], members["VN"] } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(notAsked.FieldErrors("memberIds[1]"));
        await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Post, url, new { })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle.Id}/tracker")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Staff).PostAsync($"/api/needs-cycles/{cycle.Id}/close", null)).OkAsync<NeedsCycleDto>();
        var afterClose = await FootprintAsync(api, cycle.Id);
        Assert.NotEqual(before, afterClose); // the status changed, nothing else
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, url, new { })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(afterClose, await FootprintAsync(api, cycle.Id));
        Assert.Equal(0, await DbAsync(api, db => db.NeedsReminders.CountAsync(r => r.CycleId == cycle.Id)));
        await (await api.As(Roles.Staff).GetAsync("/api/needs-cycles/999999/tracker")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
