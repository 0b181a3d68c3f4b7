using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Regions;

/// <summary>A WCO region and the seat of its ROCB.</summary>
public sealed record RegionDto(string Code, string Name, string? RocbLocation, string? Source);

public sealed record ListRegions : IQuery<IReadOnlyList<RegionDto>>;

internal sealed class ListRegionsHandler(RocbDbContext db) : IRequestHandler<ListRegions, IReadOnlyList<RegionDto>>
{
    public async Task<IReadOnlyList<RegionDto>> Handle(ListRegions request, CancellationToken cancellationToken) =>
        await db.Regions.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RegionDto(r.Code, r.Name, r.RocbLocation, r.Source))
            .ToListAsync(cancellationToken);
}
