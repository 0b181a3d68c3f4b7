using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>One submitted answer on a topic question: who asked, how much, how and when (the evidence a proposal cites).
/// Delivery is the preferred delivery in kebab case (expert-mission, national-workshop…) or null.</summary>
public sealed record NeedAnswer(
    int CycleId, int ResponseId, int Revision,
    int MemberId, string MemberCode, string MemberName,
    int SubRegionId, string SubRegionCode, string SubRegionName,
    int TopicId, string TopicCode, string TopicName,
    int NeedLevel,
    string? Delivery,
    int? Quarter);

/// <summary>Accredited experts of one topic (valid on the first day of the fiscal year planned for).</summary>
public sealed record TopicSupply(int TopicId, string TopicCode, string TopicName, int AccreditedExperts);

public sealed record ProposalSettings(int SubRegionalWorkshopThreshold, int HighNeedLevel, decimal SupplyShortageRatio,
    int ExpertsPerWorkshop, int ExpertsPerNationalActivity)
{
    public static ProposalSettings From(NeedsAnalysisSettings s) =>
        new(s.SubRegionalWorkshopThreshold, s.HighNeedLevel, s.SupplyShortageRatio, s.ExpertsPerWorkshop, s.ExpertsPerNationalActivity);
}

/// <summary>What the rules propose, why, and the answers behind it.</summary>
public sealed record Proposal(
    WorkPlanItemKind Kind, ActivityType ActivityType, string Title,
    int TopicId, string TopicCode, int? SubRegionId, IReadOnlyList<int> MemberIds, int? Quarter, int ExpertsNeeded,
    string Reason, IReadOnlyList<NeedAnswer> Evidence);

/// <summary>The demand for experts on one topic (Members with a high need) against the accredited experts.</summary>
public sealed record TopicGap(int TopicId, string TopicCode, string TopicName, int DemandMembers, int AccreditedExperts,
    decimal? MembersPerExpert, bool Short, int ExpertsToAccredit);

/// <summary>
/// The written rules that turn a cycle's answers into proposals (pure: no database, no clock).
/// <list type="number">
/// <item>Only high needs count: need level ≥ <c>HighNeedLevel</c>. Lower needs show in the demand figures but get no activity.</item>
/// <item>Sub-regional workshop: when at least <c>SubRegionalWorkshopThreshold</c> Members of one sub-region have a high need on
/// the same topic, one workshop for them (whatever delivery each preferred: a workshop serves them together).</item>
/// <item>National activity otherwise: each remaining high need gets its own activity, an expert mission when the Member
/// prefers one, a national workshop for every other preference (or none).</item>
/// <item>Accreditation: per topic, when Members with a high need (all sub-regions) exceed <c>SupplyShortageRatio</c> per
/// accredited expert (or there is none), an accreditation workshop to train the missing experts.</item>
/// <item>Quarter: the quarter most of the Members asked for (ties: the earliest); none when nobody said.</item>
/// <item>Order: sub-regional workshops, national activities, accreditation; within each, the largest summed need first,
/// then more Members, then topic code, sub-region code and Member code — the same input always gives the same list.</item>
/// </list>
/// </summary>
public static class WorkPlanRules
{
    public static IReadOnlyList<Proposal> Propose(IEnumerable<NeedAnswer> answers, IEnumerable<TopicSupply> supply, ProposalSettings settings)
    {
        var high = answers.Where(a => a.NeedLevel >= settings.HighNeedLevel).ToList();
        var proposals = new List<(Proposal Proposal, int Need, string SortKey)>();

        foreach (var group in high.GroupBy(a => (a.TopicId, a.SubRegionId)))
        {
            // One answer per Member and topic in a cycle; keep the highest if the input ever repeats one.
            var perMember = group.GroupBy(a => a.MemberId).Select(m => m.OrderByDescending(a => a.NeedLevel).ThenBy(a => a.ResponseId).First())
                .OrderBy(a => a.MemberCode, StringComparer.Ordinal).ToList();
            var first = perMember[0];
            if (perMember.Count >= settings.SubRegionalWorkshopThreshold)
            {
                var reason = $"{perMember.Count} Members of {first.SubRegionName} ({string.Join(", ", perMember.Select(a => a.MemberCode))}) " +
                             $"need help on {first.TopicName} at level {settings.HighNeedLevel} or above; the threshold for a sub-regional " +
                             $"workshop is {settings.SubRegionalWorkshopThreshold}.";
                proposals.Add((new Proposal(WorkPlanItemKind.SubRegionalWorkshop, ActivityType.SubRegionalWorkshop,
                    $"Sub-regional workshop on {first.TopicName} ({first.SubRegionName})",
                    first.TopicId, first.TopicCode, first.SubRegionId, perMember.Select(a => a.MemberId).ToList(), PreferredQuarter(perMember),
                    settings.ExpertsPerWorkshop, reason, perMember), perMember.Sum(a => a.NeedLevel), $"{first.TopicCode}\u0001{first.SubRegionCode}"));
                continue;
            }
            foreach (var a in perMember)
            {
                var mission = a.Delivery == "expert-mission";
                var below = perMember.Count == 1
                    ? "it is the only Member of its sub-region asking"
                    : $"{perMember.Count} Members of {a.SubRegionName} ask, below the sub-regional workshop threshold of {settings.SubRegionalWorkshopThreshold}";
                var reason = $"{a.MemberName} needs help on {a.TopicName} at level {a.NeedLevel} ({below}); " +
                             (mission ? "it prefers an expert mission." : a.Delivery is null ? "no delivery preferred: a national workshop." : $"it prefers {a.Delivery}: a national workshop.");
                proposals.Add((new Proposal(WorkPlanItemKind.NationalActivity, mission ? ActivityType.ScopingMission : ActivityType.NationalWorkshop,
                    $"{(mission ? "Expert mission" : "National workshop")} on {a.TopicName} ({a.MemberName})",
                    a.TopicId, a.TopicCode, null, [a.MemberId], a.Quarter, settings.ExpertsPerNationalActivity, reason, [a]),
                    a.NeedLevel, $"{a.TopicCode}\u0001{a.SubRegionCode}\u0001{a.MemberCode}"));
            }
        }

        foreach (var gap in Gaps(high, supply, settings).Where(g => g.Short))
        {
            var evidence = high.Where(a => a.TopicId == gap.TopicId).OrderBy(a => a.MemberCode, StringComparer.Ordinal).ToList();
            var reason = gap.AccreditedExperts == 0
                ? $"{gap.DemandMembers} Members need help on {gap.TopicName} and no accredited expert covers it."
                : $"{gap.DemandMembers} Members need help on {gap.TopicName} against {gap.AccreditedExperts} accredited experts " +
                  $"({gap.MembersPerExpert:0.##} per expert, above the {settings.SupplyShortageRatio:0.##} the region can serve).";
            proposals.Add((new Proposal(WorkPlanItemKind.Accreditation, ActivityType.AccreditationWorkshop,
                $"Accreditation of experts in {gap.TopicName}", gap.TopicId, gap.TopicCode, null, [], null, gap.ExpertsToAccredit,
                reason + $" Accredit {gap.ExpertsToAccredit} more.", evidence), evidence.Sum(a => a.NeedLevel), gap.TopicCode));
        }

        return proposals
            .OrderBy(p => p.Proposal.Kind switch { WorkPlanItemKind.SubRegionalWorkshop => 0, WorkPlanItemKind.NationalActivity => 1, _ => 2 })
            .ThenByDescending(p => p.Need)
            .ThenByDescending(p => p.Proposal.Evidence.Count)
            .ThenBy(p => p.SortKey, StringComparer.Ordinal)
            .Select(p => p.Proposal).ToList();
    }

