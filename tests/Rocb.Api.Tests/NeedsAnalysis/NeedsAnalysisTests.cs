using System.Net;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Features.NeedsAnalysis;
using Rocb.Api.Tests.Infrastructure;

namespace Rocb.Api.Tests.NeedsAnalysis;

/// <summary>The analysis of a small hand-made cycle whose every figure is worked out by hand below.</summary>
public sealed class NeedsAnalysisTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly NeedsTestData _data = new(api);

    /// <summary>
    /// Previous cycle (FY2026): TH RM 2, MY RM 1, FJ AEO 3 (all submitted).
    /// Current cycle (FY2027, opens 2027-01-10), topics risk-management (RM), aeo, hs:
    ///   TH (SEA) RM 3 expert-mission Q2, AEO 1, HS 0; priorities RM, AEO; revision 3
    ///   MY (SEA) RM 2 national-workshop Q2, AEO 2 Q1
    ///   ID (SEA) RM 3 sub-regional-workshop Q3
    ///   VN (SEA) RM 3 — a draft: not counted
    ///   FJ (PI)  AEO 3 expert-mission Q4, HS 2
    /// A plan in force (2026-07 … 2029-06) has an RM milestone: TH in progress, MY achieved, ID none approved (a submitted
    /// "achieved" that is not approved does not count). Experts: E1 (TH; en, th; RM) accredited open-ended; E2 (WCO; RM)
    /// accredited until 2027-06-30, the day before the FY starts; E3 (FJ; AEO) a candidate.
    /// </summary>
    private async Task<(int Previous, int Current, NeedsTestData.PlanIds Plan)> ScenarioAsync()
    {
        var prev = await _data.CycleAsync("Needs survey 2026 (analysis test)", 2026, new DateOnly(2026, 1, 12), ["TH", "MY", "FJ"], ["risk-management", "aeo"]);
        await _data.ResponseAsync(prev, "TH", "Submitted", 1, [], new TopicAnswer("risk-management", 2));
        await _data.ResponseAsync(prev, "MY", "Submitted", 1, [], new TopicAnswer("risk-management", 1));
        await _data.ResponseAsync(prev, "FJ", "Submitted", 1, [], new TopicAnswer("aeo", 3));

        var cycle = await _data.CycleAsync("Needs survey 2027 (analysis test)", 2027, new DateOnly(2027, 1, 10), ["TH", "MY", "ID", "VN", "FJ", "PG"],
            ["risk-management", "aeo", "hs"]);
        await _data.ResponseAsync(cycle, "TH", "Submitted", 3, ["risk-management", "aeo"],
            new TopicAnswer("risk-management", 3, "ExpertMission", 2), new TopicAnswer("aeo", 1), new TopicAnswer("hs", 0));
        await _data.ResponseAsync(cycle, "MY", "Submitted", 1, [],
            new TopicAnswer("risk-management", 2, "NationalWorkshop", 2), new TopicAnswer("aeo", 2, null, 1));
        await _data.ResponseAsync(cycle, "ID", "Submitted", 1, [], new TopicAnswer("risk-management", 3, "SubRegionalWorkshop", 3));
        await _data.ResponseAsync(cycle, "VN", "Draft", 1, [], new TopicAnswer("risk-management", 3));
        await _data.ResponseAsync(cycle, "FJ", "Submitted", 2, ["aeo"], new TopicAnswer("aeo", 3, "ExpertMission", 4), new TopicAnswer("hs", 2));

        var plan = await _data.PlanAsync("SAP-NA-2026", new DateOnly(2026, 7, 1), new DateOnly(2029, 6, 30), "risk-management");
        await _data.StatusAsync("TH", plan.MilestoneId, "InProgress", new DateOnly(2026, 9, 1));
        await _data.StatusAsync("MY", plan.MilestoneId, "InProgress", new DateOnly(2026, 8, 1));
        await _data.StatusAsync("MY", plan.MilestoneId, "Achieved", new DateOnly(2026, 12, 1));
        await _data.StatusAsync("ID", plan.MilestoneId, "Achieved", new DateOnly(2026, 12, 1), state: "Submitted");
        // Approved after the cycle opened: not yet known when the Members answered.
        await _data.StatusAsync("TH", plan.MilestoneId, "Achieved", new DateOnly(2027, 3, 1));

        await _data.ExpertAsync("Expert One", "TH", ["en", "th"], ["risk-management"], "Accredited", new DateOnly(2020, 1, 1), null);
        await _data.ExpertAsync("Expert Two", null, ["en", "fr"], ["risk-management"], "Accredited", new DateOnly(2020, 1, 1), new DateOnly(2027, 6, 30));
        await _data.ExpertAsync("Expert Three", "FJ", ["en"], ["aeo"], "Candidate", null, null);
        return (prev, cycle, plan);
    }

    [Fact]
    public async Task Every_part_of_the_analysis_is_what_the_submitted_answers_say()
    {
        var (prev, cycle, plan) = await ScenarioAsync();
        var a = await (await api.As(Roles.Viewer).GetAsync($"/api/needs-cycles/{cycle}/analysis")).OkAsync<NeedsAnalysisDto>();

        Assert.Equal(prev, a.PreviousCycle!.Id);
        Assert.Equal("FY2027/28", a.Cycle.FiscalYearLabel);
        Assert.Equal(new NeedsRespondentsDto(6, 4), a.Respondents); // six asked, four submitted (VN's draft and PG's silence do not count)
        Assert.Contains("Submitted responses only", a.Basis);

        // Demand by topic × sub-region: Members with need ≥ 1, sum of levels, Members with need ≥ 2.
        var cells = a.Demand.ToDictionary(d => (d.TopicCode, d.SubRegionCode), d => (d.Members, d.WeightedNeed, d.HighNeedMembers));
        Assert.Equal((3, 8, 3), cells[("risk-management", "SEA")]);
        Assert.Equal((2, 3, 1), cells[("aeo", "SEA")]);
        Assert.False(cells.ContainsKey(("hs", "SEA"))); // TH's "none" is no demand
        Assert.Equal((1, 3, 1), cells[("aeo", "PI")]);
        Assert.Equal((1, 2, 1), cells[("hs", "PI")]);
        Assert.Equal(4, cells.Count);

        // Change against the previous cycle, per topic.
        var topics = a.Topics.ToDictionary(t => t.TopicCode);
        Assert.Equal((3, 8, 2, 3, 1, 5), Change(topics["risk-management"]));
        Assert.Equal((3, 6, 1, 3, 2, 3), Change(topics["aeo"]));
        Assert.Equal((1, 2, 0, 0, 1, 2), Change(topics["hs"]));
        Assert.Equal(["risk-management", "aeo", "hs"], a.Topics.Select(t => t.TopicCode)); // by weighted need

        // Each Member's priorities (with its level) and top needs.
        var th = a.Members.Single(m => m.MemberCode == "TH");
        Assert.Equal(3, th.Revision);
        Assert.Equal([("risk-management", (int?)3), ("aeo", 1)], th.Priorities.Select(p => (p.TopicCode, p.NeedLevel)));
        Assert.Equal([("risk-management", (int?)3), ("aeo", 1)], th.TopNeeds.Select(p => (p.TopicCode, p.NeedLevel))); // need 0 is no need
        Assert.Equal(["FJ", "ID", "MY", "TH"], a.Members.Select(m => m.MemberCode));

        // High impact: ID (no approved status) and TH (in progress on the opening day); MY has achieved it.
        Assert.Equal([("ID", (string?)null), ("TH", "in-progress")], a.HighImpact.Select(h => (h.MemberCode, h.MilestoneStatus)));
        var impact = a.HighImpact[1];
        Assert.Equal((plan.MilestoneId, "2.1.1-1", "SAP-NA-2026", 3), (impact.MilestoneId, impact.MilestoneCode, impact.PlanCode, impact.NeedLevel));
        var kpi = Assert.Single(impact.Kpis);
        Assert.Equal((plan.KpiId, plan.ActionId, "a"), (kpi.KpiId, kpi.ActionId, kpi.ActionCode));

        // Supply on 2027-07-01: only Expert One.
        Assert.Equal(new DateOnly(2027, 7, 1), a.SupplyAsOf);
        var rm = Assert.Single(a.Supply);
        Assert.Equal(("risk-management", 1), (rm.TopicCode, rm.AccreditedExperts));
        Assert.Equal([("en", 1), ("th", 1)], rm.ByLanguage.Select(l => (l.Language, l.Experts)));
        Assert.Equal([("SEA", 1)], rm.BySubRegion.Select(s => (s.SubRegionCode!, s.Experts)));

        // Gaps: RM 3 Members / 1 expert = 3, not above the ratio 3; AEO (MY, FJ) and HS (FJ) have no expert.
        var gaps = a.Gaps.ToDictionary(g => g.TopicCode, g => (g.DemandMembers, g.AccreditedExperts, g.Short, g.ExpertsToAccredit));
        Assert.Equal((3, 1, false, 0), gaps["risk-management"]);
        Assert.Equal((2, 0, true, 1), gaps["aeo"]);
        Assert.Equal((1, 0, true, 1), gaps["hs"]);

        // Proposals in the rules' order.
        Assert.Equal(
        [
            (WorkPlanItemKind.SubRegionalWorkshop, ActivityType.SubRegionalWorkshop, "risk-management", "ID MY TH", (int?)2),
            (WorkPlanItemKind.NationalActivity, ActivityType.ScopingMission, "aeo", "FJ", 4),
            (WorkPlanItemKind.NationalActivity, ActivityType.NationalWorkshop, "aeo", "MY", 1),
            (WorkPlanItemKind.NationalActivity, ActivityType.NationalWorkshop, "hs", "FJ", null),
            (WorkPlanItemKind.Accreditation, ActivityType.AccreditationWorkshop, "aeo", "FJ MY", null),
            (WorkPlanItemKind.Accreditation, ActivityType.AccreditationWorkshop, "hs", "FJ", null),
        ], a.Proposals.Select(p => (p.Kind, p.ActivityType, p.TopicCode, string.Join(" ", p.Evidence.Select(e => e.MemberCode)), p.Quarter)));
        var thEvidence = a.Proposals[0].Evidence.Single(e => e.MemberCode == "TH");
        Assert.Equal((cycle, 3, 3, "expert-mission", (int?)2), (thEvidence.CycleId, thEvidence.Revision, thEvidence.NeedLevel, thEvidence.PreferredDelivery,
            thEvidence.PreferredQuarter));

        // One sub-region: the Pacific sees only FJ's demand; supply stays regional.
        var pi = await _data.SubRegionAsync("PI");
        var pacific = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{cycle}/analysis?subRegionId={pi}")).OkAsync<NeedsAnalysisDto>();
        Assert.Equal(new NeedsRespondentsDto(2, 1), pacific.Respondents);
        Assert.All(pacific.Demand, d => Assert.Equal("PI", d.SubRegionCode));
        Assert.Equal(["FJ"], pacific.Members.Select(m => m.MemberCode));
        Assert.Empty(pacific.HighImpact);
        Assert.Equal(1, Assert.Single(pacific.Supply).AccreditedExperts);
        Assert.DoesNotContain(pacific.Topics, t => t.TopicCode == "risk-management");
        Assert.Equal((1, 3, 1, 3), pacific.Topics.Where(t => t.TopicCode == "aeo").Select(t => (t.Members, t.WeightedNeed, t.PreviousMembers!.Value,
            t.PreviousWeightedNeed!.Value)).Single());
    }

    private static (int, int, int, int, int, int) Change(NeedsTopicDemandDto t) =>
        (t.Members, t.WeightedNeed, t.PreviousMembers!.Value, t.PreviousWeightedNeed!.Value, t.MembersChange!.Value, t.WeightedNeedChange!.Value);

    [Fact]
    public async Task The_seeded_example_cycle_is_analysed_on_its_own_and_proposes_workshops_where_a_sub_region_shares_a_need()
    {
        var id = (int)await _data.CountAsync("SELECT id::bigint FROM needs_cycles WHERE is_example");
        var a = await (await api.As(Roles.Staff).GetAsync($"/api/needs-cycles/{id}/analysis")).OkAsync<NeedsAnalysisDto>();
        Assert.Null(a.PreviousCycle); // never compared with real cycles
        Assert.Equal(29, a.Respondents.Submitted);
        var workshops = a.Proposals.Where(p => p.Kind == WorkPlanItemKind.SubRegionalWorkshop).Select(p => p.TopicCode).ToList();
        Assert.Contains("e-commerce", workshops);
        Assert.Contains("valuation", workshops);
        Assert.Contains("single-window", workshops);
        Assert.All(a.Proposals, p => Assert.NotEmpty(p.Evidence));
        Assert.All(a.Proposals.Where(p => p.Kind == WorkPlanItemKind.SubRegionalWorkshop),
            p => Assert.True(p.MemberIds.Count >= a.Settings.SubRegionalWorkshopThreshold));
        // The demand cells add up to the per-topic totals.
        Assert.All(a.Topics, t => Assert.Equal(t.WeightedNeed, a.Demand.Where(d => d.TopicId == t.TopicId).Sum(d => d.WeightedNeed)));
    }

    [Fact]
    public async Task A_first_cycle_has_no_previous_figures()
    {
        var cycle = await _data.CycleAsync("Needs survey 2001 (first)", 2001, new DateOnly(2001, 1, 10), ["TH"], ["hs"]);
        await _data.ResponseAsync(cycle, "TH", "Submitted", 1, ["hs"], new TopicAnswer("hs", 3));
        var a = await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/analysis")).OkAsync<NeedsAnalysisDto>();
        Assert.Null(a.PreviousCycle);
        var hs = Assert.Single(a.Topics);
        Assert.Equal((1, 3, (int?)null, (int?)null), (hs.Members, hs.WeightedNeed, hs.PreviousMembers, hs.MembersChange));
    }

    [Fact]
    public async Task An_unknown_cycle_is_404_and_a_focal_point_is_refused()
    {
        await (await api.Client().GetAsync("/api/needs-cycles/999999/analysis")).ProblemAsync(HttpStatusCode.NotFound);
        await (await api.As(Roles.MemberFocalPoint).GetAsync("/api/needs-cycles/999999/analysis")).ProblemAsync(HttpStatusCode.Forbidden);
        var cycle = await _data.CycleAsync("Needs survey 2002 (focal)", 2002, new DateOnly(2002, 1, 10), ["TH"], ["hs"]);
        await (await api.As(Roles.MemberFocalPoint).GetAsync($"/api/needs-cycles/{cycle}/analysis")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.As(Roles.Expert).GetAsync($"/api/needs-cycles/{cycle}/analysis")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.Anonymous().GetAsync($"/api/needs-cycles/{cycle}/analysis")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_sub_region_is_a_400_on_its_field()
    {
        var cycle = await _data.CycleAsync("Needs survey 2003 (filter)", 2003, new DateOnly(2003, 1, 10), ["TH"], ["hs"]);
        var problem = await (await api.Client().GetAsync($"/api/needs-cycles/{cycle}/analysis?subRegionId=987654")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("existing sub-region", problem.FieldErrors("subRegionId")[0]);
    }
}
