using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Domain.Experts;

namespace Rocb.Api.Features.Deployments;

/// <summary>
/// proposed → invited → accepted or declined (by the expert) → released (by the home administration) → confirmed → completed;
/// any state before completion may be cancelled. Every move stamps its time; anything else is a 409.
/// </summary>
public static class DeploymentWorkflow
{
    public static readonly IReadOnlyDictionary<DeploymentStatus, DeploymentStatus[]> Allowed = new Dictionary<DeploymentStatus, DeploymentStatus[]>
    {
        [DeploymentStatus.Proposed] = [DeploymentStatus.Invited, DeploymentStatus.Cancelled],
        [DeploymentStatus.Invited] = [DeploymentStatus.Accepted, DeploymentStatus.Declined, DeploymentStatus.Cancelled],
        [DeploymentStatus.Accepted] = [DeploymentStatus.Released, DeploymentStatus.Cancelled],
        [DeploymentStatus.Released] = [DeploymentStatus.Confirmed, DeploymentStatus.Cancelled],
        [DeploymentStatus.Confirmed] = [DeploymentStatus.Completed, DeploymentStatus.Cancelled],
        [DeploymentStatus.Declined] = [],
        [DeploymentStatus.Completed] = [],
        [DeploymentStatus.Cancelled] = [],
    };

    /// <summary>States that occupy the expert's dates: the exclusion constraint covers them.</summary>
    public static readonly DeploymentStatus[] Occupying = [DeploymentStatus.Confirmed, DeploymentStatus.Completed];

    /// <summary>States where someone still has to act (the "stuck" list).</summary>
    public static readonly DeploymentStatus[] Waiting =
        [DeploymentStatus.Proposed, DeploymentStatus.Invited, DeploymentStatus.Accepted, DeploymentStatus.Released, DeploymentStatus.Confirmed];

    public static void Move(Deployment d, DeploymentStatus to, DateTimeOffset now)
    {
        if (!Allowed[d.Status].Contains(to))
            throw new ConflictException(
                $"Deployment {d.Id} is {KebabEnum.Name(d.Status)}: it cannot become {KebabEnum.Name(to)}" +
                (Allowed[d.Status].Length == 0 ? " (it is closed)." : $" (next: {string.Join(" or ", Allowed[d.Status].Select(KebabEnum.Name))})."),
                "status");
        d.Status = to;
        d.StatusChangedAt = now;
        switch (to)
        {
            case DeploymentStatus.Invited: d.InvitedAt = now; break;
            case DeploymentStatus.Accepted or DeploymentStatus.Declined: d.AnsweredAt = now; break;
            case DeploymentStatus.Released: d.ReleasedAt = now; break;
            case DeploymentStatus.Confirmed: d.ConfirmedAt = now; break;
            case DeploymentStatus.Completed: d.CompletedAt = now; break;
            case DeploymentStatus.Cancelled: d.CancelledAt = now; break;
        }
    }

    /// <summary>What a deployment in a state waits for.</summary>
    public static string WaitingFor(DeploymentStatus status) => status switch
    {
        DeploymentStatus.Proposed => "Staff to invite the expert",
        DeploymentStatus.Invited => "the expert to accept or decline",
        DeploymentStatus.Accepted => "the home administration to release the expert",
        DeploymentStatus.Released => "Staff to confirm",
        DeploymentStatus.Confirmed => "the mission to end and Staff to complete it",
        _ => "nothing",
    };
}
