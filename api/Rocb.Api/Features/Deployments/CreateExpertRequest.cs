using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

public sealed record CreateExpertRequest : ExpertRequestFields, ICommand<ExpertRequestDto>;

public sealed class CreateExpertRequestValidator(RocbDbContext db) : ExpertRequestFieldsValidator<CreateExpertRequest>(db);

internal sealed class CreateExpertRequestHandler(RocbDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<CreateExpertRequest, ExpertRequestDto>
{
    public async Task<ExpertRequestDto> Handle(CreateExpertRequest request, CancellationToken cancellationToken)
    {
        var r = new ExpertRequest { CreatedAt = clock.GetUtcNow() };
        await request.ApplyToAsync(r, db, cancellationToken);
        db.ExpertRequests.Add(r);
        await db.SaveChangesAsync(cancellationToken);
        await ExpertRequestStatusRules.RefreshAsync(db, r.Id, cancellationToken);
        return await mediator.Send(new GetExpertRequest(r.Id), cancellationToken);
    }
}
