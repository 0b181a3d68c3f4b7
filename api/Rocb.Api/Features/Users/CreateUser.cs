using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain;
using Rocb.Api.Features.Auth;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Users;

/// <summary>Creates a user with an initial password the administrator passes on (the user changes it after signing in).</summary>
public sealed record CreateUser : UserFields, ICommand<UserDto>
{
    public string Email { get; init; } = "";
    public string Password { get; init; } = "";
}

public sealed class CreateUserValidator : UserFieldsValidator<CreateUser>
{
    public CreateUserValidator(RocbDbContext db) : base(db)
    {
        RuleFor(u => u.Email).NotEmpty().WithMessage("Email is required.")
            .EmailAddress().WithMessage("Enter a valid email address.")
            .MustAsync(async (email, ct) => !await db.Users.AnyAsync(u => u.NormalizedEmail == email.Trim().ToUpperInvariant(), ct))
            .WithMessage("Another user already has this email.");
        RuleFor(u => u.Password).NotEmpty().WithMessage("An initial password is required.");
    }
}

internal sealed class CreateUserHandler(UserManager<RocbUser> users, IMediator mediator, TimeProvider clock) : IRequestHandler<CreateUser, UserDto>
{
    public async Task<UserDto> Handle(CreateUser request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var user = new RocbUser
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, DisplayName = request.DisplayName.Trim(),
            MemberId = request.MemberId, ExpertId = request.ExpertId, CreatedAt = clock.GetUtcNow(), LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) throw PasswordErrors.ToValidation(created, "password");
        var role = await users.AddToRoleAsync(user, request.Role);
        if (!role.Succeeded) throw new ValidationException(role.Errors.Select(e => new FluentValidation.Results.ValidationFailure("role", e.Description)));
        return await mediator.Send(new GetUser(user.Id), cancellationToken);
    }
}
