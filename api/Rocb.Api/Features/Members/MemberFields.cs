using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Members;

/// <summary>The editable fields of a Member administration, shared by create and update.</summary>
public abstract record MemberFields
{
    /// <summary>Two capital letters, unique, e.g. TH.</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public int SubRegionId { get; init; }
    public DateOnly? JoinedOn { get; init; }
    public DateOnly? LeftOn { get; init; }
    public bool IsCbRecipient { get; init; }
    public bool IsDonor { get; init; }
    public bool IsSmallIslandEconomy { get; init; }
    public bool IsRtcHost { get; init; }
    /// <summary>Where the facts come from (document and line, or who said so).</summary>
    public string? Source { get; init; }

    internal void ApplyTo(Member member)
    {
        member.Code = Code.Trim();
        member.Name = Name.Trim();
        member.SubRegionId = SubRegionId;
        member.JoinedOn = JoinedOn;
        member.LeftOn = LeftOn;
        member.IsCbRecipient = IsCbRecipient;
        member.IsDonor = IsDonor;
        member.IsSmallIslandEconomy = IsSmallIslandEconomy;
        member.IsRtcHost = IsRtcHost;
        member.Source = Clean(Source);
    }
}

public abstract class MemberFieldsValidator<T> : AbstractValidator<T> where T : MemberFields
{
    protected MemberFieldsValidator(RocbDbContext db)
    {
        RuleFor(m => m.Code).NotEmpty().WithMessage("Code is required.")
            .Matches("^[A-Z]{2}$").WithMessage("Code must be two capital letters, e.g. TH.");
        RuleFor(m => m.Name).NotEmpty().WithMessage("Name is required.")
            .MaximumLength(200).WithMessage("Name must be at most 200 characters.");
        RuleFor(m => m.SubRegionId)
            .MustAsync((id, ct) => db.SubRegions.AnyAsync(s => s.Id == id, ct))
            .WithMessage("Choose an existing sub-region.");
        RuleFor(m => m.LeftOn)
            .GreaterThanOrEqualTo(m => m.JoinedOn!.Value).When(m => m.JoinedOn is not null && m.LeftOn is not null)
            .WithMessage("The date left must not be before the date joined.");
        RuleFor(m => m.Source).MaximumLength(4000).WithMessage("Source must be at most 4000 characters.");
    }
}
