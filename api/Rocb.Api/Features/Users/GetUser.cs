using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Users;

public sealed record GetUser(Guid Id) : IQuery<UserDto>;

internal sealed class GetUserHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<GetUser, UserDto>
{
    public async Task<UserDto> Handle(GetUser request, CancellationToken cancellationToken) =>
        (await UserRow.Query(db).SingleOrDefaultAsync(u => u.Id == request.Id, cancellationToken))?.ToDto(clock.GetUtcNow())
        ?? throw new NotFoundException("User", request.Id);
}
