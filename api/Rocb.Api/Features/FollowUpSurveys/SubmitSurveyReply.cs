using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// Records a participating administration's reply about one workshop of the round: a focal point for its own Member
/// only (another Member answers 404), Staff for any. The Member must have taken part in the workshop (a participant
/// count of its own, named participants, or a beneficiary of the activity). One reply per administration and workshop:
/// a second one is a 409 naming the first, which can be changed instead.
/// </summary>
public sealed record SubmitSurveyReply : SurveyReplyAnswers, ICommand<SurveyReplyDto>
{
    [JsonIgnore] public int RoundId { get; init; }
    public int WorkshopId { get; init; }
    public int MemberId { get; init; }
}

public sealed class SubmitSurveyReplyValidator : SurveyReplyAnswersValidator<SubmitSurveyReply>
{
    public SubmitSurveyReplyValidator(TimeProvider clock) : base(clock)
    {
        RuleFor(r => r.WorkshopId).GreaterThan(0).WithMessage("Choose the workshop the reply is about.");
        RuleFor(r => r.MemberId).GreaterThan(0).WithMessage("Choose the administration that replied.");
    }
}

internal sealed class SubmitSurveyReplyHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<SubmitSurveyReply, SurveyReplyDto>
{
    public async Task<SurveyReplyDto> Handle(SubmitSurveyReply request, CancellationToken cancellationToken)
    {
        await SurveyAccess.RoundAsync(db, request.RoundId, cancellationToken);
        if (!SurveyAccess.MayReplyFor(user, request.MemberId)) throw new NotFoundException("Member", request.MemberId);
        var workshop = await db.SurveyWorkshops.AsNoTracking().Where(w => w.Id == request.WorkshopId && w.RoundId == request.RoundId)
            .Select(w => new { w.Id, w.ActivityId }).SingleOrDefaultAsync(cancellationToken);
        if (workshop is null) throw Invalid("workshopId", "Choose a workshop of this round.");
        if (!await db.Members.AnyAsync(m => m.Id == request.MemberId, cancellationToken)) throw Invalid("memberId", "Choose an existing Member.");
        if (!await SurveyAccess.TookPartAsync(db, workshop.ActivityId, request.MemberId, cancellationToken))
            throw Invalid("memberId", "This administration did not take part in the workshop: only participating administrations reply.");
        var existing = await db.SurveyReplies.Where(r => r.WorkshopId == workshop.Id && r.MemberId == request.MemberId)
            .Select(r => (long?)r.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
            throw new ConflictException($"This administration has already replied about this workshop (reply {id}, /api/survey-replies/{id}): " +
                                        "change that reply instead.", "memberId");

        var reply = new SurveyReply { WorkshopId = workshop.Id, MemberId = request.MemberId };
        request.ApplyTo(reply);
        db.SurveyReplies.Add(reply);
        // Under concurrency the unique index (workshop, Member) refuses the second one: a 409 as well.
        await db.SaveChangesAsync(cancellationToken);
        return await db.SurveyReplies.AsNoTracking().Where(r => r.Id == reply.Id).Select(SurveyReplyDto.Projection).SingleAsync(cancellationToken);
    }

    private static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);
}
