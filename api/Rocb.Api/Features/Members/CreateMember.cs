using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Members;

public sealed record CreateMember : MemberFields, ICommand<MemberDto>;

public sealed class CreateMemberValidator(RocbDbContext db) : MemberFieldsValidator<CreateMember>(db);

internal sealed class CreateMemberHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<CreateMember, MemberDto>
{
    public async Task<MemberDto> Handle(CreateMember request, CancellationToken cancellationToken)
    {
        var member = new Member();
        request.ApplyTo(member);
        db.Members.Add(member);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMember(member.Id), cancellationToken);
    }
}
