using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Experts;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Deployments;

/// <summary>What is recorded about a request for experts; shared by create and update.</summary>
public abstract record ExpertRequestFields
{
    /// <summary>The activity or mission (possibly still planned) the experts are for.</summary>
    public long? ActivityId { get; init; }
    /// <summary>Defaults to the activity's title.</summary>
    public string? Title { get; init; }
    /// <summary>At least one topic.</summary>
    public IReadOnlyList<int> TopicIds { get; init; } = [];
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }
    public string? Place { get; init; }
    public ActivityMode Mode { get; init; }
    /// <summary>Working language (ISO 639-1, e.g. en).</summary>
    public string? Language { get; init; }
    public int ExpertsNeeded { get; init; } = 1;
    public AccreditationNeed Accreditation { get; init; } = AccreditationNeed.Preferred;
    /// <summary>The accreditation category that fits the mission (null: any).</summary>
    public AccreditationCategory? Category { get; init; }
    /// <summary>A diagnostic mission (conflict-of-interest rule); defaults to the activity being a diagnostic or scoping mission.</summary>
    public bool? IsDiagnostic { get; init; }
    public int? RequestingMemberId { get; init; }
    public string? Funding { get; init; }
    /// <summary>cancelled cancels the request; any other value leaves (or re-opens) it to follow its deployments: open, staffed once
    /// enough experts are confirmed, completed once they all completed (ExpertRequestStatusRules).</summary>
    public ExpertRequestStatus Status { get; init; } = ExpertRequestStatus.Open;
    public string? Note { get; init; }

    internal async Task ApplyToAsync(ExpertRequest r, RocbDbContext db, CancellationToken ct)
    {
        var activity = ActivityId is { } aid
            ? await db.Activities.AsNoTracking().Where(a => a.Id == aid).Select(a => new { a.Title, a.Type }).SingleAsync(ct) : null;
        r.ActivityId = ActivityId;
        r.Title = Clean(Title) ?? activity?.Title ?? "";
        r.StartsOn = StartsOn;
        r.EndsOn = EndsOn;
        r.Place = Clean(Place);
        r.Mode = Mode;
        r.Language = Clean(Language)?.ToLowerInvariant();
        r.ExpertsNeeded = ExpertsNeeded;
        r.Accreditation = Accreditation;
        r.Category = Category;
        r.IsDiagnostic = IsDiagnostic ?? activity?.Type is ActivityType.DiagnosticMission or ActivityType.ScopingMission;
        r.RequestingMemberId = RequestingMemberId;
        r.Funding = Clean(Funding);
        // Staffed and completed are worked out from the deployments once saved (ExpertRequestStatusRules.RefreshAsync).
        r.Status = Status == ExpertRequestStatus.Cancelled ? ExpertRequestStatus.Cancelled : ExpertRequestStatus.Open;
        r.Note = Clean(Note);
        var topics = TopicIds.Distinct().ToList();
        r.Topics = await db.Topics.Where(t => topics.Contains(t.Id)).ToListAsync(ct);
    }
}

public abstract class ExpertRequestFieldsValidator<T> : AbstractValidator<T> where T : ExpertRequestFields
{
    protected ExpertRequestFieldsValidator(RocbDbContext db)
    {
        RuleFor(r => r.Title).NotEmpty().When(r => r.ActivityId is null).WithMessage("Give the request a title (or link it to an activity).");
        RuleFor(r => r.Title).MaximumLength(300);
        RuleFor(r => r.TopicIds).NotEmpty().WithMessage("Name at least one topic the experts are needed for.");
        RuleFor(r => r.TopicIds).MustAsync(async (ids, ct) =>
        {
            var wanted = ids.Distinct().ToList();
            return wanted.Count == 0 || await db.Topics.CountAsync(t => wanted.Contains(t.Id), ct) == wanted.Count;
        }).WithMessage("Every topic must be one of the topic list.");
        RuleFor(r => r.StartsOn).Must(d => d.Year is >= 1990 and <= 2100).WithMessage("Give the first day of the mission.");
        RuleFor(r => r.EndsOn).GreaterThanOrEqualTo(r => r.StartsOn).WithMessage("The mission must not end before it starts.");
        RuleFor(r => r.Mode).IsInEnum();
        RuleFor(r => r.Accreditation).IsInEnum();
        RuleFor(r => r.Category).IsInEnum().When(r => r.Category is not null);
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Language).Matches("^[A-Za-z]{2,3}$").When(r => !string.IsNullOrWhiteSpace(r.Language))
            .WithMessage("The language is an ISO 639-1 code such as en.");
        RuleFor(r => r.ExpertsNeeded).InclusiveBetween(1, 50).WithMessage("Between 1 and 50 experts.");
        RuleFor(r => r.Place).MaximumLength(200);
        RuleFor(r => r.Funding).MaximumLength(200);
        RuleFor(r => r.Note).MaximumLength(2000);
        RuleFor(r => r.ActivityId).MustAsync((id, ct) => db.Activities.AnyAsync(a => a.Id == id, ct)).When(r => r.ActivityId is not null)
            .WithMessage("Choose an existing activity.");
        RuleFor(r => r.RequestingMemberId).MustAsync((id, ct) => db.Members.AnyAsync(m => m.Id == id, ct)).When(r => r.RequestingMemberId is not null)
            .WithMessage("Choose an existing Member.");
    }
}
