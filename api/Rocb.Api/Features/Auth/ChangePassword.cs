using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.Auth;

/// <summary>Changes the caller's own password; its other sessions end (new security stamp).</summary>
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<Unit>;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password.");
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage("Enter a new password.");
    }
}

internal sealed class ChangePasswordHandler(UserManager<RocbUser> users, CurrentUser current) : IRequestHandler<ChangePassword, Unit>
{
    public async Task<Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(current.UserId?.ToString() ?? "") ?? throw new NotFoundException("User", "current");
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!result.Succeeded) throw PasswordErrors.ToValidation(result, "newPassword");
        return Unit.Value;
    }
}

internal static class PasswordErrors
{
    /// <summary>Identity's error list as a 400 on the right field (a wrong current password on currentPassword).</summary>
    public static ValidationException ToValidation(IdentityResult result, string field) =>
        new(result.Errors.Select(e => new ValidationFailure(
            e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : e.Code.StartsWith("Password", StringComparison.Ordinal) ? field : EmailOrGeneral(e.Code),
            e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is incorrect." : e.Description)));

    private static string EmailOrGeneral(string code) =>
        code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? "email" : "general";
}
