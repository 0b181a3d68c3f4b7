using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.SubRegions;

public sealed record GetSubRegion(int Id) : IQuery<SubRegionDto>;

internal sealed class GetSubRegionHandler(RocbDbContext db) : IRequestHandler<GetSubRegion, SubRegionDto>
{
    public async Task<SubRegionDto> Handle(GetSubRegion request, CancellationToken cancellationToken) =>
        await db.SubRegions.AsNoTracking().Where(s => s.Id == request.Id).Select(SubRegionDto.Projection)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Sub-region", request.Id);
}
