using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Members;

public sealed record ListMembers : PagedQuery, IQuery<MemberPageDto>
{
    public static readonly string[] SortKeys = ["name", "-name", "code", "-code", "subRegion", "-subRegion"];

    [Description("name, code or subRegion (then name); prefix with - for descending. Default: name.")]
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [Description("Only Members of this sub-region.")]
    [FromQuery(Name = "subRegionId")]
    public int? SubRegionId { get; set; }

    [Description("Only Members of this region, by code (e.g. AP).")]
    [FromQuery(Name = "regionCode")]
    public string? RegionCode { get; set; }

    [Description("Text to find in the code or name (case-insensitive).")]
    [FromQuery(Name = "q")]
    public string? Q { get; set; }
}

public sealed class ListMembersValidator : AbstractValidator<ListMembers>
{
    public ListMembersValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.Sort).Must(s => s is null || ListMembers.SortKeys.Contains(s))
            .WithMessage($"sort must be one of: {string.Join(", ", ListMembers.SortKeys)}.");
        RuleFor(q => q.Q).MaximumLength(200);
    }
}

internal sealed class ListMembersHandler(RocbDbContext db) : IRequestHandler<ListMembers, MemberPageDto>
{
    public async Task<MemberPageDto> Handle(ListMembers request, CancellationToken cancellationToken)
    {
        IQueryable<Member> members = db.Members.AsNoTracking();
        if (request.SubRegionId is { } subRegionId) members = members.Where(m => m.SubRegionId == subRegionId);
        if (!string.IsNullOrWhiteSpace(request.RegionCode))
            members = members.Where(m => m.SubRegion.Region.Code == request.RegionCode.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var pattern = ContainsPattern(request.Q);
            members = members.Where(m => EF.Functions.ILike(m.Name, pattern) || EF.Functions.ILike(m.Code, pattern));
        }

        var total = await members.CountAsync(cancellationToken);
        var items = await Sort(members, request.Sort)
            .TakePage(request.PageNumber, request.Size)
            .Select(MemberDto.Projection)
            .ToListAsync(cancellationToken);
        return new MemberPageDto(items, request.PageNumber, request.Size, total);
    }

    // Every order ends with the unique code so that pages never overlap.
    private static IQueryable<Member> Sort(IQueryable<Member> q, string? sort) => sort switch
    {
        "-name" => q.OrderByDescending(m => m.Name).ThenBy(m => m.Code),
        "code" => q.OrderBy(m => m.Code),
        "-code" => q.OrderByDescending(m => m.Code),
        "subRegion" => q.OrderBy(m => m.SubRegion.Name).ThenBy(m => m.Name).ThenBy(m => m.Code),
        "-subRegion" => q.OrderByDescending(m => m.SubRegion.Name).ThenBy(m => m.Name).ThenBy(m => m.Code),
        _ => q.OrderBy(m => m.Name).ThenBy(m => m.Code),
    };
}
