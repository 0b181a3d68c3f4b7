using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Features.NeedsAnalysis;

namespace Rocb.Api.Tests.NeedsAnalysis;

/// <summary>The proposal rules on hand-made answers (no database).</summary>
public sealed class WorkPlanRulesTests
{
    private static readonly ProposalSettings Defaults = new(3, 2, 3m, 2, 1);

    // Sub-regions: 1 = South East Asia (SEA), 2 = Pacific (PAC). Topics: 10 = RM, 20 = AEO, 30 = HS.
    private static readonly Dictionary<string, (int Id, int SubRegion)> Members = new()
    {
        ["TH"] = (1, 1), ["MY"] = (2, 1), ["ID"] = (3, 1), ["VN"] = (4, 1), ["FJ"] = (5, 2), ["PG"] = (6, 2), ["WS"] = (7, 2),
    };
    private static readonly Dictionary<int, string> Topics = new() { [10] = "RM", [20] = "AEO", [30] = "HS" };

    private static int _response;

    private static NeedAnswer A(string member, int topic, int need, string? delivery = null, int? quarter = null)
    {
        var (id, sub) = Members[member];
        return new NeedAnswer(1, ++_response, 2, id, member, $"{member} Customs", sub, sub == 1 ? "SEA" : "PAC",
            sub == 1 ? "South East Asia" : "Pacific", topic, Topics[topic], $"Topic {Topics[topic]}", need, delivery, quarter);
    }

    private static TopicSupply S(int topic, int experts) => new(topic, Topics[topic], $"Topic {Topics[topic]}", experts);

    [Fact]
    public void Three_members_of_one_sub_region_with_a_high_need_get_one_sub_regional_workshop()
    {
        var answers = new[] { A("TH", 10, 3, "expert-mission", 2), A("MY", 10, 2, null, 2), A("ID", 10, 3, "national-workshop", 3) };
        var p = Assert.Single(WorkPlanRules.Propose(answers, [S(10, 5)], Defaults));
        Assert.Equal(WorkPlanItemKind.SubRegionalWorkshop, p.Kind);
        Assert.Equal(ActivityType.SubRegionalWorkshop, p.ActivityType);
        Assert.Equal(1, p.SubRegionId);
        Assert.Equal([3, 2, 1], p.MemberIds); // by Member code: ID, MY, TH
        Assert.Equal(2, p.Quarter);           // two asked for Q2, one for Q3
        Assert.Equal(2, p.ExpertsNeeded);
        Assert.Equal(3, p.Evidence.Count);
        Assert.Contains("3 Members of South East Asia (ID, MY, TH)", p.Reason);
        Assert.Contains("threshold for a sub-regional workshop is 3", p.Reason);
        Assert.Equal("Sub-regional workshop on Topic RM (South East Asia)", p.Title);
    }

    [Fact]
    public void Below_the_threshold_each_member_gets_a_national_activity_by_its_preferred_delivery()
    {
        var answers = new[] { A("TH", 10, 3, "expert-mission", 1), A("MY", 10, 2, "study-visit", 4) };
        var proposals = WorkPlanRules.Propose(answers, [S(10, 5)], Defaults);
        Assert.Equal(2, proposals.Count);
        Assert.All(proposals, p => Assert.Equal(WorkPlanItemKind.NationalActivity, p.Kind));
        var th = proposals.Single(p => p.MemberIds.SequenceEqual([1]));
        Assert.Equal(ActivityType.ScopingMission, th.ActivityType);
        Assert.Equal(1, th.Quarter);
        Assert.Equal(1, th.ExpertsNeeded);
        Assert.StartsWith("Expert mission on Topic RM", th.Title);
        Assert.Contains("prefers an expert mission", th.Reason);
        var my = proposals.Single(p => p.MemberIds.SequenceEqual([2]));
        Assert.Equal(ActivityType.NationalWorkshop, my.ActivityType);
        Assert.Equal(4, my.Quarter);
        Assert.Contains("below the sub-regional workshop threshold of 3", my.Reason);
        Assert.Null(my.SubRegionId);
    }

