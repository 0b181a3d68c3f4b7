using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain;
using Rocb.Api.Features.Auth;

namespace Rocb.Api.Features.Users;

/// <summary>An administrator sets a new password for a user (and lifts a lockout); the user's sessions end.</summary>
public sealed record ResetUserPassword : ICommand<Unit>
{
    [JsonIgnore] public Guid Id { get; init; }
    public string NewPassword { get; init; } = "";
}

public sealed class ResetUserPasswordValidator : AbstractValidator<ResetUserPassword>
{
    public ResetUserPasswordValidator() => RuleFor(r => r.NewPassword).NotEmpty().WithMessage("Enter a new password.");
}

internal sealed class ResetUserPasswordHandler(UserManager<RocbUser> users) : IRequestHandler<ResetUserPassword, Unit>
{
    public async Task<Unit> Handle(ResetUserPassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.Id.ToString()) ?? throw new NotFoundException("User", request.Id);
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, request.NewPassword);
            if (!valid.Succeeded) throw PasswordErrors.ToValidation(valid, "newPassword");
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, request.NewPassword);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await users.UpdateSecurityStampAsync(user);
        return Unit.Value;
    }
}
