using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.Activities;

/// <summary>What Staff record about an activity; shared by create and update.</summary>
public abstract record ActivityFields
{
    public string Title { get; init; } = "";
    public ActivityType Type { get; init; }
    public ActivityStatus Status { get; init; }
    /// <summary>Required when the activity is postponed or cancelled.</summary>
    public string? StatusReason { get; init; }
    /// <summary>First day; with month precision, the first day of the month.</summary>
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public DatePrecision DatePrecision { get; init; }
    public string? Venue { get; init; }
    public int? HostMemberId { get; init; }
    public ActivityMode Mode { get; init; }
    public RocbInvolvement RocbRole { get; init; }
    public string? Sponsors { get; init; }
    public string? Partners { get; init; }
    public string? Funding { get; init; }
    /// <summary>Beneficiary Members.</summary>
    public IReadOnlyList<int> MemberIds { get; init; } = [];
    public IReadOnlyList<int> TopicIds { get; init; } = [];
    /// <summary>Plan actions the activity counts for; each plan's period must cover the activity's dates.</summary>
    public IReadOnlyList<int> ActionIds { get; init; } = [];
    public IReadOnlyList<ActivityStaffDto> Staff { get; init; } = [];
    public string? Reference { get; init; }
    public string? Source { get; init; }
    public string? Note { get; init; }

    internal async Task ApplyToAsync(Activity activity, RocbDbContext db, CancellationToken ct)
    {
        activity.Title = Title.Trim();
        activity.Type = Type;
        activity.Status = Status;
        activity.StatusReason = Status is ActivityStatus.Postponed or ActivityStatus.Cancelled ? Clean(StatusReason) : null;
        activity.StartsOn = StartsOn;
        activity.EndsOn = EndsOn ?? (DatePrecision == DatePrecision.Month && StartsOn is { } s ? s.AddMonths(1).AddDays(-1) : null);
        activity.DatePrecision = DatePrecision;
        activity.Venue = Clean(Venue);
        activity.HostMemberId = HostMemberId;
        activity.Mode = Mode;
        activity.RocbRole = RocbRole;
        activity.Sponsors = Clean(Sponsors);
        activity.Partners = Clean(Partners);
        activity.Funding = Clean(Funding);
        activity.Reference = Clean(Reference);
        activity.Source = Clean(Source);
        activity.Note = Clean(Note);
        var members = MemberIds.Distinct().ToList();
        var topics = TopicIds.Distinct().ToList();
        var actions = ActionIds.Distinct().ToList();
        activity.Members = await db.Members.Where(m => members.Contains(m.Id)).ToListAsync(ct);
        activity.Topics = await db.Topics.Where(t => topics.Contains(t.Id)).ToListAsync(ct);
        activity.Actions = await db.SpecificActions.Where(a => actions.Contains(a.Id)).ToListAsync(ct);
        activity.Staff.Clear();
        activity.Staff.AddRange(Staff.Select(x => new ActivityStaff { Name = x.Name.Trim(), Role = x.Role.Trim() }));
    }
}

public abstract class ActivityFieldsValidator<T> : AbstractValidator<T> where T : ActivityFields
{
    protected ActivityFieldsValidator(RocbDbContext db)
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("Give the activity a title.").MaximumLength(500);
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.DatePrecision).IsInEnum();
        RuleFor(r => r.Mode).IsInEnum();
        RuleFor(r => r.RocbRole).IsInEnum();
        RuleFor(r => r.StatusReason).NotEmpty().When(r => r.Status is ActivityStatus.Postponed or ActivityStatus.Cancelled)
            .WithMessage("Say why the activity was postponed or cancelled.").MaximumLength(500);
        RuleFor(r => r.StartsOn).NotNull().When(r => r.Status is ActivityStatus.Delivered or ActivityStatus.Confirmed)
            .WithMessage("A confirmed or delivered activity needs its start date (the first of the month when only the month is known).");
        RuleFor(r => r.StartsOn).Must(d => d is null || d.Value.Year is >= 1990 and <= 2100).WithMessage("The start date must be a real date.");
        RuleFor(r => r.EndsOn).Must((r, end) => end is null || r.StartsOn is null || end >= r.StartsOn)
            .WithMessage("The activity must not end before it starts.");
        RuleFor(r => r.EndsOn).Null().When(r => r.StartsOn is null).WithMessage("Give the start date too.");
        RuleFor(r => r.StartsOn).Must(d => d is null || d.Value.Day == 1).When(r => r.DatePrecision is DatePrecision.Month or DatePrecision.Quarter)
            .WithMessage("When only the month or quarter is known, the start date is its first day.");
        RuleFor(r => r.Venue).MaximumLength(200);
        RuleFor(r => r.Sponsors).MaximumLength(500);
        RuleFor(r => r.Partners).MaximumLength(500);
        RuleFor(r => r.Funding).MaximumLength(200);
        RuleFor(r => r.Reference).MaximumLength(50);
        RuleForEach(r => r.Staff).ChildRules(s =>
        {
            s.RuleFor(x => x.Name).NotEmpty().WithMessage("Name the staff member.").MaximumLength(200);
            s.RuleFor(x => x.Role).NotEmpty().WithMessage("Say what part the staff member played.").MaximumLength(200);
        });
        RuleFor(r => r.HostMemberId).MustAsync((id, ct) => db.Members.AnyAsync(m => m.Id == id, ct)).When(r => r.HostMemberId is not null)
            .WithMessage("Choose an existing Member as host.");
        RuleFor(r => r.MemberIds).MustAsync(async (ids, ct) => await Missing(db.Members.Select(m => m.Id), ids, ct) is null)
            .WithMessage("Every beneficiary must be an existing Member.");
        RuleFor(r => r.TopicIds).MustAsync(async (ids, ct) => await Missing(db.Topics.Select(t => t.Id), ids, ct) is null)
            .WithMessage("Every topic must be one of the topic list.");
        RuleFor(r => r.ActionIds).CustomAsync(async (ids, context, ct) =>
        {
            var wanted = ids.Distinct().ToList();
            var actions = await db.SpecificActions.AsNoTracking().Where(a => wanted.Contains(a.Id))
                .Select(a => new { a.Id, a.Code, Pillar = a.Pillar.Number, Plan = a.Pillar.Plan.Code, a.Pillar.Plan.StartsOn, a.Pillar.Plan.EndsOn })
                .ToListAsync(ct);
            if (actions.Count != wanted.Count)
            {
                context.AddFailure("actionIds", "Every plan action must exist.");
                return;
            }
            var activity = context.InstanceToValidate;
            if (activity.StartsOn is not { } start) return;
            var end = activity.EndsOn ?? start;
            foreach (var a in actions.Where(a => start < a.StartsOn || end > a.EndsOn))
                context.AddFailure("actionIds", $"Action {a.Pillar}-{a.Code} belongs to {a.Plan}, which runs {a.StartsOn:yyyy-MM-dd} to " +
                                                $"{a.EndsOn:yyyy-MM-dd}: it does not cover the activity's dates ({start:yyyy-MM-dd} to {end:yyyy-MM-dd}).");
        });
    }

    private static async Task<int?> Missing(IQueryable<int> existing, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return null;
        var wanted = ids.Distinct().ToList();
        var found = await existing.Where(id => wanted.Contains(id)).CountAsync(ct);
        return found == wanted.Count ? null : wanted.Count - found;
    }
}
