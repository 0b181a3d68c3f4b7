using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Features.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Participation;

public sealed record GetEvaluation(long ActivityId) : IQuery<EvaluationDto>;

internal sealed class GetEvaluationHandler(RocbDbContext db) : IRequestHandler<GetEvaluation, EvaluationDto>
{
    public async Task<EvaluationDto> Handle(GetEvaluation request, CancellationToken cancellationToken)
    {
        if (!await db.Activities.AnyAsync(a => a.Id == request.ActivityId, cancellationToken))
            throw new NotFoundException("Activity", request.ActivityId);
        var responses = await db.EvaluationResponses.AsNoTracking().Where(e => e.ActivityId == request.ActivityId)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var summary = await db.EvaluationSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.ActivityId == request.ActivityId, cancellationToken);
        var distribution = Enumerable.Range(1, 5).Select(score => responses.Count(r => r.Overall == score)).ToList();
        var items = responses.SelectMany(r => r.Items).GroupBy(i => i.Item)
            .Select(g => new EvaluationItemMeanDto(g.Key, Math.Round((decimal)g.Average(i => i.Score), 2), g.Count()))
            .OrderBy(i => i.Item).ToList();
        return new EvaluationDto(request.ActivityId, await EvaluationTotals.ForAsync(db, request.ActivityId, cancellationToken),
            distribution, items, summary is null ? null : new EvaluationSummaryDto(summary.Mean, summary.Responses, summary.Source),
            responses.Select(r => new EvaluationResponseDto(r.Id, r.Overall, r.Items.Select(i => new EvaluationItemDto(i.Item, i.Score)).ToList(), r.Comment)).ToList());
    }
}
