using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Opens a draft cycle (it needs a topic question and a Member). Answers are then accepted from opensOn to closesOn.
/// Opening an open cycle changes nothing; a closed cycle stays closed.
/// </summary>
public sealed record OpenNeedsCycle(int CycleId) : ICommand<NeedsCycleDto>;

/// <summary>Closes an open cycle: no more answers or amendments. Closing a closed cycle changes nothing; a draft cannot be closed.</summary>
public sealed record CloseNeedsCycle(int CycleId) : ICommand<NeedsCycleDto>;

internal sealed class OpenNeedsCycleHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<OpenNeedsCycle, NeedsCycleDto>
{
    public async Task<NeedsCycleDto> Handle(OpenNeedsCycle request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        if (cycle.Status == NeedsCycleStatus.Closed) throw new ConflictException("The cycle is closed; it cannot be opened again.", "status");
        if (cycle.Status == NeedsCycleStatus.Draft)
        {
            if (!await db.NeedsQuestions.AnyAsync(q => q.CycleId == cycle.Id && q.Kind == NeedsQuestionKind.Topic, cancellationToken))
                throw new ConflictException("The questionnaire has no topic question yet.", "questions");
            if (!await db.NeedsCycleMembers.AnyAsync(m => m.CycleId == cycle.Id, cancellationToken))
                throw new ConflictException("No Member is asked in the cycle.", "memberIds");
            cycle.Status = NeedsCycleStatus.Open;
            await db.SaveChangesAsync(cancellationToken);
        }
        return await NeedsCycleQueries.GetAsync(db, user, cycle.Id, NeedsAccess.Today(clock), cancellationToken);
    }
}

internal sealed class CloseNeedsCycleHandler(RocbDbContext db, CurrentUser user, TimeProvider clock) : IRequestHandler<CloseNeedsCycle, NeedsCycleDto>
{
    public async Task<NeedsCycleDto> Handle(CloseNeedsCycle request, CancellationToken cancellationToken)
    {
        var cycle = await db.NeedsCycles.SingleOrDefaultAsync(c => c.Id == request.CycleId, cancellationToken)
                    ?? throw new NotFoundException("Needs survey cycle", request.CycleId);
        if (cycle.Status == NeedsCycleStatus.Draft) throw new ConflictException("The cycle has not been opened; there is nothing to close.", "status");
        if (cycle.Status == NeedsCycleStatus.Open)
        {
            cycle.Status = NeedsCycleStatus.Closed;
            await db.SaveChangesAsync(cancellationToken);
        }
        return await NeedsCycleQueries.GetAsync(db, user, cycle.Id, NeedsAccess.Today(clock), cancellationToken);
    }
}
