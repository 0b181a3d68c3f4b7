using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>The cycle's draft work plan with its items and their evidence (404 before one is generated).</summary>
public sealed record GetWorkPlanDraft(int CycleId) : IQuery<WorkPlanDraftDto>;

internal sealed class GetWorkPlanDraftHandler(RocbDbContext db) : IRequestHandler<GetWorkPlanDraft, WorkPlanDraftDto>
{
    public async Task<WorkPlanDraftDto> Handle(GetWorkPlanDraft request, CancellationToken cancellationToken) =>
        await WorkPlanDrafts.ToDtoAsync(db, await WorkPlanDrafts.LoadAsync(db, request.CycleId, cancellationToken), cancellationToken);
}
