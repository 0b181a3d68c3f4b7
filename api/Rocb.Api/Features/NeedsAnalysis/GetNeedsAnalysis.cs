using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;
using static Rocb.Api.Features.NeedsAnalysis.NeedsAnalysisQueries;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>
/// A needs cycle's analysis, recomputed from the submitted responses (<see cref="NeedsAnalysisQueries"/>): demand by topic and
/// sub-region, each Member's top needs, the change against the previous cycle, the high-impact needs, expert supply and the gap
/// per topic, and the proposals of <see cref="WorkPlanRules"/>. SubRegionId narrows demand to one sub-region (supply stays regional).
/// </summary>
public sealed record GetNeedsAnalysis(int CycleId, int? SubRegionId = null) : IQuery<NeedsAnalysisDto>;

public sealed class GetNeedsAnalysisValidator : AbstractValidator<GetNeedsAnalysis>
{
    public GetNeedsAnalysisValidator(RocbDbContext db)
    {
        RuleFor(q => q.SubRegionId).MustAsync((id, ct) => db.SubRegions.AnyAsync(s => s.Id == id, ct)).When(q => q.SubRegionId is not null)
            .WithMessage("Choose an existing sub-region.");
    }
}

internal sealed class GetNeedsAnalysisHandler(RocbDbContext db) : IRequestHandler<GetNeedsAnalysis, NeedsAnalysisDto>
{
    public Task<NeedsAnalysisDto> Handle(GetNeedsAnalysis request, CancellationToken cancellationToken) =>
        NeedsAnalysisBuilder.BuildAsync(db, request.CycleId, request.SubRegionId, cancellationToken);
}

/// <summary>Builds the analysis (shared by the endpoint, the exports and the draft work plan).</summary>
public static class NeedsAnalysisBuilder
{
    public const string Basis = "Submitted responses only: drafts are not counted until their Member submits them.";

    /// <summary>The analysis and the rules' input (the answers with their names), which the draft work plan keeps as evidence.</summary>
    public sealed record Result(NeedsAnalysisDto Analysis, IReadOnlyList<NeedAnswer> Answers);

    public static async Task<NeedsAnalysisDto> BuildAsync(RocbDbContext db, int cycleId, int? subRegionId, CancellationToken ct) =>
        (await BuildWithAnswersAsync(db, cycleId, subRegionId, ct)).Analysis;

