using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Plans;

namespace Rocb.Api.Features.Milestones;

public static class MilestoneStatusesEndpoints
{
    public static IEndpointRouteBuilder MapMilestoneStatuses(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/milestone-statuses").WithTags("Milestone statuses");

        group.MapGet("/", List).WithName("listMilestoneStatuses")
            .WithSummary("Milestone status records (approved ones for everyone; drafts only for Staff and the Member's own focal points)")
            .ProducesErrors(400).RequirePermission(Permissions.PlansRead);
        group.MapGet("/queue", Queue).WithName("getMilestoneReviewQueue")
            .WithSummary("Updates waiting for Staff (submitted) or for a focal point (returned), oldest first")
            .RequirePermission(Permissions.MilestonesSubmit);
        group.MapGet("/{id:long}", Get).WithName("getMilestoneStatus").WithSummary("One milestone status record")
            .ProducesErrors(404).RequirePermission(Permissions.PlansRead);
        group.MapPost("/", Create).WithName("createMilestoneStatus")
            .WithSummary("Draft a status update for a Member on a milestone (a focal point: its own Member only)")
            .ProducesErrors(400, 404, 413, 415).RequirePermission(Permissions.MilestonesSubmit);
        group.MapPut("/{id:long}", Update).WithName("updateMilestoneStatus")
            .WithSummary("Change a draft or returned update (send If-Match); approved ones must be reopened first")
            .ProducesErrors(400, 404, 409, 412, 413, 415).RequirePermission(Permissions.MilestonesSubmit);
        group.MapPost("/{id:long}/submit", Submit).WithName("submitMilestoneStatus")
            .WithSummary("Submit a draft or returned update for review").ProducesErrors(404, 409).RequirePermission(Permissions.MilestonesSubmit);
        group.MapPost("/{id:long}/review", Review).WithName("reviewMilestoneStatus")
            .WithSummary("Approve or return (with a reason) a submitted update; never your own submission")
            .ProducesErrors(400, 404, 409, 415).RequirePermission(Permissions.MilestonesReview);
        group.MapPost("/approve", Approve).WithName("approveMilestoneStatuses")
            .WithSummary("Approve several submitted updates at once (all or none)")
            .ProducesErrors(400, 404, 409, 415).RequirePermission(Permissions.MilestonesReview);
        group.MapPost("/{id:long}/reopen", Reopen).WithName("reopenMilestoneStatus")
            .WithSummary("Reopen an approved update so it can be corrected (it stops counting until approved again)")
            .ProducesErrors(404, 409).RequirePermission(Permissions.MilestonesReview);
        group.MapPost("/import", Import).WithName("importMilestoneStatuses")
            .WithSummary("Import reviewed statuses (JSON) as approved records; dryRun=true reports each row's problems and writes nothing")
            .ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.MilestonesReview);
        group.MapPost("/import.csv", ImportCsv).WithName("importMilestoneStatusesCsv")
            .WithSummary("Import reviewed statuses from CSV (text/csv), like import; dryRun=true writes nothing")
            .WithMetadata(new CsvBody.RequestBody()).ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.MilestonesReview);
        return app;
    }

    private static async Task<Ok<ImportReportDto>> ImportCsv(HttpRequest request, [FromQuery] bool? dryRun, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ImportMilestoneStatusesCsv(await CsvBody.ReadAsync(request, ct), dryRun ?? false), ct));

    private static async Task<Ok<MilestoneStatusPageDto>> List([AsParameters] ListMilestoneStatuses query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<QueueItemDto>>> Queue(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetReviewQueue(), ct));

    private static async Task<Ok<MilestoneStatusRecordDto>> Get(long id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var record = await mediator.Send(new GetMilestoneStatus(id), ct);
        ETags.Set(response, record.Version);
        return TypedResults.Ok(record);
    }

    private static async Task<Created<MilestoneStatusRecordDto>> Create(CreateMilestoneStatus command, IMediator mediator, CancellationToken ct)
    {
        var record = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/milestone-statuses/{record.Id}", record);
    }

    private static async Task<Ok<MilestoneStatusRecordDto>> Update(long id, UpdateMilestoneStatus command,
        [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var record = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, record.Version);
        return TypedResults.Ok(record);
    }

    private static async Task<Ok<MilestoneStatusRecordDto>> Submit(long id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new SubmitMilestoneStatus(id), ct));

    private static async Task<Ok<MilestoneStatusRecordDto>> Review(long id, ReviewMilestoneStatus command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));

    private static async Task<Ok<IReadOnlyList<MilestoneStatusRecordDto>>> Approve(ApproveMilestoneStatuses command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command, ct));

    private static async Task<Ok<MilestoneStatusRecordDto>> Reopen(long id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ReopenMilestoneStatus(id), ct));

    private static async Task<Ok<ImportReportDto>> Import(MilestoneStatusFile file, [FromQuery] bool? dryRun, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ImportMilestoneStatuses(file, dryRun ?? false), ct));
}
