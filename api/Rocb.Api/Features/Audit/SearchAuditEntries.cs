using System.ComponentModel;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Mediation;
using Rocb.Api.Common.Paging;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Audit;

/// <summary>Searches the audit log, newest first.</summary>
public sealed record SearchAuditEntries : PagedQuery, IQuery<AuditEntryPageDto>
{
    [Description("Entity name, e.g. Member, SubRegion, Region, User, UserRole, ApiKey.")]
    [FromQuery(Name = "entity")]
    public string? Entity { get; set; }

    [Description("The record's id (with entity).")]
    [FromQuery(Name = "entityId")]
    public string? EntityId { get; set; }

    [Description("Who made the change: a user id or an API key id.")]
    [FromQuery(Name = "actorId")]
    public string? ActorId { get; set; }

    [Description("created, updated or deleted.")]
    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    [Description("Changes at or after this instant (ISO 8601 with offset).")]
    [FromQuery(Name = "from")]
    public DateTimeOffset? From { get; set; }

    [Description("Changes before this instant (ISO 8601 with offset).")]
    [FromQuery(Name = "to")]
    public DateTimeOffset? To { get; set; }

}

public sealed class SearchAuditEntriesValidator : AbstractValidator<SearchAuditEntries>
{
    public SearchAuditEntriesValidator()
    {
        this.PageRules(q => q.PageNumber, q => q.Size);
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must be after 'from'.");
        RuleFor(q => q.Action).Must(a => a is null or "created" or "updated" or "deleted")
            .WithMessage("action must be created, updated or deleted.");
    }
}

internal sealed class SearchAuditEntriesHandler(RocbDbContext db) : IRequestHandler<SearchAuditEntries, AuditEntryPageDto>
{
    public async Task<AuditEntryPageDto> Handle(SearchAuditEntries request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Entity)) entries = entries.Where(a => a.Entity == request.Entity);
        if (!string.IsNullOrWhiteSpace(request.EntityId)) entries = entries.Where(a => a.EntityId == request.EntityId);
        if (!string.IsNullOrWhiteSpace(request.ActorId)) entries = entries.Where(a => a.ActorId == request.ActorId);
        if (!string.IsNullOrWhiteSpace(request.Action)) entries = entries.Where(a => a.Action == request.Action);
        if (request.From is { } from) entries = entries.Where(a => a.OccurredAt >= from.ToUniversalTime());
        if (request.To is { } to) entries = entries.Where(a => a.OccurredAt < to.ToUniversalTime());
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(a => a.Id).TakePage(request.PageNumber, request.Size)
            .Select(AuditEntryDto.Projection).ToListAsync(cancellationToken);
        return new AuditEntryPageDto(items, request.PageNumber, request.Size, total);
    }
}
