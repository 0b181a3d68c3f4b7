using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Experts;

/// <summary>Changes a profile: Staff any, an expert its own.</summary>
public sealed record UpdateExpert : ExpertFields, ICommand<ExpertDto>
{
    [JsonIgnore] public int Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateExpertValidator(RocbDbContext db) : ExpertFieldsValidator<UpdateExpert>(db);

internal sealed class UpdateExpertHandler(RocbDbContext db, IMediator mediator, CurrentUser user) : IRequestHandler<UpdateExpert, ExpertDto>
{
    public async Task<ExpertDto> Handle(UpdateExpert request, CancellationToken cancellationToken)
    {
        ExpertAccess.EnsureOwn(user, request.Id);
        var expert = await db.Experts.Include(e => e.Topics).SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Expert", request.Id);
        db.Entry(expert).ExpectVersion(request.ExpectedVersion, "Expert", request.Id);
        request.ApplyTo(expert);
        db.Entry(expert).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetExpert(expert.Id), cancellationToken);
    }
}
