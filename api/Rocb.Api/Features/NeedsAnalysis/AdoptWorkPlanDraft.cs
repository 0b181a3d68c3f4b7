using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Rocb.Api.Common.Auditing;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Domain.Needs;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsAnalysis;

/// <summary>
/// Adopts the draft: every item becomes a planned activity of the activity register, through the register's own command
/// (<see cref="CreateActivity"/>: the same validation, e.g. a plan action whose plan does not cover the quarter is refused), in its
/// fiscal quarter (date precision quarter; no dates when the item has no quarter), with its topic, beneficiary Members and plan
/// actions. All or nothing: every item is checked first and a failure is reported on items[n].field with nothing written; the
/// whole adoption runs in one transaction. A second adoption answers 409 (adopted plans are not adopted twice).
/// </summary>
public sealed record AdoptWorkPlanDraft(int CycleId) : ICommand<WorkPlanDraftDto>;

internal sealed class AdoptWorkPlanDraftHandler(RocbDbContext db, IMediator mediator, IEnumerable<IValidator<CreateActivity>> validators,
    IAuditActor actor, TimeProvider clock) : IRequestHandler<AdoptWorkPlanDraft, WorkPlanDraftDto>
{
    public async Task<WorkPlanDraftDto> Handle(AdoptWorkPlanDraft request, CancellationToken cancellationToken)
    {
        var draft = await WorkPlanDrafts.LoadAsync(db, request.CycleId, cancellationToken);
        WorkPlanDrafts.EnsureEditable(draft);
        var cycle = await NeedsAnalysisQueries.CycleNameAsync(db, request.CycleId, cancellationToken);
        var items = draft.Items.OrderBy(i => i.Position).ThenBy(i => i.Id).ToList();
        if (items.Count == 0)
            throw new ValidationException([new ValidationFailure("items", "The draft has no items to adopt.")]);

        var commands = items.Select(i => ToActivity(i, draft, cycle?.Name ?? $"cycle {draft.CycleId}")).ToList();
        var failures = new List<ValidationFailure>();
        for (var n = 0; n < commands.Count; n++)
            foreach (var validator in validators)
            {
                var result = await validator.ValidateAsync(commands[n], cancellationToken);
                failures.AddRange(result.Errors.Select(e => new ValidationFailure($"items[{n}].{Field(e.PropertyName)}",
                    $"Item {items[n].Position} ({items[n].Title}): {e.ErrorMessage}")));
            }
        if (failures.Count > 0) throw new ValidationException(failures);

        for (var n = 0; n < commands.Count; n++)
        {
            var activity = await mediator.Send(commands[n], cancellationToken);
            items[n].ActivityId = activity.Id;
        }
        draft.Status = WorkPlanStatus.Adopted;
        draft.AdoptedAt = clock.GetUtcNow();
        draft.AdoptedBy = actor.Type == "user" && Guid.TryParse(actor.Id, out var id) ? id : null;
        await db.SaveChangesAsync(cancellationToken);
        return await WorkPlanDrafts.ToDtoAsync(db, draft, cancellationToken);
    }

    private static string Field(string property) =>
        property.Length == 0 ? "title" : char.ToLowerInvariant(property[0]) + property[1..];

    internal static CreateActivity ToActivity(WorkPlanItem item, WorkPlanDraft draft, string cycleName)
    {
        (DateOnly Start, DateOnly End)? dates = item.Quarter is { } q ? WorkPlanDrafts.QuarterDates(draft.FiscalYear, q) : null;
        var note = $"Planned from the draft work plan of {cycleName} (item {item.Position}); experts needed: {item.ExpertsNeeded}."
                   + (item.Reason is null ? "" : $" Why: {item.Reason}") + (item.Notes is null ? "" : $" Notes: {item.Notes}");
        return new CreateActivity
        {
            Title = item.Title,
            Type = item.ActivityType,
            Status = ActivityStatus.Planned,
            StartsOn = dates?.Start,
            EndsOn = dates?.End,
            DatePrecision = DatePrecision.Quarter,
            HostMemberId = item.Kind == WorkPlanItemKind.NationalActivity && item.MemberIds.Count == 1 ? item.MemberIds[0] : null,
            Mode = item.ActivityType is ActivityType.Webinar ? ActivityMode.Virtual : ActivityMode.InPerson,
            RocbRole = RocbInvolvement.Organised,
            MemberIds = item.MemberIds,
            TopicIds = item.TopicId is { } t ? [t] : [],
            ActionIds = item.ActionIds,
            Reference = $"needs-{draft.CycleId}-item-{item.Id}",
            Source = $"Needs analysis: draft work plan {draft.Id}, item {item.Id}",
            Note = note.Length > 4000 ? note[..4000] : note,
        };
    }
}
