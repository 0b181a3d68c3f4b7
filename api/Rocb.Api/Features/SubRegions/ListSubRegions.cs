using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.SubRegions;

/// <summary>All sub-regions (a short list: no paging), ordered by region then name.</summary>
public sealed record ListSubRegions : IQuery<IReadOnlyList<SubRegionDto>>
{
    [Description("Only sub-regions of this region, by code (e.g. AP).")]
    [FromQuery(Name = "regionCode")]
    public string? RegionCode { get; set; }
}

internal sealed class ListSubRegionsHandler(RocbDbContext db) : IRequestHandler<ListSubRegions, IReadOnlyList<SubRegionDto>>
{
    public async Task<IReadOnlyList<SubRegionDto>> Handle(ListSubRegions request, CancellationToken cancellationToken)
    {
        var query = db.SubRegions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.RegionCode))
            query = query.Where(s => s.Region.Code == request.RegionCode.Trim().ToUpperInvariant());
        return await query.OrderBy(s => s.Region.Code).ThenBy(s => s.Name)
            .Select(SubRegionDto.Projection).ToListAsync(cancellationToken);
    }
}