    /// <summary>
    /// Per topic with demand or supply: Members with a high need against accredited experts. Short when there is demand and
    /// no expert, or more than <c>SupplyShortageRatio</c> Members per expert; then ExpertsToAccredit = ceil(demand / ratio) − experts.
    /// </summary>
    public static IReadOnlyList<TopicGap> Gaps(IEnumerable<NeedAnswer> answers, IEnumerable<TopicSupply> supply, ProposalSettings settings)
    {
        var demand = answers.Where(a => a.NeedLevel >= settings.HighNeedLevel)
            .GroupBy(a => a.TopicId)
            .ToDictionary(g => g.Key, g => (Members: g.Select(a => a.MemberId).Distinct().Count(), g.First().TopicCode, g.First().TopicName));
        var experts = supply.GroupBy(s => s.TopicId).ToDictionary(g => g.Key, g => (Count: g.Sum(s => s.AccreditedExperts), g.First().TopicCode, g.First().TopicName));
        var gaps = new List<TopicGap>();
        foreach (var topic in demand.Keys.Union(experts.Keys))
        {
            var members = demand.TryGetValue(topic, out var d) ? d.Members : 0;
            var count = experts.TryGetValue(topic, out var e) ? e.Count : 0;
            var (code, name) = demand.ContainsKey(topic) ? (d.TopicCode, d.TopicName) : (e.TopicCode, e.TopicName);
            decimal? ratio = count == 0 ? null : Math.Round((decimal)members / count, 2);
            var isShort = members > 0 && (count == 0 || (decimal)members / count > settings.SupplyShortageRatio);
            var toAccredit = isShort ? Math.Max(1, (int)Math.Ceiling(members / settings.SupplyShortageRatio) - count) : 0;
            gaps.Add(new TopicGap(topic, code, name, members, count, ratio, isShort, toAccredit));
        }
        return gaps.OrderByDescending(g => g.Short).ThenByDescending(g => g.DemandMembers - g.AccreditedExperts * settings.SupplyShortageRatio)
            .ThenBy(g => g.TopicCode, StringComparer.Ordinal).ToList();
    }

    /// <summary>The quarter most answers asked for; ties go to the earliest; null when no answer gave one.</summary>
    public static int? PreferredQuarter(IEnumerable<NeedAnswer> answers) =>
        answers.Where(a => a.Quarter is not null).GroupBy(a => a.Quarter!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
}
