using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Users;

/// <summary>Changes a user's name, role, binding or disabled state. A change of role, binding or state ends its sessions.</summary>
public sealed record UpdateUser : UserFields, ICommand<UserDto>
{
    [JsonIgnore] public Guid Id { get; init; }
    public bool IsDisabled { get; init; }
}

public sealed class UpdateUserValidator(RocbDbContext db) : UserFieldsValidator<UpdateUser>(db);

internal sealed class UpdateUserHandler(UserManager<RocbUser> users, CurrentUser current, IMediator mediator) : IRequestHandler<UpdateUser, UserDto>
{
    public async Task<UserDto> Handle(UpdateUser request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.Id.ToString()) ?? throw new NotFoundException("User", request.Id);
        var roles = await users.GetRolesAsync(user);
        if (user.Id == current.UserId && (request.IsDisabled || request.Role != Roles.Administrator))
            throw new ConflictException("You cannot disable yourself or take away your own Administrator role.", "role");

        var sessionsEnd = request.IsDisabled != user.IsDisabled || !roles.SequenceEqual([request.Role])
                          || request.MemberId != user.MemberId || request.ExpertId != user.ExpertId;
        user.DisplayName = request.DisplayName.Trim();
        user.MemberId = request.MemberId;
        user.ExpertId = request.ExpertId;
        user.IsDisabled = request.IsDisabled;
        if (!roles.SequenceEqual([request.Role]))
        {
            await users.RemoveFromRolesAsync(user, roles);
            await users.AddToRoleAsync(user, request.Role);
        }
        if (sessionsEnd) await users.UpdateSecurityStampAsync(user);
        else await users.UpdateAsync(user);
        return await mediator.Send(new GetUser(user.Id), cancellationToken);
    }
}
