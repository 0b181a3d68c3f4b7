using System.Linq.Expressions;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.ApiKeys;

/// <summary>An API key without its secret.</summary>
public sealed record ApiKeyDto(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static readonly Expression<Func<ApiKey, ApiKeyDto>> Projection = k =>
        new ApiKeyDto(k.Id, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt);
}

/// <summary>A new key. <c>Key</c> is shown this once and stored only as a hash: copy it now.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key);

public sealed record ApiKeyPageDto(IReadOnlyList<ApiKeyDto> Items, int Page, int PageSize, int TotalCount);

/// <summary>A scope an API key can be given.</summary>
public sealed record ApiKeyScopeDto(string Scope, string Description);
