using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Saves a Member's response: the whole form (answers replace the saved ones; answers left out or empty are removed), partial
/// answers allowed while it is a draft. A submitted response can be amended until the cycle closes: it stays submitted, and must
/// stay complete. Every save bumps the revision and keeps the response as saved. If-Match (the revision as ETag) is optional.
/// Staff answer on the Member's behalf (marked enteredByStaff); a focal point for its own Member only.
/// </summary>
public sealed record SaveNeedsResponse : ICommand<NeedsResponseDto>
{
    [JsonIgnore] public int CycleId { get; init; }
    [JsonIgnore] public int MemberId { get; init; }
    [JsonIgnore] public uint? ExpectedRevision { get; init; }
    public List<NeedsAnswerInput>? Answers { get; init; }
    /// <summary>The top three priorities (topic ids of the questionnaire, highest first, at most three, all different).</summary>
    public List<int>? PriorityTopicIds { get; init; }
}

public sealed class SaveNeedsResponseValidator : AbstractValidator<SaveNeedsResponse>
{
    public SaveNeedsResponseValidator() => this.AnswerRules(r => r.Answers, r => r.PriorityTopicIds);
}

internal sealed class SaveNeedsResponseHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<SaveNeedsResponse, NeedsResponseDto>
{
    public async Task<NeedsResponseDto> Handle(SaveNeedsResponse request, CancellationToken cancellationToken)
    {
        var cycle = await NeedsAccess.VisibleCycleAsync(db, user, request.CycleId, cancellationToken);
        await NeedsAccess.EnsureMemberAsync(db, user, cycle.Id, request.MemberId, cancellationToken);
        var today = NeedsAccess.Today(clock);
        NeedsAccess.EnsureAcceptingAnswers(cycle, today);

        var questions = await NeedsResponses.QuestionsAsync(db, cycle.Id, cancellationToken);
        var answers = request.Answers ?? [];
        var priorities = request.PriorityTopicIds ?? [];
        NeedsResponses.ThrowIfAny(NeedsResponses.CheckAgainstQuestionnaire(questions, answers, priorities));

        var response = await NeedsResponses.FindAsync(db, cycle.Id, request.MemberId, cancellationToken)
                       ?? new NeedsResponse { CycleId = cycle.Id, MemberId = request.MemberId, Status = NeedsResponseStatus.Draft };
        if (request.ExpectedRevision is { } expected && expected != response.Revision)
            throw new PreconditionFailedException("Needs response", $"{cycle.Id}/{request.MemberId}");
        // An amendment keeps the response submitted, so it must stay complete.
        if (response.Status == NeedsResponseStatus.Submitted)
            NeedsResponses.ThrowIfAny(NeedsResponses.CheckComplete(questions, answers, priorities));

        NeedsResponses.Apply(response, answers, priorities);
        await NeedsResponses.RecordSaveAsync(db, response, questions, NeedsResponses.ByStaff(user), user.UserId, NeedsAccess.Now(clock), cancellationToken);
        return await NeedsResponses.ToDtoAsync(db, cycle, request.MemberId, response, questions, today, cancellationToken);
    }
}
