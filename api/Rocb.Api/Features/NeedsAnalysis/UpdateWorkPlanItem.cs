using System.Text.Json.Serialization;
using MediatR;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>Staff change a line of the draft (If-Match with its ETag guards against a concurrent edit); its evidence stays.</summary>
public sealed record UpdateWorkPlanItem : WorkPlanItemFields, ICommand<WorkPlanItemDto>
{
    [JsonIgnore] public int CycleId { get; init; }
    [JsonIgnore] public int ItemId { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateWorkPlanItemValidator(RocbDbContext db) : WorkPlanItemFieldsValidator<UpdateWorkPlanItem>(db);

internal sealed class UpdateWorkPlanItemHandler(RocbDbContext db) : IRequestHandler<UpdateWorkPlanItem, WorkPlanItemDto>
{
    public async Task<WorkPlanItemDto> Handle(UpdateWorkPlanItem request, CancellationToken cancellationToken)
    {
        var draft = await WorkPlanDrafts.LoadAsync(db, request.CycleId, cancellationToken);
        var item = draft.Items.SingleOrDefault(i => i.Id == request.ItemId) ?? throw new NotFoundException("Work plan item", request.ItemId);
        WorkPlanDrafts.EnsureEditable(draft);
        db.Entry(item).ExpectVersion(request.ExpectedVersion, "Work plan item", item.Id);
        request.ApplyTo(item);
        await db.SaveChangesAsync(cancellationToken);
        return await WorkPlanDrafts.ItemDtoAsync(db, item, cancellationToken);
    }
}
