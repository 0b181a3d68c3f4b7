using MediatR;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>Staff remove a line from the draft (not once adopted).</summary>
public sealed record DeleteWorkPlanItem(int CycleId, int ItemId) : ICommand<Unit>;

internal sealed class DeleteWorkPlanItemHandler(RocbDbContext db) : IRequestHandler<DeleteWorkPlanItem, Unit>
{
    public async Task<Unit> Handle(DeleteWorkPlanItem request, CancellationToken cancellationToken)
    {
        var draft = await WorkPlanDrafts.LoadAsync(db, request.CycleId, cancellationToken);
        var item = draft.Items.SingleOrDefault(i => i.Id == request.ItemId) ?? throw new NotFoundException("Work plan item", request.ItemId);
        WorkPlanDrafts.EnsureEditable(draft);
        db.WorkPlanItems.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
