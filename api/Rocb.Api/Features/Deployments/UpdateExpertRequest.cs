using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Deployments;

public sealed record UpdateExpertRequest : ExpertRequestFields, ICommand<ExpertRequestDto>
{
    [JsonIgnore] public int Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateExpertRequestValidator(RocbDbContext db) : ExpertRequestFieldsValidator<UpdateExpertRequest>(db);

internal sealed class UpdateExpertRequestHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<UpdateExpertRequest, ExpertRequestDto>
{
    public async Task<ExpertRequestDto> Handle(UpdateExpertRequest request, CancellationToken cancellationToken)
    {
        var r = await db.ExpertRequests.Include(x => x.Topics).SingleOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Expert request", request.Id);
        db.Entry(r).ExpectVersion(request.ExpectedVersion, "Expert request", request.Id);
        await request.ApplyToAsync(r, db, cancellationToken);
        db.Entry(r).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        await ExpertRequestStatusRules.RefreshAsync(db, r.Id, cancellationToken);
        return await mediator.Send(new GetExpertRequest(r.Id), cancellationToken);
    }
}