    public static async Task<Result> BuildWithAnswersAsync(RocbDbContext db, int cycleId, int? subRegionId, CancellationToken ct)
    {
        var cycle = await CycleAsync(db, cycleId, subRegionId, ct) ?? throw new NotFoundException("Needs cycle", cycleId);
        var settings = await GetNeedsAnalysisSettingsHandler.LoadAsync(db, ct);
        var fyStart = new FiscalYear(cycle.FiscalYear).Start;
        var p = new Parameters(cycle.Id, cycle.PreviousId, subRegionId, settings.HighNeedLevel, cycle.OpensOn, fyStart);

        var members = (await NamesAsync(db, MembersSql, ct)).ToDictionary(m => m.Id);
        var subRegions = (await NamesAsync(db, SubRegionsSql, ct)).ToDictionary(s => s.Id);
        var topics = (await NamesAsync(db, TopicsSql, ct)).ToDictionary(t => t.Id);
        var previous = await PreviousDemandAsync(db, p, ct);
        var responses = await ResponsesAsync(db, p, ct);
        var answers = await AnswersAsync(db, p, ct);
        var milestones = await MilestoneStatusesAsync(db, p, ct);
        var kpis = (await MilestoneKpisAsync(db, p, ct)).ToLookup(k => k.MilestoneId);
        var supply = await SupplyAsync(db, p, ct);

        NeedsTopicLevelDto Level(int topicId, int? level) => new(topicId, topics[topicId].Code, topics[topicId].Name, level);

        // The current cycle's demand, counted from its answers (each a need of level 1 or more).
        var cells = answers.GroupBy(a => (a.TopicId, members[a.MemberId].SubRegionId))
            .Select(g => new NeedsDemandCellDto(g.Key.TopicId, topics[g.Key.TopicId].Code, topics[g.Key.TopicId].Name, g.Key.SubRegionId,
                subRegions[g.Key.SubRegionId].Code, subRegions[g.Key.SubRegionId].Name, g.Count(), g.Sum(a => a.NeedLevel),
                g.Count(a => a.NeedLevel >= settings.HighNeedLevel)))
            .OrderBy(c => c.TopicCode, StringComparer.Ordinal).ThenBy(c => c.SubRegionCode, StringComparer.Ordinal).ToList();

        var now = cells.GroupBy(d => d.TopicId)
            .ToDictionary(g => g.Key, g => (Members: g.Sum(d => d.Members), Weighted: g.Sum(d => d.WeightedNeed), High: g.Sum(d => d.HighNeedMembers)));
        var then = previous.GroupBy(d => d.TopicId)
            .ToDictionary(g => g.Key, g => (Members: g.Sum(d => d.Members), Weighted: g.Sum(d => d.WeightedNeed)));
        var topicDemand = now.Keys.Union(then.Keys).Select(t =>
            {
                var n = now.GetValueOrDefault(t);
                var hasThen = then.TryGetValue(t, out var b);
                int? pm = cycle.PreviousId is null ? null : hasThen ? b.Members : 0, pw = cycle.PreviousId is null ? null : hasThen ? b.Weighted : 0;
                return new NeedsTopicDemandDto(t, topics[t].Code, topics[t].Name, n.Members, n.Weighted, n.High, pm, pw, n.Members - pm, n.Weighted - pw);
            })
            .OrderByDescending(t => t.WeightedNeed).ThenBy(t => t.TopicCode, StringComparer.Ordinal).ToList();

        var answersByResponse = answers.ToLookup(a => a.ResponseId);
        var memberNeeds = responses.Select(r =>
            {
                var mine = answersByResponse[r.Id].ToList();
                var levels = mine.ToDictionary(a => a.TopicId, a => a.NeedLevel);
                var top = mine.OrderByDescending(a => a.NeedLevel).ThenBy(a => topics[a.TopicId].Code, StringComparer.Ordinal).Take(5)
                    .Select(a => Level(a.TopicId, a.NeedLevel)).ToList();
                var m = members[r.MemberId];
                return new NeedsMemberTopNeedsDto(m.Id, m.Code, m.Name, m.SubRegionId, r.Id, r.Revision,
                    r.PriorityTopicIds.Where(topics.ContainsKey).Select(t => Level(t, levels.TryGetValue(t, out var l) ? l : null)).ToList(), top);
            })
            .OrderBy(m => m.MemberCode, StringComparer.Ordinal).ToList();

        // High impact: a high need on the topic of a milestone in force that the Member has not achieved (no approved status counts as not).
        var inForce = milestones.GroupBy(m => m.MilestoneId).Select(g => g.First()).ToLookup(m => m.TopicId);
        var statuses = milestones.Where(m => m.MemberId is not null).ToDictionary(m => (m.MilestoneId, m.MemberId!.Value), m => m.Status);
        var highImpact = answers.Where(a => a.NeedLevel >= settings.HighNeedLevel)
            .SelectMany(a => inForce[a.TopicId].Select(m => (Answer: a, Milestone: m, Status: statuses.GetValueOrDefault((m.MilestoneId, a.MemberId)))))
            .Where(x => x.Status is not ("Achieved" or "NotApplicable"))
            .Select(x => new NeedsHighImpactDto(x.Answer.MemberId, members[x.Answer.MemberId].Code, members[x.Answer.MemberId].Name, x.Answer.TopicId,
                topics[x.Answer.TopicId].Code, topics[x.Answer.TopicId].Name, x.Answer.NeedLevel, x.Answer.ResponseId, x.Milestone.MilestoneId,
                x.Milestone.Code, x.Milestone.Reference, x.Milestone.PlanCode, x.Status is null ? null : Kebab(x.Status),
                kpis[x.Milestone.MilestoneId].Select(k => new NeedsKpiRefDto(k.KpiId, k.KpiCode, k.KpiName, k.ActionId, k.ActionCode, k.PillarNumber)).ToList()))
            .OrderByDescending(i => i.NeedLevel).ThenBy(i => i.MemberCode, StringComparer.Ordinal).ThenBy(i => i.TopicCode, StringComparer.Ordinal)
            .ThenBy(i => i.PlanCode, StringComparer.Ordinal).ThenBy(i => i.MilestoneCode, StringComparer.Ordinal).ToList();

        var byDimension = supply.ToLookup(s => (s.Dimension, s.TopicId));
        var topicSupply = supply.Where(s => s.Dimension == "topic")
            .Select(s => new NeedsTopicSupplyDto(s.TopicId, topics[s.TopicId].Code, topics[s.TopicId].Name, s.Experts,
                byDimension[("language", s.TopicId)].OrderByDescending(x => x.Experts).ThenBy(x => x.Language, StringComparer.Ordinal)
                    .Select(x => new NeedsLanguageSupplyDto(x.Language!, x.Experts)).ToList(),
                byDimension[("sub-region", s.TopicId)].OrderBy(x => x.SubRegionId is null).ThenBy(x => x.SubRegionId is { } id ? subRegions[id].Code : "", StringComparer.Ordinal)
                    .Select(x => new NeedsSubRegionSupplyDto(x.SubRegionId, x.SubRegionId is { } id ? subRegions[id].Code : null, x.Experts)).ToList()))
            .OrderBy(s => s.TopicCode, StringComparer.Ordinal).ToList();

        var needAnswers = answers.Select(a =>
        {
            var m = members[a.MemberId];
            var s = subRegions[m.SubRegionId];
            var t = topics[a.TopicId];
            return new NeedAnswer(cycle.Id, a.ResponseId, a.Revision, m.Id, m.Code, m.Name, s.Id, s.Code, s.Name, t.Id, t.Code, t.Name,
                a.NeedLevel, a.Delivery, a.Quarter);
        }).ToList();
        var rulesSupply = topicSupply.Select(s => new TopicSupply(s.TopicId, s.TopicCode, s.TopicName, s.AccreditedExperts)).ToList();
        var rulesSettings = ProposalSettings.From(settings);
        var gaps = WorkPlanRules.Gaps(needAnswers, rulesSupply, rulesSettings)
            .Select(g => new NeedsTopicGapDto(g.TopicId, g.TopicCode, g.TopicName, g.DemandMembers, g.AccreditedExperts, g.MembersPerExpert, g.Short,
                g.ExpertsToAccredit)).ToList();
        var proposals = WorkPlanRules.Propose(needAnswers, rulesSupply, rulesSettings).Select(ToDto).ToList();

        var analysis = new NeedsAnalysisDto(
            new NeedsAnalysisCycleRefDto(cycle.Id, cycle.Name, cycle.FiscalYear, new FiscalYear(cycle.FiscalYear).Label),
            cycle.PreviousId is { } prevId ? new NeedsAnalysisCycleRefDto(prevId, cycle.PreviousName!, cycle.PreviousFiscalYear!.Value,
                new FiscalYear(cycle.PreviousFiscalYear.Value).Label) : null,
            subRegionId, new NeedsRespondentsDto(cycle.Asked, responses.Count), GetNeedsAnalysisSettingsHandler.ToDto(settings), Basis,
            cells, topicDemand, memberNeeds, highImpact, fyStart, topicSupply, gaps, proposals);
        return new Result(analysis, needAnswers);
    }

    public static NeedsEvidenceDto ToDto(NeedAnswer a) =>
        new(a.CycleId, a.ResponseId, a.Revision, a.MemberId, a.MemberCode, a.TopicId, a.TopicCode, a.NeedLevel, a.Delivery, a.Quarter);

    public static NeedsProposalDto ToDto(Proposal p) => new(p.Kind, p.ActivityType, p.Title, p.TopicId, p.TopicCode, p.SubRegionId, p.MemberIds,
        p.Quarter, p.ExpertsNeeded, p.Reason, p.Evidence.Select(ToDto).ToList());
}
