using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Experts;

/// <summary>
/// Removes an expert from the roster with its topics, accreditations (and their history) and unavailability. An expert that has
/// deployments (in any state), donor release requests or a user account bound to it is part of the record: 409 naming what blocks it.
/// </summary>
/// <param name="ExpectedVersion">From If-Match (optional): 412 when the expert changed since it was read.</param>
public sealed record DeleteExpert(int Id, uint? ExpectedVersion = null) : ICommand<Unit>;

internal sealed class DeleteExpertHandler(RocbDbContext db) : IRequestHandler<DeleteExpert, Unit>
{
    public async Task<Unit> Handle(DeleteExpert request, CancellationToken cancellationToken)
    {
        var expert = await db.Experts.SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Expert", request.Id);
        db.Entry(expert).ExpectVersion(request.ExpectedVersion, "Expert", request.Id);
        var deployments = await db.Deployments.Where(d => d.ExpertId == expert.Id).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        var donorRequests = await db.DonorRequests.Where(r => r.ExpertId == expert.Id).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var users = await db.Users.Where(u => u.ExpertId == expert.Id).OrderBy(u => u.Email).Select(u => u.Email ?? u.DisplayName).ToListAsync(cancellationToken);
        var blockers = new List<string>();
        if (deployments.Count > 0) blockers.Add($"{Plural(deployments.Count, "deployment")} ({string.Join(", ", deployments)})");
        if (donorRequests.Count > 0) blockers.Add($"{Plural(donorRequests.Count, "donor release request")} ({string.Join(", ", donorRequests)})");
        if (users.Count > 0) blockers.Add($"the user account {string.Join(", ", users)} bound to it");
        if (blockers.Count > 0)
            throw new ConflictException($"{expert.Name} cannot be deleted: it has {string.Join(" and ", blockers)}. " +
                                        "Deployments are part of the record; cancel them instead, or keep the expert.", "id");
        // Topics, accreditations (with their history) and unavailability go with it (ON DELETE CASCADE).
        db.Experts.Remove(expert);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
