using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.NeedsSurveys;
using Rocb.Api.Persistence.Seed;
using Rocb.Api.Tests.Infrastructure;
using static Rocb.Api.Tests.NeedsSurveys.NeedsTestData;

namespace Rocb.Api.Tests.NeedsSurveys;

/// <summary>The seeded example cycle: labelled as invented example data, loaded through the upload, closed, plausible answers.</summary>
public sealed class SeededExampleCycleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_example_cycle_is_labelled_closed_and_answered_by_most_but_not_all_members()
    {
        var page = await (await api.As(Roles.Viewer).GetAsync("/api/needs-cycles?pageSize=200")).OkAsync<NeedsCyclePageDto>();
        var row = Assert.Single(page.Items, c => c.IsExample);
        Assert.Equal((NeedsExampleSeed.Name, 2026, "FY2026/27", NeedsCycleStatus.Closed), (row.Name, row.FiscalYear, row.FiscalYearLabel, row.Status));
        Assert.Contains("EXAMPLE DATA", row.Name);

        var cycle = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{row.Id}")).OkAsync<NeedsCycleDto>();
        Assert.Equal(20, cycle.Questions.Count);
        Assert.Equal(18, cycle.Questions.Count(q => q.Kind == NeedsQuestionKind.Topic));
        var allMembers = await DbAsync(api, db => db.Members.CountAsync());
        Assert.Equal(allMembers, cycle.Members.Count);

        var tracker = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{row.Id}/tracker")).OkAsync<NeedsTrackerDto>();
        Assert.Equal(29, tracker.Totals.Submitted);
        Assert.True(tracker.Totals.NotStarted is > 0 and < 10, "most, but not all, Members answered");
        Assert.All(tracker.Rows.Where(r => r.Status == NeedsProgress.Submitted), r => Assert.True(r.EnteredByStaff));

        // Uploaded responses have their history like any other, and each Member's priorities are topics of the questionnaire.
        var th = (await MembersAsync(api))["TH"];
        var response = await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{row.Id}/responses/{th}")).OkAsync<NeedsResponseDto>();
        Assert.Equal(NeedsProgress.Submitted, response.Status);
        Assert.InRange(response.PriorityTopicIds.Count, 1, 3);
        Assert.All(response.PriorityTopicIds, id => Assert.Contains(cycle.Questions, q => q.Topic?.Id == id));
        Assert.Single(await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{row.Id}/responses/{th}/revisions"))
            .OkAsync<List<NeedsResponseRevisionDto>>());
    }

    [Fact]
    public async Task The_example_answers_vary_and_several_members_of_one_sub_region_share_a_high_need()
    {
        var cycleId = await DbAsync(api, db => db.NeedsCycles.Where(c => c.IsExample).Select(c => c.Id).SingleAsync());
        var answers = await DbAsync(api, db => db.NeedsAnswers.AsNoTracking()
            .Where(a => db.NeedsResponses.Any(r => r.Id == a.ResponseId && r.CycleId == cycleId) && a.NeedLevel != null)
            .Select(a => new
            {
                a.NeedLevel,
                SubRegion = db.NeedsResponses.Where(r => r.Id == a.ResponseId).Select(r => db.Members.Where(m => m.Id == r.MemberId).Select(m => m.SubRegion.Code).First()).First(),
                Topic = db.NeedsQuestions.Where(q => q.Id == a.QuestionId).Select(q => q.Topic!.Code).First(),
            }).ToListAsync());
        Assert.Equal([0, 1, 2, 3], answers.Select(a => a.NeedLevel!.Value).Distinct().Order());
        var shared = answers.Where(a => a.NeedLevel >= 2).GroupBy(a => (a.SubRegion, a.Topic)).Where(g => g.Count() >= 4).Select(g => g.Key).ToList();
        Assert.Contains(("SEA", "e-commerce"), shared);
        Assert.Contains(("PI", "valuation"), shared);
        Assert.Contains(("SA", "single-window"), shared);
        // Levels are spread, not all high.
        Assert.True(answers.Count(a => a.NeedLevel == 3) < answers.Count / 3);
    }

    [Fact]
    public async Task Seeding_again_leaves_the_example_cycle_alone()
    {
        await using (var scope = api.Factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync();
        Assert.Equal(1, await DbAsync(api, db => db.NeedsCycles.CountAsync(c => c.IsExample)));
    }
}