    [Fact]
    public void The_threshold_counts_members_of_one_sub_region_only()
    {
        // Two in South East Asia and two in the Pacific: four Members, but no sub-region reaches three.
        var answers = new[] { A("TH", 20, 3), A("MY", 20, 3), A("FJ", 20, 3), A("PG", 20, 3) };
        var proposals = WorkPlanRules.Propose(answers, [S(20, 10)], Defaults);
        Assert.Equal(4, proposals.Count);
        Assert.All(proposals, p => Assert.Equal(WorkPlanItemKind.NationalActivity, p.Kind));
    }

    [Fact]
    public void Needs_below_the_high_level_get_no_activity()
    {
        var answers = new[] { A("TH", 10, 1), A("MY", 10, 1), A("ID", 10, 1), A("VN", 10, 0) };
        Assert.Empty(WorkPlanRules.Propose(answers, [], Defaults));
    }

    [Fact]
    public void Only_high_needs_count_towards_the_threshold()
    {
        var answers = new[] { A("TH", 10, 3), A("MY", 10, 2), A("ID", 10, 1) };
        var proposals = WorkPlanRules.Propose(answers, [S(10, 5)], Defaults);
        Assert.Equal(2, proposals.Count);
        Assert.DoesNotContain(proposals, p => p.MemberIds.Contains(3));
    }

    [Fact]
    public void The_settings_move_the_threshold_and_the_high_level()
    {
        var answers = new[] { A("TH", 10, 2), A("MY", 10, 2) };
        Assert.Equal(WorkPlanItemKind.SubRegionalWorkshop,
            Assert.Single(WorkPlanRules.Propose(answers, [S(10, 5)], Defaults with { SubRegionalWorkshopThreshold = 2 })).Kind);
        Assert.Empty(WorkPlanRules.Propose(answers, [S(10, 5)], Defaults with { HighNeedLevel = 3 }));
    }

    [Fact]
    public void An_accreditation_action_is_proposed_where_members_per_expert_exceed_the_ratio()
    {
        // Seven Members need AEO, one accredited expert: 7 per expert > 3; ceil(7 / 3) = 3 experts wanted, 2 more to accredit.
        var answers = Members.Keys.Select(m => A(m, 20, 3)).ToList();
        var proposals = WorkPlanRules.Propose(answers, [S(20, 1)], Defaults);
        var acc = Assert.Single(proposals, p => p.Kind == WorkPlanItemKind.Accreditation);
        Assert.Equal(ActivityType.AccreditationWorkshop, acc.ActivityType);
        Assert.Equal(2, acc.ExpertsNeeded);
        Assert.Equal(7, acc.Evidence.Count);
        Assert.Empty(acc.MemberIds);
        Assert.Contains("7 Members need help on Topic AEO against 1 accredited experts (7 per expert, above the 3", acc.Reason);
        Assert.Same(acc, proposals[^1]); // accreditation comes last
    }

    [Fact]
    public void Supply_at_the_ratio_is_not_short_and_no_expert_at_all_is()
    {
        var three = new[] { A("TH", 10, 3), A("FJ", 10, 3), A("MY", 30, 2) };
        var gaps = WorkPlanRules.Gaps(three, [S(10, 1)], Defaults);
        var rm = gaps.Single(g => g.TopicId == 10);
        Assert.Equal((2, 1, 2m, false, 0), (rm.DemandMembers, rm.AccreditedExperts, rm.MembersPerExpert, rm.Short, rm.ExpertsToAccredit));
        var hs = gaps.Single(g => g.TopicId == 30);
        Assert.Equal((1, 0, (decimal?)null, true, 1), (hs.DemandMembers, hs.AccreditedExperts, hs.MembersPerExpert, hs.Short, hs.ExpertsToAccredit));
        Assert.Equal(30, gaps[0].TopicId); // short topics first
        var proposals = WorkPlanRules.Propose(three, [S(10, 1)], Defaults);
        var acc = Assert.Single(proposals, p => p.Kind == WorkPlanItemKind.Accreditation);
        Assert.Equal(30, acc.TopicId);
        Assert.Contains("no accredited expert covers it", acc.Reason);
    }

