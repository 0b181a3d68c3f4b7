using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Experts;

public sealed record DeleteUnavailability(int ExpertId, long PeriodId) : ICommand<Unit>;

internal sealed class DeleteUnavailabilityHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<DeleteUnavailability, Unit>
{
    public async Task<Unit> Handle(DeleteUnavailability request, CancellationToken cancellationToken)
    {
        ExpertAccess.EnsureOwn(user, request.ExpertId);
        var period = await db.Unavailability.SingleOrDefaultAsync(u => u.Id == request.PeriodId && u.ExpertId == request.ExpertId, cancellationToken)
                     ?? throw new NotFoundException("Unavailability period", request.PeriodId);
        db.Unavailability.Remove(period);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
