using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Deployments;

namespace Rocb.Api.Features.Experts;

public static class ExpertsEndpoints
{
    public static IEndpointRouteBuilder MapExperts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/experts").WithTags("Experts");

        group.MapGet("/", List).WithName("listExperts")
            .WithSummary("The expert roster (paged; filter by topic, category, accreditation status, language, origin, availability between two dates). An expert sees only itself")
            .ProducesErrors(400)
            .RequirePermission(Permissions.ExpertsRead);
        group.MapGet("/candidates", Candidates).WithName("listExpertCandidates")
            .WithSummary("The candidate list: experts with a candidate or pre-accredited accreditation (same filters as the roster)")
            .ProducesErrors(400)
            .RequirePermission(Permissions.ExpertsRead);
        group.MapGet("/{id:int}", Get).WithName("getExpert")
            .WithSummary("One expert's profile with contact details, topics, accreditation history and unavailability; ETag (an expert: its own only)")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ExpertsRead);
        group.MapPost("/", Create).WithName("createExpert")
            .WithSummary("Add an expert to the roster")
            .ProducesErrors(400, 409, 413, 415)
            .RequirePermission(Permissions.ExpertsWrite);
        group.MapPut("/{id:int}", Update).WithName("updateExpert")
            .WithSummary("Change an expert's profile (send If-Match with its ETag); an expert its own only")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.ExpertsProfile);
        group.MapDelete("/{id:int}", Delete).WithName("deleteExpert")
            .WithSummary("Remove an expert from the roster with its topics, accreditations and unavailability (409 naming its deployments, donor release requests or bound user account; If-Match optional)")
            .ProducesErrors(400, 404, 409, 412)
            .RequirePermission(Permissions.ExpertsWrite);
        group.MapPost("/{id:int}/accreditations", AddAccreditation).WithName("addAccreditation")
            .WithSummary("Record an accreditation (a nomination as candidate, or an existing one with its evidence)")
            .ProducesErrors(400, 404, 409, 413, 415)
            .RequirePermission(Permissions.ExpertsWrite);
        group.MapPost("/{id:int}/accreditations/{accreditationId:long}/status", ChangeStatus).WithName("changeAccreditationStatus")
            .WithSummary("Move an accreditation along candidate → pre-accredited → accredited → expired, or withdrawn; skipping a step needs overrideReason")
            .ProducesErrors(400, 404, 409, 413, 415)
            .RequirePermission(Permissions.ExpertsWrite);
        group.MapPost("/{id:int}/unavailability", AddUnavailability).WithName("addUnavailability")
            .WithSummary("Record a period the expert cannot be deployed (an expert: its own)")
            .ProducesErrors(400, 404, 413, 415)
            .RequirePermission(Permissions.ExpertsProfile);
        group.MapDelete("/{id:int}/unavailability/{periodId:long}", DeleteUnavailability).WithName("deleteUnavailability")
            .WithSummary("Remove an unavailability period (an expert: its own)")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ExpertsProfile);
        group.MapGet("/{id:int}/calendar.ics", Calendar).WithName("getExpertCalendar")
            .WithSummary("iCalendar feed of one expert's deployments and unavailability (an expert: its own)")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ExpertsRead);
        group.MapGet("/{id:int}/deployments", Deployments).WithName("listExpertDeployments")
            .WithSummary("One expert's deployments and invitations, latest first (an expert: its own)")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ExpertsRead);
        return app;
    }

    private static async Task<Ok<ExpertPageDto>> List([AsParameters] ListExperts query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<ExpertPageDto>> Candidates([AsParameters] ListExpertCandidates query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<ExpertDto>> Get(int id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var expert = await mediator.Send(new GetExpert(id), ct);
        ETags.Set(response, expert.Version);
        return TypedResults.Ok(expert);
    }

    private static async Task<Created<ExpertDto>> Create(CreateExpert command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var expert = await mediator.Send(command, ct);
        ETags.Set(response, expert.Version);
        return TypedResults.Created($"/api/experts/{expert.Id}", expert);
    }

    private static async Task<Ok<ExpertDto>> Update(int id, UpdateExpert command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var expert = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, expert.Version);
        return TypedResults.Ok(expert);
    }

    private static async Task<NoContent> Delete(int id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteExpert(id, ETags.ParseIfMatch(ifMatch)), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Created<AccreditationDto>> AddAccreditation(int id, AddAccreditation command, IMediator mediator, CancellationToken ct)
    {
        var accreditation = await mediator.Send(command with { ExpertId = id }, ct);
        return TypedResults.Created($"/api/experts/{id}", accreditation);
    }

    private static async Task<Ok<AccreditationDto>> ChangeStatus(int id, long accreditationId, ChangeAccreditationStatus command, IMediator mediator,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ExpertId = id, AccreditationId = accreditationId }, ct));

    private static async Task<Created<UnavailabilityDto>> AddUnavailability(int id, AddUnavailability command, IMediator mediator, CancellationToken ct)
    {
        var period = await mediator.Send(command with { ExpertId = id }, ct);
        return TypedResults.Created($"/api/experts/{id}", period);
    }

    private static async Task<NoContent> DeleteUnavailability(int id, long periodId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteUnavailability(id, periodId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<ContentHttpResult> Calendar(int id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Text(await mediator.Send(new ExportExpertCalendar(id), ct), "text/calendar; charset=utf-8");

    private static async Task<Ok<IReadOnlyList<DeploymentDto>>> Deployments(int id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListExpertDeployments(id), ct));
}
