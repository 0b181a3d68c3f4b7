using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.FollowUpSurveys.SurveyTestData;

namespace Rocb.Api.Tests.FollowUpSurveys;

/// <summary>Who may reply for whom, only participating administrations, one reply each, and optimistic concurrency.</summary>
public sealed class SurveyReplyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    /// <summary>A round of its own with one workshop in which TH and MY (beneficiaries), ID (a count) and PH (a named participant) took part.</summary>
    private async Task<(SurveyRoundDto Round, SurveyWorkshopDto Workshop, Dictionary<string, int> Members)> Setup(int fiscalYear)
    {
        await ActivityAsync(api, "Regional workshop", ActivityType.RegionalWorkshop, new(fiscalYear, 10, 1), new(fiscalYear, 10, 3),
            taking: new(Beneficiaries: ["TH", "MY"], Counted: ["ID"], Named: ["PH"]));
        var round = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/survey-rounds", Round($"T-R{fiscalYear}", fiscalYear)))
            .OkAsync<SurveyRoundDto>(HttpStatusCode.Created);
        return (round, round.Workshops.Single(), await MembersAsync(api));
    }

    private static object Reply(int workshopId, int memberId, bool? otherActions = null, string? otherActionsText = null,
        bool? directEffects = true, string? directEffectsExample = null) => new
    {
        workshopId, memberId, sharedMaterials = true, submittedReports = true, madeRecommendations = false, heldInHouseWorkshop = (bool?)null,
        developedManuals = false, otherActions, otherActionsText, directEffects, directEffectsExample, efficiencyImproved = true,
        newProject = (bool?)null, successStory = "Placeholder success story (test)", receivedOn = "2020-01-15",
    };

    [Fact]
    public async Task Staff_record_a_reply_of_a_participating_administration()
    {
        var (round, workshop, members) = await Setup(2051);
        var response = await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies",
            Reply(workshop.Id, members["TH"], otherActions: true, otherActionsText: "Briefed the minister (test)", directEffectsExample: "Faster clearance (test)"));
        var reply = await response.OkAsync<SurveyReplyDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/survey-replies/{reply.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal($"\"{reply.Version}\"", response.Headers.ETag?.Tag);
        Assert.Equal(("TH", workshop.Id, round.Id, 1), (reply.MemberCode, reply.WorkshopId, reply.RoundId, reply.WorkshopNumber));
        Assert.Equal((true, false, (bool?)null, (bool?)null), (reply.SharedMaterials, reply.MadeRecommendations, reply.HeldInHouseWorkshop, reply.NewProject));
        Assert.Equal(new DateOnly(2020, 1, 15), reply.ReceivedOn);

        // Taking part is also a participant count of the Member's own or a named participant.
        foreach (var code in new[] { "ID", "PH" })
            await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies", Reply(workshop.Id, members[code])))
                .OkAsync<SurveyReplyDto>(HttpStatusCode.Created);

        var page = await (await api.As(Roles.Staff).GetAsync($"/api/survey-rounds/{round.Id}/replies?workshopId={workshop.Id}")).OkAsync<SurveyReplyPageDto>();
        Assert.Equal(["ID", "PH", "TH"], page.Items.Select(r => r.MemberCode));
        Assert.Equal(3, page.TotalCount);
        var after = await (await api.Client().GetAsync($"/api/survey-rounds/{round.Id}")).OkAsync<SurveyRoundDto>();
        Assert.Equal((4, 3), (after.Workshops.Single().ParticipatingAdministrations, after.Workshops.Single().Replies));
    }

    [Fact]
    public async Task An_administration_that_did_not_take_part_cannot_reply()
    {
        var (round, workshop, members) = await Setup(2052);
        var problem = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies", Reply(workshop.Id, members["VN"])))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("did not take part", problem.FieldErrors("memberId").Single());
        Assert.Equal(0, await RepliesInDatabaseAsync(api, workshop.Id));

        var wrongWorkshop = await (await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies", Reply(999999, members["TH"])))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(wrongWorkshop.FieldErrors("workshopId"));
        await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/survey-rounds/999999/replies", Reply(workshop.Id, members["TH"])))
            .ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_reply_of_the_same_administration_is_a_conflict_naming_the_first_and_writes_nothing()
    {
        var (round, workshop, members) = await Setup(2053);
        var url = $"/api/survey-rounds/{round.Id}/replies";
        var first = await (await api.Client().SendJsonAsync(HttpMethod.Post, url, Reply(workshop.Id, members["MY"]))).OkAsync<SurveyReplyDto>(HttpStatusCode.Created);

        var conflict = await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, url, Reply(workshop.Id, members["MY"], directEffects: false)))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"reply {first.Id}", conflict["detail"]!.GetValue<string>());
        Assert.NotEmpty(conflict.FieldErrors("memberId"));
        Assert.Equal(1, await RepliesInDatabaseAsync(api, workshop.Id));
        var unchanged = (await (await api.Client().GetAsync($"{url}?memberId={members["MY"]}")).OkAsync<SurveyReplyPageDto>()).Items.Single();
        Assert.Equal((first.Id, true), (unchanged.Id, unchanged.DirectEffects));
    }

    [Fact]
    public async Task Answers_that_need_a_text_or_forbid_one_are_checked()
    {
        var (round, workshop, members) = await Setup(2054);
        var url = $"/api/survey-rounds/{round.Id}/replies";
        var noText = await (await api.Client().SendJsonAsync(HttpMethod.Post, url, Reply(workshop.Id, members["TH"], otherActions: true)))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(noText.FieldErrors("otherActionsText"));
        var example = await (await api.Client().SendJsonAsync(HttpMethod.Post, url,
            Reply(workshop.Id, members["TH"], directEffects: null, directEffectsExample: "An example without effects (test)"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(example.FieldErrors("directEffectsExample"));
        Assert.Equal(0, await RepliesInDatabaseAsync(api, workshop.Id));
    }

    [Fact]
    public async Task A_focal_point_replies_and_sees_only_for_its_own_administration()
    {
        var (round, workshop, members) = await Setup(2055);
        var url = $"/api/survey-rounds/{round.Id}/replies";
        var thailand = api.As(Roles.MemberFocalPoint);
        var own = await (await thailand.SendJsonAsync(HttpMethod.Post, url, Reply(workshop.Id, members["TH"]))).OkAsync<SurveyReplyDto>(HttpStatusCode.Created);
        await (await thailand.SendJsonAsync(HttpMethod.Post, url, Reply(workshop.Id, members["MY"]))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await RepliesInDatabaseAsync(api, workshop.Id));

        var malaysia = await (await api.As(TestUsers.FocalPointOfOtherMember).SendJsonAsync(HttpMethod.Post, url, Reply(workshop.Id, members["MY"])))
            .OkAsync<SurveyReplyDto>(HttpStatusCode.Created);
        Assert.Equal([own.Id], (await (await thailand.GetAsync(url)).OkAsync<SurveyReplyPageDto>()).Items.Select(r => r.Id));
        Assert.Empty((await (await thailand.GetAsync($"{url}?memberId={members["MY"]}")).OkAsync<SurveyReplyPageDto>()).Items);
        Assert.Equal(2, (await (await api.As(Roles.Staff).GetAsync(url)).OkAsync<SurveyReplyPageDto>()).TotalCount);

        await (await thailand.SendJsonAsync(HttpMethod.Put, $"/api/survey-replies/{malaysia.Id}", Reply(workshop.Id, members["MY"])))
            .ProblemAsync(HttpStatusCode.NotFound);
        var changed = await (await thailand.SendJsonAsync(HttpMethod.Put, $"/api/survey-replies/{own.Id}", Reply(workshop.Id, members["TH"], directEffects: false)))
            .OkAsync<SurveyReplyDto>();
        Assert.False(changed.DirectEffects);
        await (await api.As(Roles.Viewer).GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_and_changes_nothing()
    {
        var (round, workshop, members) = await Setup(2056);
        var created = await api.Client().SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies", Reply(workshop.Id, members["TH"]));
        var reply = await created.OkAsync<SurveyReplyDto>(HttpStatusCode.Created);
        var etag = created.Headers.ETag!.Tag;

        var updated = await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Put, $"/api/survey-replies/{reply.Id}",
            Reply(workshop.Id, members["TH"], directEffects: false), ifMatch: etag);
        var first = await updated.OkAsync<SurveyReplyDto>();
        Assert.NotEqual(reply.Version, first.Version);
        Assert.Equal($"\"{first.Version}\"", updated.Headers.ETag?.Tag);

        await (await api.As(Roles.MemberFocalPoint).SendJsonAsync(HttpMethod.Put, $"/api/survey-replies/{reply.Id}",
            Reply(workshop.Id, members["TH"], directEffects: null), ifMatch: etag)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var current = (await (await api.Client().GetAsync($"/api/survey-rounds/{round.Id}/replies")).OkAsync<SurveyReplyPageDto>()).Items.Single();
        Assert.Equal((false, first.Version), (current.DirectEffects, current.Version));
        await (await api.Client().SendJsonAsync(HttpMethod.Put, "/api/survey-replies/999999", Reply(workshop.Id, members["TH"])))
            .ProblemAsync(HttpStatusCode.NotFound);
    }
}
