using System.Text.Json.Serialization;
using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>Staff add a line of their own to the draft (origin manual, no evidence); it goes last.</summary>
public sealed record AddWorkPlanItem : WorkPlanItemFields, ICommand<WorkPlanItemDto>
{
    [JsonIgnore] public int CycleId { get; init; }
}

public sealed class AddWorkPlanItemValidator(RocbDbContext db) : WorkPlanItemFieldsValidator<AddWorkPlanItem>(db);

internal sealed class AddWorkPlanItemHandler(RocbDbContext db) : IRequestHandler<AddWorkPlanItem, WorkPlanItemDto>
{
    public async Task<WorkPlanItemDto> Handle(AddWorkPlanItem request, CancellationToken cancellationToken)
    {
        var draft = await WorkPlanDrafts.LoadAsync(db, request.CycleId, cancellationToken);
        WorkPlanDrafts.EnsureEditable(draft);
        var item = new WorkPlanItem { Origin = WorkPlanItemOrigin.Manual, Position = draft.Items.Select(i => i.Position).DefaultIfEmpty().Max() + 1 };
        request.ApplyTo(item);
        draft.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return await WorkPlanDrafts.ItemDtoAsync(db, item, cancellationToken);
    }
}
