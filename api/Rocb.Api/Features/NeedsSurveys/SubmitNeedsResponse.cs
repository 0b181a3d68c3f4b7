using FluentValidation.Results;
using MediatR;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Submits the saved response after checking it is complete (field paths point into the response's answers in questionnaire
/// order, as GET returns them). Idempotent: submitting a submitted response changes nothing and answers 200 with the same
/// submittedAt.
/// </summary>
public sealed record SubmitNeedsResponse(int CycleId, int MemberId) : ICommand<NeedsResponseDto>;

internal sealed class SubmitNeedsResponseHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<SubmitNeedsResponse, NeedsResponseDto>
{
    public async Task<NeedsResponseDto> Handle(SubmitNeedsResponse request, CancellationToken cancellationToken)
    {
        var cycle = await NeedsAccess.VisibleCycleAsync(db, user, request.CycleId, cancellationToken);
        await NeedsAccess.EnsureMemberAsync(db, user, cycle.Id, request.MemberId, cancellationToken);
        var today = NeedsAccess.Today(clock);
        var questions = await NeedsResponses.QuestionsAsync(db, cycle.Id, cancellationToken);
        var response = await NeedsResponses.FindAsync(db, cycle.Id, request.MemberId, cancellationToken);

        if (response?.Status == NeedsResponseStatus.Submitted)
            return await NeedsResponses.ToDtoAsync(db, cycle, request.MemberId, response, questions, today, cancellationToken);
        NeedsAccess.EnsureAcceptingAnswers(cycle, today);
        if (response is null)
            throw new FluentValidation.ValidationException([new ValidationFailure("answers", "Nothing has been saved yet: answer the questionnaire first.")]);

        var answers = NeedsResponses.Ordered(response, questions).Select(NeedsResponses.ToInput).ToList();
        NeedsResponses.ThrowIfAny(NeedsResponses.CheckComplete(questions, answers, response.PriorityTopicIds));

        var now = NeedsAccess.Now(clock);
        response.Status = NeedsResponseStatus.Submitted;
        response.SubmittedAt = now;
        await NeedsResponses.RecordSaveAsync(db, response, questions, NeedsResponses.ByStaff(user), user.UserId, now, cancellationToken);
        return await NeedsResponses.ToDtoAsync(db, cycle, request.MemberId, response, questions, today, cancellationToken);
    }
}
