using System.Security.Claims;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.Auth;

/// <summary>Exchanges a refresh token for new tokens, if the user is still active and has not signed out since.</summary>
public sealed record RefreshSession(string RefreshToken) : IRequest<SignInOutcome>;

public sealed class RefreshSessionValidator : AbstractValidator<RefreshSession>
{
    public RefreshSessionValidator() => RuleFor(r => r.RefreshToken).NotEmpty().WithMessage("refreshToken is required.");
}

internal sealed class RefreshSessionHandler(
    IOptionsMonitor<BearerTokenOptions> bearer, SignInManager<RocbUser> signIn, TimeProvider clock)
    : IRequestHandler<RefreshSession, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(RefreshSession request, CancellationToken cancellationToken)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
            return new SignInOutcome(null, "The session has expired: sign in again.");
        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { IsDisabled: false } user)
            return new SignInOutcome(null, "The session has ended: sign in again.");
        ClaimsPrincipal principal = await signIn.CreateUserPrincipalAsync(user);
        return new SignInOutcome(principal, null);
    }
}
