using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.FollowUpSurveys.SurveyTestData;

namespace Rocb.Api.Tests.FollowUpSurveys;

/// <summary>Opening rounds, which workshops they take in, adding and removing workshops, contacts and what is due.</summary>
public sealed class SurveyRoundTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private async Task<SurveyRoundDto> Create(string code, int fiscalYear, int window = 21) =>
        await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, "/api/survey-rounds", Round(code, fiscalYear, window)))
            .OkAsync<SurveyRoundDto>(HttpStatusCode.Created);

    [Fact]
    public async Task A_new_round_takes_in_the_years_delivered_regional_and_sub_regional_workshops_the_rocb_organised()
    {
        // FY2041/42 = 1 July 2041 - 30 June 2042.
        var regional = await ActivityAsync(api, "Regional workshop", ActivityType.RegionalWorkshop, new(2041, 9, 10), new(2041, 9, 12));
        var subRegional = await ActivityAsync(api, "Sub-regional workshop", ActivityType.SubRegionalWorkshop, new(2041, 7, 1), new(2041, 7, 3),
            role: RocbInvolvement.CoOrganised);
        var lastDay = await ActivityAsync(api, "Regional workshop on the last day", ActivityType.RegionalWorkshop, new(2042, 6, 30));
        await ActivityAsync(api, "Accreditation workshop", ActivityType.AccreditationWorkshop, new(2041, 10, 1), new(2041, 10, 5));
        await ActivityAsync(api, "National workshop", ActivityType.NationalWorkshop, new(2041, 10, 1));
        await ActivityAsync(api, "Planned regional workshop", ActivityType.RegionalWorkshop, new(2041, 11, 1), status: ActivityStatus.Planned);
        await ActivityAsync(api, "Cancelled regional workshop", ActivityType.RegionalWorkshop, new(2041, 11, 1), status: ActivityStatus.Cancelled);
        await ActivityAsync(api, "WCO workshop the ROCB attended", ActivityType.RegionalWorkshop, new(2041, 11, 1), role: RocbInvolvement.Participated);
        await ActivityAsync(api, "Regional workshop of the year before", ActivityType.RegionalWorkshop, new(2041, 6, 30));
        await ActivityAsync(api, "Regional workshop of the year after", ActivityType.RegionalWorkshop, new(2042, 7, 1));

        var round = await Create("T-2041", 2041, window: 14);

        Assert.Equal("FY2041/42", round.FiscalYearLabel);
        Assert.Equal([subRegional, regional, lastDay], round.Workshops.Select(w => w.ActivityId));
        Assert.Equal([1, 2, 3], round.Workshops.Select(w => w.Number));
        Assert.Equal([WorkshopScope.SubRegional, WorkshopScope.Regional, WorkshopScope.Regional], round.Workshops.Select(w => w.Scope));
        // Six months after the workshop ended (or started, when the end is not known); replies due after the window.
        Assert.Equal([new DateOnly(2042, 1, 3), new DateOnly(2042, 3, 12), new DateOnly(2042, 12, 30)], round.Workshops.Select(w => w.SendOn));
        Assert.All(round.Workshops, w => Assert.Equal(w.SendOn.AddDays(14), w.DueOn));
        Assert.All(round.Workshops, w => Assert.Equal(SurveyWorkshopState.Scheduled, w.State));

        var fetched = await api.As(Roles.Viewer).GetAsync($"/api/survey-rounds/{round.Id}");
        Assert.Equal($"\"{round.Version}\"", fetched.Headers.ETag?.Tag);
        Assert.Equal(3, (await fetched.OkAsync<SurveyRoundDto>()).Workshops.Count);
    }

    [Fact]
    public async Task Round_codes_are_unique_and_the_fields_are_checked()
    {
        await Create("T-DUP", 2043);
        var duplicate = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/survey-rounds", Round("T-DUP", 2044)))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(duplicate.FieldErrors("code"));

        var invalid = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/survey-rounds",
            new { code = "", title = "x", fiscalYear = 2044, replyWindowDays = 0 })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(invalid.FieldErrors("code"));
        Assert.NotEmpty(invalid.FieldErrors("replyWindowDays"));
        await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Post, "/api/survey-rounds", Round("T-FP", 2044)))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Staff_add_other_activities_of_the_year_and_remove_workshops_without_replies()
    {
        var workshop = await ActivityAsync(api, "Regional workshop", ActivityType.RegionalWorkshop, new(2045, 8, 1), new(2045, 8, 3),
            taking: new(Beneficiaries: ["TH"]));
        var round = await Create("T-2045", 2045);
        var seminar = await ActivityAsync(api, "Regional seminar", ActivityType.Seminar, new(2045, 10, 4), new(2045, 10, 5));
        var accreditation = await ActivityAsync(api, "Accreditation workshop", ActivityType.AccreditationWorkshop, new(2045, 11, 1));
        var otherYear = await ActivityAsync(api, "Seminar of another year", ActivityType.Seminar, new(2046, 11, 1));
        var staff = api.As(Roles.Staff);

        var added = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/workshops",
            new { activityId = seminar, scope = "regional" })).OkAsync<SurveyWorkshopDto>(HttpStatusCode.Created);
        Assert.Equal((2, WorkshopScope.Regional, new DateOnly(2046, 4, 5), new DateOnly(2046, 4, 26)), (added.Number, added.Scope, added.SendOn, added.DueOn));
        var chosen = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/workshops",
            new { activityId = await ActivityAsync(api, "Sub-regional seminar", ActivityType.Seminar, new(2045, 12, 1)), scope = "sub-regional", sendOn = "2046-05-02" }))
            .OkAsync<SurveyWorkshopDto>(HttpStatusCode.Created);
        Assert.Equal((3, WorkshopScope.SubRegional, new DateOnly(2046, 5, 2)), (chosen.Number, chosen.Scope, chosen.SendOn));

        var refused = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/workshops",
            new { activityId = accreditation, scope = "regional" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Accreditation", refused.FieldErrors("activityId").Single());
        var outside = await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/workshops",
            new { activityId = otherYear, scope = "regional" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("FY2045/46", outside.FieldErrors("activityId").Single());
        await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/workshops", new { activityId = seminar, scope = "regional" }))
            .ProblemAsync(HttpStatusCode.Conflict);
        await (await staff.SendJsonAsync(HttpMethod.Post, "/api/survey-rounds/999999/workshops", new { activityId = seminar, scope = "regional" }))
            .ProblemAsync(HttpStatusCode.NotFound);

        // A workshop with a reply stays; one without goes, and the later ones move up.
        var first = round.Workshops.Single(w => w.ActivityId == workshop);
        await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies",
            new { workshopId = first.Id, memberId = (await MembersAsync(api))["TH"], sharedMaterials = true })).OkAsync<SurveyReplyDto>(HttpStatusCode.Created);
        await (await staff.DeleteAsync($"/api/survey-rounds/{round.Id}/workshops/{first.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        var removed = await staff.DeleteAsync($"/api/survey-rounds/{round.Id}/workshops/{added.Id}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        var after = await (await staff.GetAsync($"/api/survey-rounds/{round.Id}")).OkAsync<SurveyRoundDto>();
        Assert.Equal([(first.Id, 1), (chosen.Id, 2)], after.Workshops.Select(w => (w.Id, w.Number)));
        await (await staff.DeleteAsync($"/api/survey-rounds/{round.Id}/workshops/{added.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Contacts_move_a_workshop_through_its_states()
    {
        // An old fiscal year: the questionnaires were due to go out long ago.
        await ActivityAsync(api, "Regional workshop", ActivityType.RegionalWorkshop, new(2005, 9, 1), new(2005, 9, 2));
        var round = await Create("T-2005", 2005);
        var w = round.Workshops.Single();
        Assert.Equal(SurveyWorkshopState.ToSend, w.State);
        var staff = api.As(Roles.Staff);
        var url = $"/api/survey-rounds/{round.Id}/workshops/{w.Id}/contacts";
        Task<HttpResponseMessage> Contact(string kind, DateOnly on) => staff.SendJsonAsync(HttpMethod.Post, url, new { kind, on });

        var early = await (await Contact("reminder", Today)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(early.FieldErrors("kind"));
        await (await Contact("feedback", Today)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty((await (await Contact("sent", Today.AddDays(1))).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));

        // Sending starts the reply window: due 21 days after the date sent.
        var sent = await (await Contact("sent", Today.AddDays(-3))).OkAsync<SurveyWorkshopDto>();
        Assert.Equal((SurveyWorkshopState.AwaitingReplies, Today.AddDays(-3), Today.AddDays(18)), (sent.State, sent.SentOn, sent.DueOn));
        var beforeSent = await (await Contact("reminder", Today.AddDays(-4))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(beforeSent.FieldErrors("on"));

        var lastWeek = await (await Contact("sent", Today.AddDays(-16))).OkAsync<SurveyWorkshopDto>();
        Assert.Equal((SurveyWorkshopState.ReminderDue, Today.AddDays(5)), (lastWeek.State, lastWeek.DueOn));
        var reminded = await (await Contact("reminder", Today.AddDays(-1))).OkAsync<SurveyWorkshopDto>();
        Assert.Equal((SurveyWorkshopState.AwaitingReplies, Today.AddDays(-1)), (reminded.State, reminded.RemindedOn));
        // The sending cannot move after the reminder.
        await (await Contact("sent", Today)).ProblemAsync(HttpStatusCode.BadRequest);

        var past = await (await Contact("sent", Today.AddDays(-30))).OkAsync<SurveyWorkshopDto>();
        Assert.Equal(SurveyWorkshopState.OverdueFeedback, past.State);
        var closed = await (await Contact("feedback", Today)).OkAsync<SurveyWorkshopDto>();
        Assert.Equal((SurveyWorkshopState.Closed, Today), (closed.State, closed.FeedbackSentOn));
        Assert.Equal(SurveyWorkshopState.Closed, (await (await staff.GetAsync($"/api/survey-rounds/{round.Id}")).OkAsync<SurveyRoundDto>()).Workshops.Single().State);

        await (await api.As(Roles.Viewer).SendJsonAsync(HttpMethod.Post, url, new { kind = "feedback", on = Today })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/workshops/999999/contacts", new { kind = "sent", on = Today }))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_due_list_shows_what_to_send_remind_and_feed_back_on_a_date()
    {
        // Four workshops of FY2006/07, each asked six months after it ended.
        await ActivityAsync(api, "Workshop A", ActivityType.RegionalWorkshop, new(2006, 7, 10)); // send 2007-01-10
        await ActivityAsync(api, "Workshop B", ActivityType.RegionalWorkshop, new(2006, 8, 10)); // send 2007-02-10
        await ActivityAsync(api, "Workshop C", ActivityType.SubRegionalWorkshop, new(2006, 9, 10)); // send 2007-03-10
        await ActivityAsync(api, "Workshop D", ActivityType.RegionalWorkshop, new(2007, 6, 10)); // send 2007-12-10
        var round = await Create("T-2006", 2006);
        var (a, b, c, d) = (round.Workshops[0], round.Workshops[1], round.Workshops[2], round.Workshops[3]);
        var staff = api.As(Roles.Staff);
        async Task Contact(SurveyWorkshopDto w, string kind, string on) =>
            await (await staff.SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/workshops/{w.Id}/contacts", new { kind, on }))
                .OkAsync<SurveyWorkshopDto>();
        await Contact(a, "sent", "2007-01-10");   // due 2007-01-31: feedback due after it
        await Contact(b, "sent", "2007-02-10");   // due 2007-03-03: reminder due from 2007-02-24
        await Contact(c, "sent", "2007-03-01");   // due 2007-03-22: still awaiting replies on 2007-03-05
        await Contact(c, "reminder", "2007-03-15");

        async Task<List<DueSurveyWorkDto>> Due(string asOf) =>
            (await (await api.As(Roles.Viewer).GetAsync($"/api/survey-rounds/due?asOf={asOf}")).OkAsync<List<DueSurveyWorkDto>>())
            .Where(x => x.RoundId == round.Id).ToList();

        var march = await Due("2007-02-26");
        Assert.Equal([(a.Id, SurveyTask.SendFeedback, new DateOnly(2007, 2, 1)), (b.Id, SurveyTask.Remind, new DateOnly(2007, 2, 24))],
            march.Select(x => (x.WorkshopId, x.Task, x.DueSince)));
        Assert.Equal(SurveyWorkshopState.ReminderDue, march[1].State);
        Assert.Equal("T-2006", march[0].RoundCode);

        var later = await Due("2007-12-10");
        Assert.Equal([(a.Id, SurveyTask.SendFeedback), (b.Id, SurveyTask.SendFeedback), (c.Id, SurveyTask.SendFeedback), (d.Id, SurveyTask.Send)],
            later.Select(x => (x.WorkshopId, x.Task)));

        await Contact(b, "reminder", "2007-02-27");
        await Contact(a, "feedback", "2007-02-28");
        Assert.Empty(await Due("2007-02-28"));
        await (await api.Client().GetAsync("/api/survey-rounds/due?asOf=1800-01-01")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Rounds_are_listed_newest_fiscal_year_first_with_their_counts()
    {
        await ActivityAsync(api, "Counted workshop", ActivityType.RegionalWorkshop, new(2047, 9, 1),
            taking: new(Beneficiaries: ["TH", "MY"], Counted: ["ID"], UnattributedCount: true));
        var round = await Create("T-2047", 2047);
        var page = await (await api.As(Roles.Expert).GetAsync("/api/survey-rounds?pageSize=200")).OkAsync<SurveyRoundPageDto>();
        Assert.Equal(page.Items.OrderByDescending(r => r.FiscalYear).Select(r => r.Id), page.Items.Select(r => r.Id));
        var listed = page.Items.Single(r => r.Id == round.Id);
        Assert.Equal((1, 3, 0, 0.0m), (listed.Workshops, listed.ParticipatingAdministrations, listed.Replies, listed.ReplyRatePercent));
        Assert.Contains(page.Items, r => r.Code == "FUS-2019");
        await (await api.Client().GetAsync("/api/survey-rounds?pageSize=0")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await api.Client().GetAsync("/api/survey-rounds/999999")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
