using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.SubRegions;

public sealed record CreateSubRegion : SubRegionFields, ICommand<SubRegionDto>;

public sealed class CreateSubRegionValidator(RocbDbContext db) : SubRegionFieldsValidator<CreateSubRegion>(db);

internal sealed class CreateSubRegionHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<CreateSubRegion, SubRegionDto>
{
    public async Task<SubRegionDto> Handle(CreateSubRegion request, CancellationToken cancellationToken)
    {
        var subRegion = new SubRegion();
        request.ApplyTo(subRegion, await db.RegionIdAsync(request.RegionCode, cancellationToken));
        db.SubRegions.Add(subRegion);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetSubRegion(subRegion.Id), cancellationToken);
    }
}
