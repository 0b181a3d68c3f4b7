using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// The questionnaire editor: replaces the questions, in order (topic questions by topicId, custom ones by text). Refused with 409
/// once any Member has saved a response (answers refer to the questions) or the cycle is closed. If-Match: the cycle's ETag.
/// </summary>
public sealed record ReplaceNeedsQuestions : ICommand<NeedsCycleDto>
{
    [JsonIgnore] public int CycleId { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
    public List<NeedsQuestionInput> Questions { get; init; } = [];
}

public sealed class ReplaceNeedsQuestionsValidator : AbstractValidator<ReplaceNeedsQuestions>
{
    public ReplaceNeedsQuestionsValidator(RocbDbContext db) => this.QuestionRules(db, r => r.Questions, "questions");
}

internal sealed class ReplaceNeedsQuestionsHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<ReplaceNeedsQuestions, NeedsCycleDto>
{
    public async Task<NeedsCycleDto> Handle(ReplaceNeedsQuestions request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.Include(c => c.Questions).SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        db.Entry(cycle).ExpectVersion(request.ExpectedVersion, "Needs survey cycle", request.CycleId);
        if (cycle.Status == NeedsCycleStatus.Closed) throw new ConflictException("The cycle is closed and no longer changes.", "status");
        if (await db.NeedsResponses.AnyAsync(r => r.CycleId == cycle.Id, cancellationToken))
            throw new ConflictException("Members have already answered this questionnaire: it can no longer be changed.", "questions");

        cycle.Questions.Clear();
        await db.SaveChangesAsync(cancellationToken); // the old questions go first: the new ones may take their topics
        cycle.Questions.AddRange(await NeedsQuestionnaire.BuildAsync(db, request.Questions, cancellationToken));
        db.Entry(cycle).State = EntityState.Modified; // a new version (ETag) for the changed questionnaire
        await db.SaveChangesAsync(cancellationToken);
        return await NeedsCycleQueries.GetAsync(db, user, cycle.Id, NeedsAccess.Today(clock), cancellationToken);
    }
}
