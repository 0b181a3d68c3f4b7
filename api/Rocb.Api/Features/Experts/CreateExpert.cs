using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Experts;

public sealed record CreateExpert : ExpertFields, ICommand<ExpertDto>;

public sealed class CreateExpertValidator(RocbDbContext db) : ExpertFieldsValidator<CreateExpert>(db);

internal sealed class CreateExpertHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<CreateExpert, ExpertDto>
{
    public async Task<ExpertDto> Handle(CreateExpert request, CancellationToken cancellationToken)
    {
        var expert = new Expert();
        request.ApplyTo(expert);
        db.Experts.Add(expert);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetExpert(expert.Id), cancellationToken);
    }
}
