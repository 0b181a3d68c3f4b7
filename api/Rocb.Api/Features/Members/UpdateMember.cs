using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Members;

public sealed record UpdateMember : MemberFields, ICommand<MemberDto>
{
    /// <summary>From the route.</summary>
    [JsonIgnore] public int Id { get; init; }
    /// <summary>From If-Match; null means "whatever the current version is".</summary>
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateMemberValidator(RocbDbContext db) : MemberFieldsValidator<UpdateMember>(db);

internal sealed class UpdateMemberHandler(RocbDbContext db, IMediator mediator) : IRequestHandler<UpdateMember, MemberDto>
{
    public async Task<MemberDto> Handle(UpdateMember request, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException("Member", request.Id);
        db.Entry(member).ExpectVersion(request.ExpectedVersion, "Member", request.Id);
        request.ApplyTo(member);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetMember(member.Id), cancellationToken);
    }
}
