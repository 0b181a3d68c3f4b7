using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.ApiKeys;

/// <summary>Revokes a key: it stops working at once. The record stays for the audit log.</summary>
public sealed record RevokeApiKey(Guid Id) : ICommand<Unit>;

internal sealed class RevokeApiKeyHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<RevokeApiKey, Unit>
{
    public async Task<Unit> Handle(RevokeApiKey request, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
                  ?? throw new NotFoundException("API key", request.Id);
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
