using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// An expert request's status follows its deployments, so nobody has to remember to move it:
/// <list type="bullet">
/// <item>cancelled is set by Staff (status "cancelled" in the request) and stays until Staff re-open it;</item>
/// <item>completed: at least as many confirmed-or-completed deployments as experts needed, and all of them completed;</item>
/// <item>staffed: at least as many confirmed-or-completed deployments as experts needed, some not completed yet;</item>
/// <item>open: otherwise (fewer confirmed experts than needed; proposed, invited, accepted, released, declined and cancelled deployments do not count).</item>
/// </list>
/// It is worked out again whenever a deployment of the request is confirmed, completed or cancelled and whenever the request is saved.
/// </summary>
public static class ExpertRequestStatusRules
{
    public static ExpertRequestStatus Derive(ExpertRequestStatus current, int expertsNeeded, int confirmedOrCompleted, int completed) =>
        current == ExpertRequestStatus.Cancelled ? ExpertRequestStatus.Cancelled
        : confirmedOrCompleted >= expertsNeeded && completed == confirmedOrCompleted ? ExpertRequestStatus.Completed
        : confirmedOrCompleted >= expertsNeeded ? ExpertRequestStatus.Staffed
        : ExpertRequestStatus.Open;

    /// <summary>Brings a request's stored status in line with its (saved) deployments; saves when it changed.</summary>
    public static async Task RefreshAsync(RocbDbContext db, int? requestId, CancellationToken ct)
    {
        if (requestId is not { } id) return;
        var request = await db.ExpertRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return;
        var counts = await db.Deployments.Where(d => d.RequestId == id)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Occupying = g.Count(d => d.Status == DeploymentStatus.Confirmed || d.Status == DeploymentStatus.Completed),
                Completed = g.Count(d => d.Status == DeploymentStatus.Completed),
            })
            .SingleOrDefaultAsync(ct);
        var status = Derive(request.Status, request.ExpertsNeeded, counts?.Occupying ?? 0, counts?.Completed ?? 0);
        if (status == request.Status) return;
        request.Status = status;
        await db.SaveChangesAsync(ct);
    }
}
