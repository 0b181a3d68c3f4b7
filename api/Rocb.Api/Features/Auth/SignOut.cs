using MediatR;
using Microsoft.AspNetCore.Identity;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.Auth;

/// <summary>Ends every session of the caller: a new security stamp invalidates all its access and refresh tokens.</summary>
public sealed record SignOut : ICommand<Unit>;

internal sealed class SignOutHandler(UserManager<RocbUser> users, CurrentUser current) : IRequestHandler<SignOut, Unit>
{
    public async Task<Unit> Handle(SignOut request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(current.UserId?.ToString() ?? "") ?? throw new NotFoundException("User", "current");
        await users.UpdateSecurityStampAsync(user);
        return Unit.Value;
    }
}
