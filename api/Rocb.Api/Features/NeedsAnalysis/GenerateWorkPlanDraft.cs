using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Auditing;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>
/// Generates the draft annual work plan of a cycle's fiscal year from its analysis (all sub-regions): one item per proposal of
/// <see cref="WorkPlanRules"/>, in the rules' order, each with its reason, the answers behind it (evidence) and the specific
/// actions it serves. 409 when the cycle already has a draft, unless Replace (which discards the edits); never once adopted.
/// </summary>
public sealed record GenerateWorkPlanDraft(int CycleId) : ICommand<WorkPlanDraftDto>
{
    [JsonIgnore] public bool Replace { get; init; }
}

internal sealed class GenerateWorkPlanDraftHandler(RocbDbContext db, IAuditActor actor, TimeProvider clock)
    : IRequestHandler<GenerateWorkPlanDraft, WorkPlanDraftDto>
{
    public async Task<WorkPlanDraftDto> Handle(GenerateWorkPlanDraft request, CancellationToken cancellationToken)
    {
        await WorkPlanDrafts.EnsureCycleAsync(db, request.CycleId, cancellationToken);
        var existing = await db.WorkPlanDrafts.Include(d => d.Items).SingleOrDefaultAsync(d => d.CycleId == request.CycleId, cancellationToken);
        if (existing is not null)
        {
            WorkPlanDrafts.EnsureEditable(existing);
            if (!request.Replace)
                throw new ConflictException("This cycle already has a draft work plan: edit it, or generate again with replace=true (its edits are lost).");
            db.WorkPlanDrafts.Remove(existing);
            await db.SaveChangesAsync(cancellationToken);
        }

        var built = await NeedsAnalysisBuilder.BuildWithAnswersAsync(db, request.CycleId, null, cancellationToken);
        var fy = built.Analysis.Cycle.FiscalYear;
        var proposals = built.Analysis.Proposals;
        var candidates = await NeedsAnalysisQueries.PlanActionsAsync(db, proposals.Select(p => p.TopicId).Distinct().ToList(),
            new FiscalYear(fy).Start, new FiscalYear(fy).End, cancellationToken);
        var draft = new WorkPlanDraft
        {
            CycleId = request.CycleId, FiscalYear = fy, Status = WorkPlanStatus.Draft, GeneratedAt = clock.GetUtcNow(),
            GeneratedBy = actor.Type == "user" && Guid.TryParse(actor.Id, out var id) ? id : null,
            Items = proposals.Select((p, i) => new WorkPlanItem
            {
                Position = i + 1, Kind = p.Kind, Title = p.Title, ActivityType = p.ActivityType, TopicId = p.TopicId, MemberIds = p.MemberIds.ToList(),
                SubRegionId = p.SubRegionId, Quarter = p.Quarter, ActionIds = WorkPlanDrafts.ActionsFor(candidates, p.TopicId, fy, p.Quarter).ToList(),
                ExpertsNeeded = p.ExpertsNeeded, Origin = WorkPlanItemOrigin.Generated, Reason = p.Reason,
                Evidence = WorkPlanDrafts.WriteEvidence(p.Evidence),
            }).ToList(),
        };
        db.WorkPlanDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return await WorkPlanDrafts.ToDtoAsync(db, draft, cancellationToken);
    }
}
