using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Persistence;

namespace Rocb.Api.Common.Mediation;

/// <summary>
/// Wraps each command in one database transaction: everything it writes (and, later, its audit
/// entries) commits together or not at all. Queries pass straight through.
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(RocbDbContext db)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
            return await next();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
