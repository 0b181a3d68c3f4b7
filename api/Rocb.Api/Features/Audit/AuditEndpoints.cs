using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Audit;

public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit-entries").WithTags("Audit log").RequirePermission(Permissions.AuditRead);
        group.MapGet("/", Search).WithName("searchAuditEntries")
            .WithSummary("Search the audit log by entity, record, actor, action and time range (paged, newest first)")
            .ProducesErrors(400);
        group.MapGet("/{entity}/{entityId}", History).WithName("getRecordHistory")
            .WithSummary("Every change to one record, oldest first");
        return app;
    }

    private static async Task<Ok<AuditEntryPageDto>> Search([AsParameters] SearchAuditEntries query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<AuditEntryDto>>> History(string entity, string entityId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetRecordHistory(entity, entityId), ct));
}
