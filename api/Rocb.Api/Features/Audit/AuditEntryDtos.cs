using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Rocb.Api.Domain;

namespace Rocb.Api.Features.Audit;

/// <summary>One audited change. <c>before</c>/<c>after</c> hold the changed fields' values (secrets redacted).</summary>
public sealed record AuditEntryDto(
    long Id, DateTimeOffset OccurredAt, string ActorType, string? ActorId, string ActorName,
    string Entity, string EntityId, string Action, JsonObject? Before, JsonObject? After, string? TraceId)
{
    public static readonly Expression<Func<AuditEntry, AuditEntryDto>> Projection = a => new AuditEntryDto(
        a.Id, a.OccurredAt, a.ActorType, a.ActorId, a.ActorName, a.Entity, a.EntityId, a.Action,
        Parse(a.Before), Parse(a.After), a.TraceId);

    private static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json)?.AsObject();
}

public sealed record AuditEntryPageDto(IReadOnlyList<AuditEntryDto> Items, int Page, int PageSize, int TotalCount);
