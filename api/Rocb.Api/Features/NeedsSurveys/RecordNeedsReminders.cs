using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Email;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Hosting;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Text;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// A reminder to each Member named (none named: every Member asked that has not submitted). With e-mail configured
/// (<c>Rocb:Email</c>) each Member's enabled focal points are e-mailed and the reminder records the addresses (channel email);
/// a Member without a focal point, or whose e-mail failed, gets a reminder recorded only, with the reason. Without e-mail the
/// reminders are only recorded: Staff contact the focal points themselves. Only while the cycle is open.
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

internal sealed class RecordNeedsRemindersHandler(
    RocbDbContext db, CurrentUser user, TimeProvider clock, IEmailSender email, PublicLinks links)
    : IRequestHandler<RecordNeedsReminders, NeedsRemindersResultDto>
{
    public const string RecordedOnly =
        "Recorded only: no e-mail is configured, so nothing was sent. Contact the focal points yourself; the tracker shows the reminders.";
    public const string NoEmailConfigured = "No e-mail is configured.";
    public const string NoFocalPoint = "No enabled focal point with an e-mail address is bound to this Member.";

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

        var members = await db.Members.AsNoTracking().Where(m => memberIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => new MemberRefDto(m.Id, m.Code, m.Name), cancellationToken);
        var note = TextInput.Clean(request.Note);

        // The e-mails go out BEFORE the reminders are saved (and so before the command's transaction commits): each reminder
        // records what actually happened (channel email and the addresses only for a message the server accepted). Sending
        // after the commit would mean recording "email" for a message that may then fail. The price: if the commit fails
        // after a send, an e-mail went out with no record, and the Staff member, shown the error, may remind again; a
        // second reminder is harmless, a record claiming an e-mail that was never sent is not. The transaction has only read
        // so far, so it holds no row locks while the server is talked to (bounded by Rocb:Email:TimeoutSeconds).
        var outcomes = email.IsConfigured
            ? await SendAsync(cycle, memberIds, members, note, cancellationToken)
            : memberIds.ToDictionary(id => id, _ => new Outcome([], NoEmailConfigured));

        var now = NeedsAccess.Now(clock);
        var reminders = memberIds.Select(id => new NeedsReminder
        {
            CycleId = cycle.Id, MemberId = id, RecordedAt = now, RecordedBy = user.UserId, Note = note,
            Channel = outcomes[id].Reason is null ? NeedsReminderChannel.Email : NeedsReminderChannel.Recorded,
            SentTo = outcomes[id].Reason is null ? outcomes[id].SentTo.ToArray() : null,
        }).ToList();
        db.NeedsReminders.AddRange(reminders);
        await db.SaveChangesAsync(cancellationToken);

        var emailed = reminders.Count(r => r.Channel == NeedsReminderChannel.Email);
        var message = !email.IsConfigured ? RecordedOnly
            : emailed == reminders.Count ? $"E-mailed the focal points of {emailed} {Plural(emailed)}."
            : $"E-mailed the focal points of {emailed} of {reminders.Count} {Plural(reminders.Count)}; the others were recorded only (see each Member's reason).";
        return new NeedsRemindersResultDto(
            email.IsConfigured ? NeedsReminderChannel.Email : NeedsReminderChannel.Recorded, emailed > 0, message,
            reminders.OrderBy(r => members[r.MemberId].Code).Select(r => new NeedsRecordedReminderDto(
                r.Id, members[r.MemberId], r.RecordedAt, r.Note, r.Channel, r.SentTo ?? [], outcomes[r.MemberId].Reason)).ToList());
    }

    private static string Plural(int n) => n == 1 ? "Member" : "Members";

    /// <summary>The addresses a Member's reminder went to, or why it was not sent.</summary>
    private sealed record Outcome(IReadOnlyList<string> SentTo, string? Reason);

    private async Task<Dictionary<int, Outcome>> SendAsync(
        NeedsCycle cycle, List<int> memberIds, Dictionary<int, MemberRefDto> members, string? note, CancellationToken cancellationToken)
    {
        // Focal points: enabled users in the MemberFocalPoint role bound to the Member (RocbUser.MemberId), with an address.
        var focalPoints = await (
                from u in db.Users
                where u.MemberId != null && memberIds.Contains(u.MemberId.Value) && !u.IsDisabled && u.Email != null && u.Email != ""
                      && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.MemberFocalPoint))
                orderby u.Email
                select new { MemberId = u.MemberId!.Value, Email = u.Email! })
            .ToListAsync(cancellationToken);
        var addresses = focalPoints.GroupBy(f => f.MemberId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(f => f.Email).ToList());

        var outcomes = memberIds.Where(id => !addresses.ContainsKey(id)).ToDictionary(id => id, _ => new Outcome([], NoFocalPoint));
        var toSend = memberIds.Where(addresses.ContainsKey).ToList();
        var results = await email.SendAsync(toSend.Select(id => Message(cycle, members[id], addresses[id], note)).ToList(), cancellationToken);
        foreach (var (id, result) in toSend.Zip(results))
            outcomes[id] = result.Sent ? new Outcome(addresses[id], null) : new Outcome([], $"Not e-mailed: {result.Error}");
        return outcomes;
    }

    private EmailMessage Message(NeedsCycle cycle, MemberRefDto member, IReadOnlyList<string> to, string? note)
    {
        var link = links.To($"/needs/{cycle.Id}/responses/{member.Id}");
        var closes = cycle.ClosesOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var body = new StringBuilder()
            .AppendLine($"Dear focal point of {member.Name},").AppendLine()
            .AppendLine($"This is a reminder to complete {member.Name}'s response to \"{cycle.Name}\", the ROCB needs survey.")
            .AppendLine($"The survey closes on {closes}.").AppendLine()
            .AppendLine($"Your response: {link}").AppendLine();
        if (note is not null) body.AppendLine(note).AppendLine();
        body.AppendLine("WCO ROCB Asia/Pacific");
        return new EmailMessage(to, $"Reminder: {cycle.Name} closes on {closes}", body.ToString());
    }
}