    [Fact]
    public void A_topic_with_experts_and_no_demand_is_listed_but_not_short()
    {
        var gap = Assert.Single(WorkPlanRules.Gaps([A("TH", 10, 1)], [S(10, 4)], Defaults));
        Assert.Equal((0, 4, 0m, false), (gap.DemandMembers, gap.AccreditedExperts, gap.MembersPerExpert, gap.Short));
    }

    [Fact]
    public void The_quarter_is_the_most_asked_for_and_ties_go_to_the_earliest()
    {
        Assert.Equal(3, WorkPlanRules.PreferredQuarter([A("TH", 10, 3, null, 4), A("MY", 10, 3, null, 3), A("ID", 10, 3, null, 3)]));
        Assert.Equal(2, WorkPlanRules.PreferredQuarter([A("TH", 10, 3, null, 4), A("MY", 10, 3, null, 2)]));
        Assert.Null(WorkPlanRules.PreferredQuarter([A("TH", 10, 3), A("MY", 10, 3)]));
        Assert.Equal(4, WorkPlanRules.PreferredQuarter([A("TH", 10, 3, null, 4), A("MY", 10, 3)]));
    }

    [Fact]
    public void The_order_is_kind_then_summed_need_then_members_then_codes_whatever_the_input_order()
    {
        var answers = new List<NeedAnswer>
        {
            A("FJ", 10, 3), A("PG", 10, 3), A("WS", 10, 2),          // PAC RM workshop, need 8
            A("TH", 20, 3), A("MY", 20, 3), A("ID", 20, 3),          // SEA AEO workshop, need 9
            A("VN", 30, 2), A("TH", 30, 3),                          // national HS: TH (3) before VN (2)
            A("FJ", 30, 2),                                          // national HS FJ (2): same need as VN, FJ code first... by topic/sub-region/member key
        };
        var supply = new[] { S(10, 5), S(20, 5), S(30, 5) };
        var expected = WorkPlanRules.Propose(answers, supply, Defaults).Select(p => (p.Kind, p.TopicCode, string.Join(",", p.MemberIds))).ToList();
        Assert.Equal(
        [
            (WorkPlanItemKind.SubRegionalWorkshop, "AEO", "3,2,1"),
            (WorkPlanItemKind.SubRegionalWorkshop, "RM", "5,6,7"),
            (WorkPlanItemKind.NationalActivity, "HS", "1"),
            (WorkPlanItemKind.NationalActivity, "HS", "5"), // key HS/PAC/FJ sorts before HS/SEA/VN
            (WorkPlanItemKind.NationalActivity, "HS", "4"),
        ], expected);

        var shuffled = answers.AsEnumerable().Reverse().ToList();
        Assert.Equal(expected, WorkPlanRules.Propose(shuffled, supply.Reverse(), Defaults).Select(p => (p.Kind, p.TopicCode, string.Join(",", p.MemberIds))));
    }

    [Fact]
    public void Every_proposal_cites_the_answers_it_rests_on()
    {
        var th = A("TH", 10, 3, "expert-mission", 2);
        var p = Assert.Single(WorkPlanRules.Propose([th], [S(10, 1)], Defaults));
        var e = Assert.Single(p.Evidence);
        Assert.Equal((th.ResponseId, 2, 1, 10, 3, "expert-mission", (int?)2), (e.ResponseId, e.Revision, e.MemberId, e.TopicId, e.NeedLevel, e.Delivery, e.Quarter));
    }

    [Fact]
    public void No_answers_no_proposals()
    {
        Assert.Empty(WorkPlanRules.Propose([], [S(10, 3)], Defaults));
    }
}
