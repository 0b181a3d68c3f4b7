using System.Linq.Expressions;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.SubRegions;

/// <summary>A sub-region with its ROCB programme manager and how many Members it has.</summary>
public sealed record SubRegionDto(
    int Id,
    string Code,
    string Name,
    string RegionCode,
    string? ProgrammeManager,
    string? Source,
    int MemberCount,
    string Version)
{
    public static readonly Expression<Func<SubRegion, SubRegionDto>> Projection = s => new SubRegionDto(
        s.Id, s.Code, s.Name, s.Region.Code, s.ProgrammeManager, s.Source, s.Members.Count, s.Version.ToString());
}
