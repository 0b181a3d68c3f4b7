using System.Security.Claims;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.Auth;

/// <summary>
/// Checks an email and password. Deliberately not a transactional command: a failed attempt must still
/// count towards the lockout (Identity saves the failure count itself).
/// </summary>
public sealed record SignIn(string Email, string Password) : IRequest<SignInOutcome>;

/// <summary>Either the principal to issue tokens for, or why not.</summary>
public sealed record SignInOutcome(ClaimsPrincipal? Principal, string? Failure);

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(s => s.Email).NotEmpty().WithMessage("Email is required.");
        RuleFor(s => s.Password).NotEmpty().WithMessage("Password is required.");
    }
}

internal sealed class SignInHandler(UserManager<RocbUser> users, SignInManager<RocbUser> signIn, TimeProvider clock)
    : IRequestHandler<SignIn, SignInOutcome>
{
    private const string Wrong = "The email or password is incorrect.";

    public async Task<SignInOutcome> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.Email.Trim());
        if (user is null) return new SignInOutcome(null, Wrong);
        if (user.IsDisabled) return new SignInOutcome(null, "This account is disabled. Ask a Rocb administrator.");

        var result = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            var until = user.LockoutEnd is { } end && end > clock.GetUtcNow() ? $" until {end:yyyy-MM-dd HH:mm} UTC" : "";
            return new SignInOutcome(null, $"This account is locked after repeated failed sign-ins{until}.");
        }
        if (!result.Succeeded) return new SignInOutcome(null, Wrong);
        return new SignInOutcome(await signIn.CreateUserPrincipalAsync(user), null);
    }
}
