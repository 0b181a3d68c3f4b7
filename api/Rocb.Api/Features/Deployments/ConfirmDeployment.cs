using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// Confirms a released deployment. An expert never holds two confirmed deployments whose days overlap: PostgreSQL's exclusion constraint
/// <see cref="Constraints.DeploymentOverlap"/> guarantees it. Confirmations of one expert are serialised with a transaction-scoped advisory lock
/// (so concurrent ones queue rather than deadlock), the overlap is checked first to name the conflicting deployment in the 409, and a
/// violation that still reaches the constraint is answered the same way.
/// </summary>
public sealed record ConfirmDeployment : ICommand<DeploymentDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

internal sealed class ConfirmDeploymentHandler(RocbDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<ConfirmDeployment, DeploymentDto>
{
    private const int LockSpace = 70_007;

    public async Task<DeploymentDto> Handle(ConfirmDeployment request, CancellationToken cancellationToken)
    {
        var expertId = await db.Deployments.Where(x => x.Id == request.Id).Select(x => (int?)x.ExpertId).SingleOrDefaultAsync(cancellationToken)
                       ?? throw new NotFoundException("Deployment", request.Id);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, {expertId})", cancellationToken);
        var d = await DeploymentTransitions.LoadAsync(db, request.Id, request.ExpectedVersion, cancellationToken);
        DeploymentWorkflow.Move(d, DeploymentStatus.Confirmed, clock.GetUtcNow());
        if (await ConflictingAsync(d, cancellationToken) is { } conflict) throw Overlap(d, conflict);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { ConstraintName: Constraints.DeploymentOverlap })
        {
            // EF rolled back to its savepoint: the transaction is usable, and the conflicting row is committed by now.
            db.Entry(d).State = EntityState.Detached;
            throw Overlap(d, await ConflictingAsync(d, cancellationToken));
        }
        await ExpertRequestStatusRules.RefreshAsync(db, d.RequestId, cancellationToken);
        return await mediator.Send(new GetDeployment(d.Id), cancellationToken);
    }

    private Task<Deployment?> ConflictingAsync(Deployment d, CancellationToken ct) =>
        db.Deployments.AsNoTracking().Include(x => x.Request).Include(x => x.Activity)
            .Where(x => x.ExpertId == d.ExpertId && x.Id != d.Id && (x.Status == DeploymentStatus.Confirmed || x.Status == DeploymentStatus.Completed)
                        && x.StartsOn <= d.EndsOn && x.EndsOn >= d.StartsOn)
            .OrderBy(x => x.StartsOn).ThenBy(x => x.Id).FirstOrDefaultAsync(ct);

    private static ConflictException Overlap(Deployment d, Deployment? conflict) => new(conflict is null
        ? $"The expert already has a confirmed deployment overlapping {d.StartsOn:yyyy-MM-dd} – {d.EndsOn:yyyy-MM-dd}."
        : $"The expert already has confirmed deployment {conflict.Id} ({conflict.Request?.Title ?? conflict.Activity?.Title ?? "no title"}, " +
          $"{conflict.StartsOn:yyyy-MM-dd} – {conflict.EndsOn:yyyy-MM-dd}), which overlaps {d.StartsOn:yyyy-MM-dd} – {d.EndsOn:yyyy-MM-dd}.",
        "startsOn");
}
