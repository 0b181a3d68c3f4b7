using System.Linq.Expressions;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.Members;

/// <summary>A Member administration as the API shows it.</summary>
public sealed record MemberDto(
    int Id,
    string Code,
    string Name,
    string RegionCode,
    int SubRegionId,
    string SubRegionCode,
    string SubRegionName,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    bool IsCbRecipient,
    bool IsDonor,
    bool IsSmallIslandEconomy,
    bool IsRtcHost,
    string? Source,
    string Version)
{
    public static readonly Expression<Func<Member, MemberDto>> Projection = m => new MemberDto(
        m.Id, m.Code, m.Name, m.SubRegion.Region.Code, m.SubRegionId, m.SubRegion.Code, m.SubRegion.Name,
        m.JoinedOn, m.LeftOn, m.IsCbRecipient, m.IsDonor, m.IsSmallIslandEconomy, m.IsRtcHost, m.Source,
        m.Version.ToString());
}

/// <summary>One page of Member administrations.</summary>
public sealed record MemberPageDto(IReadOnlyList<MemberDto> Items, int Page, int PageSize, int TotalCount);
