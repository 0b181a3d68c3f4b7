using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Plans;

namespace Rocb.Api.Features.Activities;

public static class ActivitiesEndpoints
{
    public static IEndpointRouteBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activities").WithTags("Activities");

        group.MapGet("/", List).WithName("listActivities")
            .WithSummary("List activities (paged; filter by fiscal year, dates, type, status, role, topic, Member, sub-region, plan action)")
            .ProducesErrors(400)
            .RequirePermission(Permissions.ActivitiesRead);
        group.MapGet("/calendar.ics", Calendar).WithName("getActivitiesCalendar")
            .WithSummary("iCalendar feed of upcoming (planned and confirmed) activities")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesErrors(400)
            .RequirePermission(Permissions.ActivitiesRead);
        group.MapGet("/{id:long}", Get).WithName("getActivity")
            .WithSummary("One activity with its Members, topics, plan actions and KPIs, staff, participant and evaluation totals; ETag")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ActivitiesRead);
        group.MapPost("/", Create).WithName("createActivity")
            .WithSummary("Record an activity")
            .ProducesErrors(400, 409, 413, 415)
            .RequirePermission(Permissions.ActivitiesWrite);
        group.MapPut("/{id:long}", Update).WithName("updateActivity")
            .WithSummary("Change an activity (send If-Match with its ETag)")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.ActivitiesWrite);
        group.MapDelete("/{id:long}", Delete).WithName("deleteActivity")
            .WithSummary("Delete an activity with its participants and evaluations (not one a survey round covers)")
            .ProducesErrors(404, 409, 412)
            .RequirePermission(Permissions.ActivitiesWrite);
        group.MapPost("/import", Import).WithName("importActivities")
            .WithSummary("Import activities (JSON transcription format). dryRun=true reports every problem and writes nothing; otherwise all or nothing")
            .ProducesErrors(400, 413, 415)
            .RequirePermission(Permissions.ActivitiesWrite);
        return app;
    }

    private static async Task<Ok<ActivityPageDto>> List([AsParameters] ListActivities query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<ContentHttpResult> Calendar([AsParameters] ExportActivitiesCalendar query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Text(await mediator.Send(query, ct), "text/calendar; charset=utf-8");

    private static async Task<Ok<ActivityDto>> Get(long id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var activity = await mediator.Send(new GetActivity(id), ct);
        ETags.Set(response, activity.Version);
        return TypedResults.Ok(activity);
    }

    private static async Task<Created<ActivityDto>> Create(CreateActivity command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var activity = await mediator.Send(command, ct);
        ETags.Set(response, activity.Version);
        return TypedResults.Created($"/api/activities/{activity.Id}", activity);
    }

    private static async Task<Ok<ActivityDto>> Update(long id, UpdateActivity command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var activity = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, activity.Version);
        return TypedResults.Ok(activity);
    }

    private static async Task<NoContent> Delete(long id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteActivity(id, ETags.ParseIfMatch(ifMatch)), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ImportReportDto>> Import(ActivityFile file, [FromQuery] bool? dryRun, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ImportActivities(file, dryRun ?? false), ct));
}
