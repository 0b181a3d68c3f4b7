using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.ApiKeys;

public sealed record ListApiKeys : PagedQuery, IQuery<ApiKeyPageDto>
{
    [Description("Also list revoked keys (default false).")]
    [FromQuery(Name = "includeRevoked")]
    public bool? IncludeRevoked { get; set; }

}

public sealed class ListApiKeysValidator : AbstractValidator<ListApiKeys>
{
    public ListApiKeysValidator() => this.PageRules(q => q.PageNumber, q => q.Size);
}

internal sealed class ListApiKeysHandler(RocbDbContext db) : IRequestHandler<ListApiKeys, ApiKeyPageDto>
{
    public async Task<ApiKeyPageDto> Handle(ListApiKeys request, CancellationToken cancellationToken)
    {
        var keys = db.ApiKeys.AsNoTracking();
        if (request.IncludeRevoked != true) keys = keys.Where(k => k.RevokedAt == null);
        var total = await keys.CountAsync(cancellationToken);
        var items = await keys.OrderByDescending(k => k.CreatedAt).TakePage(request.PageNumber, request.Size)
            .Select(ApiKeyDto.Projection).ToListAsync(cancellationToken);
        return new ApiKeyPageDto(items, request.PageNumber, request.Size, total);
    }
}

public sealed record ListApiKeyScopes : IQuery<IReadOnlyList<ApiKeyScopeDto>>;

internal sealed class ListApiKeyScopesHandler : IRequestHandler<ListApiKeyScopes, IReadOnlyList<ApiKeyScopeDto>>
{
    public Task<IReadOnlyList<ApiKeyScopeDto>> Handle(ListApiKeyScopes request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApiKeyScopeDto>>(
            Common.Security.Scopes.All.Select(s => new ApiKeyScopeDto(s.Key, s.Value)).ToList());
}
