using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Milestones;

/// <summary>What a focal point (or Staff) reports about one Member on one milestone.</summary>
public abstract record MilestoneStatusFields
{
    public int MemberId { get; init; }
    public int MilestoneId { get; init; }
    public MilestoneStatus Status { get; init; }
    /// <summary>From when the status holds; not in the future.</summary>
    public DateOnly EffectiveOn { get; init; }
    public string? Evidence { get; init; }
    public string? EvidenceLink { get; init; }
    public string? SourceDocument { get; init; }
    /// <summary>Required when the status is not-applicable.</summary>
    public string? NotApplicableReason { get; init; }

    internal void ApplyTo(MilestoneStatusRecord record)
    {
        record.MemberId = MemberId;
        record.MilestoneId = MilestoneId;
        record.Status = Status;
        record.EffectiveOn = EffectiveOn;
        record.Evidence = Clean(Evidence);
        record.EvidenceLink = Clean(EvidenceLink);
        record.SourceDocument = Clean(SourceDocument);
        record.NotApplicableReason = Status == MilestoneStatus.NotApplicable ? Clean(NotApplicableReason) : null;
    }
}

public abstract class MilestoneStatusFieldsValidator<T> : AbstractValidator<T> where T : MilestoneStatusFields
{
    protected MilestoneStatusFieldsValidator(RocbDbContext db, TimeProvider clock)
    {
        RuleFor(r => r.MemberId).MustAsync((id, ct) => db.Members.AnyAsync(m => m.Id == id, ct)).WithMessage("Choose an existing Member.");
        RuleFor(r => r.MilestoneId).MustAsync((id, ct) => db.Milestones.AnyAsync(m => m.Id == id, ct)).WithMessage("Choose an existing milestone.");
        RuleFor(r => r.Status).IsInEnum().WithMessage("Status must be not-started, planned, in-progress, achieved or not-applicable.");
        RuleFor(r => r.EffectiveOn).Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The effective date cannot be in the future.");
        RuleFor(r => r.EffectiveOn).Must(d => d.Year >= 1990).WithMessage("The effective date must be a real date (1990 or later).");
        RuleFor(r => r.NotApplicableReason).NotEmpty().When(r => r.Status == MilestoneStatus.NotApplicable)
            .WithMessage("Say why the milestone does not apply to this Member.");
        RuleFor(r => r.Evidence).NotEmpty().When(r => r.Status is MilestoneStatus.Achieved or MilestoneStatus.InProgress && string.IsNullOrWhiteSpace(r.EvidenceLink))
            .WithMessage("Give the evidence: a short text, a link or both.");
        RuleFor(r => r.EvidenceLink).Must(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
            .When(r => !string.IsNullOrWhiteSpace(r.EvidenceLink)).WithMessage("The link must be a full http(s) address.");
        RuleFor(r => r.Evidence).MaximumLength(4000);
        RuleFor(r => r.SourceDocument).MaximumLength(1000);
    }
}
