using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.ApiKeys;

/// <summary>Creates a key for an integration client with explicit scopes and an optional expiry.</summary>
public sealed record CreateApiKey(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt) : ICommand<CreatedApiKeyDto>;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKey>
{
    public CreateApiKeyValidator(TimeProvider clock)
    {
        RuleFor(k => k.Name).NotEmpty().WithMessage("Name the client that will use the key.")
            .MaximumLength(200).WithMessage("Name must be at most 200 characters.");
        RuleFor(k => k.Scopes).NotEmpty().WithMessage("Give the key at least one scope.");
        RuleForEach(k => k.Scopes).Must(s => Common.Security.Scopes.All.ContainsKey(s))
            .WithMessage((_, s) => $"Unknown scope '{s}'. Known: {string.Join(", ", Common.Security.Scopes.All.Keys)}.");
        RuleFor(k => k.ExpiresAt).GreaterThan(_ => clock.GetUtcNow()).When(k => k.ExpiresAt is not null)
            .WithMessage("The expiry must be in the future.");
    }
}

internal sealed class CreateApiKeyHandler(RocbDbContext db, CurrentUser current, TimeProvider clock) : IRequestHandler<CreateApiKey, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKey request, CancellationToken cancellationToken)
    {
        var (prefix, secret, key) = ApiKeySecret.Create();
        var apiKey = new ApiKey
        {
            Id = Guid.CreateVersion7(), Name = request.Name.Trim(), Prefix = prefix, SecretHash = ApiKeySecret.Hash(secret),
            Scopes = request.Scopes.Distinct().Order().ToList(), CreatedAt = clock.GetUtcNow(), CreatedBy = current.UserId,
            ExpiresAt = request.ExpiresAt,
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        var dto = await db.ApiKeys.AsNoTracking().Where(k => k.Id == apiKey.Id).Select(ApiKeyDto.Projection).SingleAsync(cancellationToken);
        return new CreatedApiKeyDto(dto, key);
    }
}
