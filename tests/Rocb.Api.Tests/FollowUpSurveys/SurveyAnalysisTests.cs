using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Features.FollowUpSurveys;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.FollowUpSurveys.SurveyTestData;

namespace Rocb.Api.Tests.FollowUpSurveys;

/// <summary>The analysis of a small round whose every figure is worked out by hand below.</summary>
public sealed class SurveyAnalysisTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Every_figure_of_a_hand_made_round_is_what_the_replies_say()
    {
        // Workshop 1 (regional): TH and MY beneficiaries, ID a count of its own (plus a count nobody is named in, which does
        // not make anyone a participant), PH and TH named participants: 4 administrations took part.
        await ActivityAsync(api, "Regional workshop", ActivityType.RegionalWorkshop, new(2061, 9, 1), new(2061, 9, 3),
            taking: new(Beneficiaries: ["TH", "MY"], Counted: ["ID"], Named: ["PH", "TH"], UnattributedCount: true));
        // Workshop 2 (sub-regional): VN, LA and KH took part.
        await ActivityAsync(api, "Sub-regional workshop", ActivityType.SubRegionalWorkshop, new(2061, 10, 1), new(2061, 10, 2),
            taking: new(Beneficiaries: ["VN", "LA", "KH"]));
        var round = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/survey-rounds", Round("T-A2061", 2061)))
            .OkAsync<SurveyRoundDto>(HttpStatusCode.Created);
        var (regional, subRegional) = (round.Workshops[0], round.Workshops[1]);
        var members = await MembersAsync(api);

        //            shared reports recs  in-house manuals others  effects efficiency project story
        // 1 TH       yes    yes     no    yes      ?       no      yes     yes        yes     S1
        // 1 MY       yes    no      yes   no       no      ?       no      ?          yes
        // 1 ID       ?      yes     ?     ?        ?       yes     ?       no         ?       S2
        // 2 VN       no     yes     yes   yes      yes     no      yes     yes        no
        // 2 LA       ?      ?       no    no       ?       no      yes     yes        yes     (blank)
        async Task Reply(SurveyWorkshopDto w, string member, bool? shared, bool? reports, bool? recs, bool? inHouse, bool? manuals, bool? others,
            bool? effects, bool? efficiency, bool? project, string? story) =>
            await (await api.As(Roles.Staff).SendJsonAsync(HttpMethod.Post, $"/api/survey-rounds/{round.Id}/replies", new
            {
                workshopId = w.Id, memberId = members[member], sharedMaterials = shared, submittedReports = reports, madeRecommendations = recs,
                heldInHouseWorkshop = inHouse, developedManuals = manuals, otherActions = others,
                otherActionsText = others == true ? "Briefed other agencies (test)" : null, directEffects = effects, efficiencyImproved = efficiency,
                newProject = project, successStory = story,
            })).OkAsync<SurveyReplyDto>(HttpStatusCode.Created);
        await Reply(regional, "TH", true, true, false, true, null, false, true, true, true, "S1 (test)");
        await Reply(regional, "MY", true, false, true, false, false, null, false, null, true, null);
        await Reply(regional, "ID", null, true, null, null, null, true, null, false, null, "S2 (test)");
        await Reply(subRegional, "VN", false, true, true, true, true, false, true, true, false, null);
        await Reply(subRegional, "LA", null, null, false, false, null, false, true, true, true, "   ");

        var analysis = await (await api.As(Roles.Viewer).GetAsync($"/api/survey-rounds/{round.Id}/analysis")).OkAsync<SurveyAnalysisDto>();
        var all = analysis.Overall;

        // Reply rates: 5 of 7; regional 3 of 4; sub-regional 2 of 3.
        Assert.Equal((2, 7, 5, 71.4m), (all.Workshops, all.ParticipatingAdministrations, all.Replies, all.ReplyRatePercent));
        Assert.Equal((1, 4, 3, 75.0m), (analysis.Regional.Workshops, analysis.Regional.ParticipatingAdministrations, analysis.Regional.Replies, analysis.Regional.ReplyRatePercent));
        Assert.Equal((1, 3, 2, 66.7m), (analysis.SubRegional.Workshops, analysis.SubRegional.ParticipatingAdministrations, analysis.SubRegional.Replies, analysis.SubRegional.ReplyRatePercent));
        Assert.Equal([(1, WorkshopScope.Regional, 4, 3, false), (2, WorkshopScope.SubRegional, 3, 2, false)],
            analysis.Workshops.Select(w => (w.Number, w.Scope, w.Figures.ParticipatingAdministrations, w.Figures.Replies, w.ParticipationStated)));

        // Table 2: yes / no / unknown, and the share of the 5 replies and of the known answers.
        Assert.Equal(new AnswerCountsDto(2, 1, 2, 40.0m, 66.7m), all.Actions.SharedMaterials);
        Assert.Equal(new AnswerCountsDto(3, 1, 1, 60.0m, 75.0m), all.Actions.SubmittedReports);
        Assert.Equal(new AnswerCountsDto(2, 2, 1, 40.0m, 50.0m), all.Actions.MadeRecommendations);
        Assert.Equal(new AnswerCountsDto(2, 2, 1, 40.0m, 50.0m), all.Actions.HeldInHouseWorkshop);
        Assert.Equal(new AnswerCountsDto(1, 1, 3, 20.0m, 50.0m), all.Actions.DevelopedManuals);
        Assert.Equal(new AnswerCountsDto(1, 3, 1, 20.0m, 25.0m), all.Actions.OtherActions);
        Assert.Equal(new AnswerCountsDto(2, 1, 0, 66.7m, 66.7m), analysis.Workshops[0].Figures.Actions.SubmittedReports);
        // Tables 3, 5 and 6: unknown is never no.
        Assert.Equal(new AnswerCountsDto(3, 1, 1, 60.0m, 75.0m), all.DirectEffects);
        Assert.Equal(new AnswerCountsDto(3, 1, 1, 60.0m, 75.0m), all.EfficiencyImproved);
        Assert.Equal(new AnswerCountsDto(3, 1, 1, 60.0m, 75.0m), all.NewProject);
        Assert.Equal((1, 1, 1), (analysis.Workshops[0].Figures.DirectEffects.Yes, analysis.Workshops[0].Figures.DirectEffects.No, analysis.Workshops[0].Figures.DirectEffects.Unknown));
        Assert.Equal((2, 0, 0), (analysis.Workshops[1].Figures.DirectEffects.Yes, analysis.Workshops[1].Figures.DirectEffects.No, analysis.Workshops[1].Figures.DirectEffects.Unknown));

        // Table 4: realised direct effects TH, VN, LA. Sharers TH, MY: TH realised (1 of 2). In-house TH, VN: both (2 of 2).
        // Realised and shared and/or in-house: TH, VN (LA's sharing is unknown): 2 of 3.
        Assert.Equal(new DirectEffectsByActionDto(3, 2, 1, 50.0m, 2, 2, 100.0m, 2, 66.7m), all.DirectEffectsByAction);
        // Table 7: new projects TH, MY, LA. Reports TH, ID, VN: TH (1 of 3). Recommendations MY, VN: MY (1 of 2).
        // New project with reports and/or recommendations: TH, MY (LA's are unknown and no): 2 of 3.
        Assert.Equal(new NewProjectsByActionDto(3, 3, 1, 33.3m, 2, 1, 50.0m, 2, 66.7m), all.NewProjectsByAction);
        Assert.Equal(new NewProjectsByActionDto(1, 1, 0, 0.0m, 1, 0, 0.0m, 0, 0.0m), analysis.SubRegional.NewProjectsByAction);

        // Positive replies: 3 of the 4 known answers on direct effects.
        Assert.Equal((3, 4, 75.0m), (analysis.PositiveReplies, analysis.KnownDirectEffects, analysis.PositivePercentOfKnown));
        Assert.Equal(2, analysis.SuccessStoryCount);
        Assert.Equal([("ID", 1, "S2 (test)"), ("TH", 1, "S1 (test)")], analysis.SuccessStories.Select(s => (s.MemberCode!, s.WorkshopNumber, s.Text)));
    }

    [Fact]
    public async Task A_round_without_workshops_has_zeros_and_no_percentages()
    {
        var round = await (await api.Client().SendJsonAsync(HttpMethod.Post, "/api/survey-rounds", Round("T-A2062", 2062)))
            .OkAsync<SurveyRoundDto>(HttpStatusCode.Created);
        var analysis = await (await api.Client().GetAsync($"/api/survey-rounds/{round.Id}/analysis")).OkAsync<SurveyAnalysisDto>();
        Assert.Equal((0, 0, 0, (decimal?)null), (analysis.Overall.Workshops, analysis.Overall.Replies, analysis.Overall.ParticipatingAdministrations, analysis.Overall.ReplyRatePercent));
        Assert.Empty(analysis.Workshops);
        Assert.Null(analysis.PositivePercentOfKnown);
        await (await api.Client().GetAsync("/api/survey-rounds/999999/analysis")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
