using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Persistence;
using static Rocb.Api.Common.Text.TextInput;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>What Staff set on a work plan item; shared by add and update. Evidence and origin are not editable.</summary>
public abstract record WorkPlanItemFields
{
    public WorkPlanItemKind Kind { get; init; }
    public string Title { get; init; } = "";
    public ActivityType ActivityType { get; init; }
    /// <summary>Required except for kind other.</summary>
    public int? TopicId { get; init; }
    /// <summary>Beneficiary Members.</summary>
    public IReadOnlyList<int> MemberIds { get; init; } = [];
    public int? SubRegionId { get; init; }
    /// <summary>Fiscal quarter 1 (Jul-Sep) to 4 (Apr-Jun), or null when not yet decided.</summary>
    public int? Quarter { get; init; }
    /// <summary>Specific actions of a plan the activity serves (checked against the plan's period on adoption).</summary>
    public IReadOnlyList<int> ActionIds { get; init; } = [];
    public int ExpertsNeeded { get; init; }
    public string? Notes { get; init; }

    internal void ApplyTo(WorkPlanItem item)
    {
        item.Kind = Kind;
        item.Title = Title.Trim();
        item.ActivityType = ActivityType;
        item.TopicId = TopicId;
        item.MemberIds = MemberIds.Distinct().ToList();
        item.SubRegionId = SubRegionId;
        item.Quarter = Quarter;
        item.ActionIds = ActionIds.Distinct().ToList();
        item.ExpertsNeeded = ExpertsNeeded;
        item.Notes = Clean(Notes);
    }
}

public abstract class WorkPlanItemFieldsValidator<T> : AbstractValidator<T> where T : WorkPlanItemFields
{
    protected WorkPlanItemFieldsValidator(RocbDbContext db)
    {
        RuleFor(i => i.Kind).IsInEnum();
        RuleFor(i => i.ActivityType).IsInEnum();
        RuleFor(i => i.Title).NotEmpty().WithMessage("Give the item a title.").MaximumLength(500);
        RuleFor(i => i.TopicId).NotNull().When(i => i.Kind != WorkPlanItemKind.Other).WithMessage("Choose the topic the activity is about.");
        RuleFor(i => i.TopicId).MustAsync((id, ct) => db.Topics.AnyAsync(t => t.Id == id, ct)).When(i => i.TopicId is not null)
            .WithMessage("Choose a topic of the topic list.");
        RuleFor(i => i.SubRegionId).MustAsync((id, ct) => db.SubRegions.AnyAsync(s => s.Id == id, ct)).When(i => i.SubRegionId is not null)
            .WithMessage("Choose an existing sub-region.");
        RuleFor(i => i.Quarter).InclusiveBetween(1, 4).When(i => i.Quarter is not null).WithMessage("The quarter is 1 (Jul-Sep) to 4 (Apr-Jun).");
        RuleFor(i => i.ExpertsNeeded).InclusiveBetween(0, 50).WithMessage("Experts needed is 0 to 50.");
        RuleFor(i => i.Notes).MaximumLength(2000);
        RuleFor(i => i.MemberIds).MustAsync(async (ids, ct) =>
        {
            var wanted = ids.Distinct().ToList();
            return wanted.Count == 0 || await db.Members.CountAsync(m => wanted.Contains(m.Id), ct) == wanted.Count;
        }).WithMessage("Every beneficiary must be an existing Member.");
        RuleFor(i => i.ActionIds).MustAsync(async (ids, ct) =>
        {
            var wanted = ids.Distinct().ToList();
            return wanted.Count == 0 || await db.SpecificActions.CountAsync(a => wanted.Contains(a.Id), ct) == wanted.Count;
        }).WithMessage("Every plan action must exist.");
    }
}
