using MediatR;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Topics;

/// <summary>A WCO instrument or theme of the taxonomy, with the package it belongs to.</summary>
public sealed record TopicDto(int Id, string Code, string Name, string Package, string? Source);

/// <summary>The whole topic list (about 60 entries: no paging), by package then name, for pickers and filters.</summary>
public sealed record ListTopics : IQuery<IReadOnlyList<TopicDto>>;

internal sealed class ListTopicsHandler(RocbDbContext db) : IRequestHandler<ListTopics, IReadOnlyList<TopicDto>>
{
    public async Task<IReadOnlyList<TopicDto>> Handle(ListTopics request, CancellationToken cancellationToken) =>
        await db.Topics.AsNoTracking().OrderBy(t => t.Package).ThenBy(t => t.Name)
            .Select(t => new TopicDto(t.Id, t.Code, t.Name, t.Package, t.Source))
            .ToListAsync(cancellationToken);
}
