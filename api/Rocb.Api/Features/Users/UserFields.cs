using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Users;

/// <summary>What an administrator sets on a user: name, its one role, and what the role binds it to.</summary>
public abstract record UserFields
{
    public string DisplayName { get; init; } = "";
    /// <summary>Administrator, Staff, MemberFocalPoint, Expert or Viewer.</summary>
    public string Role { get; init; } = "";
    /// <summary>Required for a MemberFocalPoint, empty otherwise.</summary>
    public int? MemberId { get; init; }
    /// <summary>Required for an Expert (the expert profile id), empty otherwise.</summary>
    public int? ExpertId { get; init; }
}

public abstract class UserFieldsValidator<T> : AbstractValidator<T> where T : UserFields
{
    protected UserFieldsValidator(RocbDbContext db)
    {
        RuleFor(u => u.DisplayName).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(200).WithMessage("Name must be at most 200 characters.");
        RuleFor(u => u.Role).Must(r => Roles.All.Contains(r))
            .WithMessage($"Role must be one of: {string.Join(", ", Roles.All)}.");
        RuleFor(u => u.MemberId).NotNull().When(u => u.Role == Roles.MemberFocalPoint)
            .WithMessage("A Member focal point must be bound to its Member administration.");
        RuleFor(u => u.MemberId).Null().When(u => u.Role != Roles.MemberFocalPoint)
            .WithMessage("Only a Member focal point is bound to a Member administration.");
        RuleFor(u => u.MemberId).MustAsync((id, ct) => db.Members.AnyAsync(m => m.Id == id, ct))
            .When(u => u.MemberId is not null).WithMessage("Choose an existing Member administration.");
        RuleFor(u => u.ExpertId).NotNull().GreaterThan(0).When(u => u.Role == Roles.Expert)
            .WithMessage("An expert must be bound to its expert profile.");
        RuleFor(u => u.ExpertId).Null().When(u => u.Role != Roles.Expert)
            .WithMessage("Only an expert is bound to an expert profile.");
    }
}
