using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// Deletes an expert request recorded by mistake, with its proposed deployments (nobody was asked anything yet). Once a deployment has
/// gone beyond proposed (invited, answered, released, confirmed, completed or cancelled) it is part of the record: 409 naming those
/// deployments (cancel the request instead). Donor release requests sent for it stay, no longer tied to the request.
/// </summary>
/// <param name="ExpectedVersion">From If-Match (optional): 412 when the request changed since it was read.</param>
public sealed record DeleteExpertRequest(int Id, uint? ExpectedVersion = null) : ICommand<Unit>;

internal sealed class DeleteExpertRequestHandler(RocbDbContext db) : IRequestHandler<DeleteExpertRequest, Unit>
{
    public async Task<Unit> Handle(DeleteExpertRequest request, CancellationToken cancellationToken)
    {
        var r = await db.ExpertRequests.SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Expert request", request.Id);
        db.Entry(r).ExpectVersion(request.ExpectedVersion, "Expert request", request.Id);
        var deployments = await db.Deployments.Where(d => d.RequestId == r.Id).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var beyond = deployments.Where(d => d.Status != DeploymentStatus.Proposed).ToList();
        if (beyond.Count > 0)
            throw new ConflictException(
                $"The request “{r.Title}” cannot be deleted: " +
                string.Join(", ", beyond.Select(d => $"deployment {d.Id} is {KebabEnum.Name(d.Status)}")) +
                ". Cancel the request instead.", "id");
        var proposed = deployments.Select(d => (long?)d.Id).ToList();
        foreach (var donor in await db.DonorRequests
                     .Where(x => x.ExpertRequestId == r.Id || (x.DeploymentId != null && proposed.Contains(x.DeploymentId)))
                     .ToListAsync(cancellationToken))
        {
            if (donor.ExpertRequestId == r.Id) donor.ExpertRequestId = null;
            if (proposed.Contains(donor.DeploymentId)) donor.DeploymentId = null;
        }
        db.Deployments.RemoveRange(deployments);
        db.ExpertRequests.Remove(r);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
