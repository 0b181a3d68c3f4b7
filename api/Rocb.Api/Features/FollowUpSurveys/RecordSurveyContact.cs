using System.Text.Json.Serialization;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// Records a contact with a workshop's participants: when the questionnaire was sent, a reminder, or the feedback to
/// all participants. Rocb sends no e-mail itself; this records what the ROCB sent. Sending starts the reply window:
/// replies are then due that many days after the date sent. Reminders and feedback come after the sending.
/// </summary>
public sealed record RecordSurveyContact : ICommand<SurveyWorkshopDto>
{
    [JsonIgnore] public int RoundId { get; init; }
    [JsonIgnore] public int WorkshopId { get; init; }
    public SurveyContactKind Kind { get; init; }
    /// <summary>The date it was sent (not in the future).</summary>
    public DateOnly On { get; init; }
}

public sealed class RecordSurveyContactValidator : AbstractValidator<RecordSurveyContact>
{
    public RecordSurveyContactValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).IsInEnum().WithMessage("kind must be sent, reminder or feedback.");
        RuleFor(r => r.On).Must(d => d.Year >= 1990).WithMessage("Give the date it was sent (1990 or later).");
        RuleFor(r => r.On).Must(d => d <= SurveyRoundQueries.Today(clock)).WithMessage("The date cannot be in the future.");
    }
}

internal sealed class RecordSurveyContactHandler(RocbDbContext db, TimeProvider clock) : IRequestHandler<RecordSurveyContact, SurveyWorkshopDto>
{
    public async Task<SurveyWorkshopDto> Handle(RecordSurveyContact request, CancellationToken cancellationToken)
    {
        var round = await SurveyAccess.RoundAsync(db, request.RoundId, cancellationToken);
        var workshop = await SurveyAccess.WorkshopAsync(db, request.RoundId, request.WorkshopId, cancellationToken);
        static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);

        switch (request.Kind)
        {
            case SurveyContactKind.Sent:
                if (workshop.RemindedOn is { } reminded && reminded < request.On)
                    throw Invalid("on", $"A reminder was recorded on {reminded:yyyy-MM-dd}: the questionnaire was sent before that.");
                if (workshop.FeedbackSentOn is { } feedback && feedback < request.On)
                    throw Invalid("on", $"The feedback was recorded on {feedback:yyyy-MM-dd}: the questionnaire was sent before that.");
                workshop.SentOn = request.On;
                // The planned date gives way to an earlier actual one; replies are due a reply window after the sending.
                if (request.On < workshop.SendOn) workshop.SendOn = request.On;
                workshop.DueOn = request.On.AddDays(round.ReplyWindowDays);
                break;
            case SurveyContactKind.Reminder or SurveyContactKind.Feedback:
                if (workshop.SentOn is not { } sent)
                    throw Invalid("kind", "Record when the questionnaire was sent first: reminders and feedback come after it.");
                if (request.On < sent)
                    throw Invalid("on", $"The questionnaire was sent on {sent:yyyy-MM-dd}: a reminder or the feedback cannot be earlier.");
                if (request.Kind == SurveyContactKind.Reminder) workshop.RemindedOn = request.On;
                else workshop.FeedbackSentOn = request.On;
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
        return await SurveyRoundQueries.WorkshopAsync(db, round.Id, workshop.Id, SurveyRoundQueries.Today(clock), cancellationToken);
    }
}
