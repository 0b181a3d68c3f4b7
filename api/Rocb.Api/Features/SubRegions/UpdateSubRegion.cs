using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.SubRegions;

public sealed record UpdateSubRegion : SubRegionFields, ICommand<SubRegionDto>
{
    [JsonIgnore] public int Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateSubRegionValidator(RocbDbContext db) : SubRegionFieldsValidator<UpdateSubRegion>(db);

internal sealed class UpdateSubRegionHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<UpdateSubRegion, SubRegionDto>
{
    public async Task<SubRegionDto> Handle(UpdateSubRegion request, CancellationToken cancellationToken)
    {
        var subRegion = await db.SubRegions.SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
                        ?? throw new NotFoundException("Sub-region", request.Id);
        if (request.ExpectedVersion is { } expected)
        {
            if (subRegion.Version != expected) throw new PreconditionFailedException("Sub-region", request.Id);
            db.Entry(subRegion).Property(s => s.Version).OriginalValue = expected;
        }
        request.ApplyTo(subRegion, await db.RegionIdAsync(request.RegionCode, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetSubRegion(subRegion.Id), cancellationToken);
    }
}
