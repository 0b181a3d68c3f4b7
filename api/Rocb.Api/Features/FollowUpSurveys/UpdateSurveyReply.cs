using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// Changes the answers of a reply (send If-Match with its ETag: 412 if it changed since). The workshop and the
/// administration stay. A focal point may change only its own Member's replies (others answer 404).
/// </summary>
public sealed record UpdateSurveyReply : SurveyReplyAnswers, ICommand<SurveyReplyDto>
{
    [JsonIgnore] public long Id { get; init; }
    [JsonIgnore] public uint? ExpectedVersion { get; init; }
}

public sealed class UpdateSurveyReplyValidator(TimeProvider clock) : SurveyReplyAnswersValidator<UpdateSurveyReply>(clock);

internal sealed class UpdateSurveyReplyHandler(RocbDbContext db, CurrentUser user) : IRequestHandler<UpdateSurveyReply, SurveyReplyDto>
{
    public async Task<SurveyReplyDto> Handle(UpdateSurveyReply request, CancellationToken cancellationToken)
    {
        var reply = await SurveyAccess.EditableAsync(db, user, request.Id, cancellationToken);
        db.Entry(reply).ExpectVersion(request.ExpectedVersion, "Survey reply", request.Id);
        request.ApplyTo(reply);
        await db.SaveChangesAsync(cancellationToken);
        return await db.SurveyReplies.AsNoTracking().Where(r => r.Id == reply.Id).Select(SurveyReplyDto.Projection).SingleAsync(cancellationToken);
    }
}
