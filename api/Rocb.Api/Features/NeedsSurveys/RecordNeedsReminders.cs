using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Text;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Records a reminder to each Member named (none named: every Member asked that has not submitted). No e-mail is configured,
/// so the reminder is recorded only (channel recorded, emailSent false): Staff contact the focal points themselves.
/// Only while the cycle is open.
/// </summary>
public sealed record RecordNeedsReminders : ICommand<NeedsRemindersResultDto>
{
    [JsonIgnore] public int CycleId { get; init; }
    public List<int>? MemberIds { get; init; }
    public string? Note { get; init; }
}

public sealed class RecordNeedsRemindersValidator : AbstractValidator<RecordNeedsReminders>
{
    public RecordNeedsRemindersValidator()
    {
        RuleFor(r => r.Note).MaximumLength(500).WithMessage("The note is at most 500 characters.");
        RuleFor(r => r.MemberIds ?? new List<int>()).Must(ids => ids.Distinct().Count() == ids.Count)
            .OverridePropertyName("memberIds").WithMessage("A Member is listed twice.");
    }
}

internal sealed class RecordNeedsRemindersHandler(RocbDbContext db, CurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordNeedsReminders, NeedsRemindersResultDto>
{
    public const string RecordedOnly =
        "Recorded only: no e-mail is configured, so nothing was sent. Contact the focal points yourself; the tracker shows the reminders.";

    public async Task<NeedsRemindersResultDto> Handle(RecordNeedsReminders request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        if (cycle.Status != NeedsCycleStatus.Open)
            throw new ConflictException("Reminders are recorded only while the cycle is open.", "status");
        var asked = await db.NeedsCycleMembers.Where(m => m.CycleId == cycle.Id).Select(m => m.MemberId).ToListAsync(cancellationToken);
        List<int> memberIds;
        if (request.MemberIds is { Count: > 0 } named)
        {
            var failures = named.Select((id, i) => (id, i)).Where(x => !asked.Contains(x.id))
                .Select(x => new FluentValidation.Results.ValidationFailure($"memberIds[{x.i}]", "This Member is not asked in the cycle.")).ToList();
            NeedsResponses.ThrowIfAny(failures);
            memberIds = named;
        }
        else
        {
            var submitted = await db.NeedsResponses.Where(r => r.CycleId == cycle.Id && r.Status == NeedsResponseStatus.Submitted)
                .Select(r => r.MemberId).ToListAsync(cancellationToken);
            memberIds = asked.Except(submitted).ToList();
        }

        var now = NeedsAccess.Now(clock);
        var note = TextInput.Clean(request.Note);
        var reminders = memberIds.Select(id => new NeedsReminder
        {
            CycleId = cycle.Id, MemberId = id, RecordedAt = now, RecordedBy = user.UserId, Channel = NeedsReminderChannel.Recorded, Note = note,
        }).ToList();
        db.NeedsReminders.AddRange(reminders);
        await db.SaveChangesAsync(cancellationToken);

        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => new MemberRefDto(m.Id, m.Code, m.Name), cancellationToken);
        return new NeedsRemindersResultDto(NeedsReminderChannel.Recorded, false, RecordedOnly,
            reminders.OrderBy(r => members[r.MemberId].Code).Select(r => new NeedsRecordedReminderDto(r.Id, members[r.MemberId], r.RecordedAt, r.Note)).ToList());
    }
}
