using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Deployments;

public static class DeploymentsEndpoints
{
    public static IEndpointRouteBuilder MapDeployments(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/expert-requests").WithTags("Expert requests");
        requests.MapGet("/", ListRequests).WithName("listExpertRequests")
            .WithSummary("Expert requests (paged; filter by status, dates, topic, activity) with how many experts are confirmed")
            .ProducesErrors(400)
            .RequirePermission(Permissions.DeploymentsManage);
        requests.MapGet("/{id:int}", GetRequest).WithName("getExpertRequest")
            .WithSummary("One expert request with its deployments and donor release requests; ETag")
            .ProducesErrors(404)
            .RequirePermission(Permissions.DeploymentsManage);
        requests.MapPost("/", CreateRequest).WithName("createExpertRequest")
            .WithSummary("Record a request for experts (at least one topic; end not before start)")
            .ProducesErrors(400, 409, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);
        requests.MapPut("/{id:int}", UpdateRequest).WithName("updateExpertRequest")
            .WithSummary("Change an expert request (send If-Match with its ETag)")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);
        requests.MapDelete("/{id:int}", DeleteRequest).WithName("deleteExpertRequest")
            .WithSummary("Delete an expert request recorded by mistake with its proposed deployments (409 naming any deployment beyond proposed: cancel the request instead; If-Match optional)")
            .ProducesErrors(400, 404, 409, 412)
            .RequirePermission(Permissions.DeploymentsManage);
        requests.MapGet("/{id:int}/matches", Matches).WithName("getExpertRequestMatches")
            .WithSummary("Ranked candidate experts for a request, each score broken into named parts (topic fit, accreditation, language, availability, region, workload, appraisal, conflict of interest)")
            .ProducesErrors(400, 404)
            .RequirePermission(Permissions.DeploymentsManage);

        app.MapGet("/api/activities/{id:long}/experts", ActivityExperts).WithName("getActivityExperts").WithTags("Expert requests")
            .WithSummary("An activity's expert requests and deployments (Staff and Administrators); anyone else who reads activities gets the counts only")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ActivitiesRead);

        var donors = app.MapGroup("/api/donor-requests").WithTags("Expert requests");
        donors.MapGet("/", ListDonors).WithName("listDonorRequests")
            .WithSummary("Requests to administrations to release experts, with their outcome (paged)")
            .ProducesErrors(400)
            .RequirePermission(Permissions.DeploymentsManage);
        donors.MapPost("/", RecordDonor).WithName("recordDonorRequest")
            .WithSummary("Record a request to an administration to release an expert")
            .ProducesErrors(400, 409, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);
        donors.MapPut("/{id:int}/outcome", SetOutcome).WithName("setDonorRequestOutcome")
            .WithSummary("Record the administration's answer: released, declined or no-answer (send If-Match to guard against a concurrent change)")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);

        var settings = app.MapGroup("/api/matching-settings").WithTags("Expert requests");
        settings.MapGet("/", GetSettings).WithName("getMatchingSettings")
            .WithSummary("The weights of the match score's parts and the workload cap; ETag")
            .RequirePermission(Permissions.DeploymentsManage);
        settings.MapPut("/", UpdateSettings).WithName("updateMatchingSettings")
            .WithSummary("Change the matching weights and workload cap (Administrators; send If-Match with its ETag)")
            .ProducesErrors(400, 409, 412, 413, 415)
            .RequirePermission(Permissions.MatchingConfigure);

        var deployments = app.MapGroup("/api/deployments").WithTags("Deployments");
        deployments.MapGet("/", List).WithName("listDeployments")
            .WithSummary("Deployments for the board (paged; filter by status, expert, request, activity), with the count in each status")
            .ProducesErrors(400)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapGet("/stuck", Stuck).WithName("listStuckDeployments")
            .WithSummary("Deployments waiting in their state (or confirmed ones past their end) for at least olderThanDays, longest first")
            .ProducesErrors(400)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapGet("/{id:long}", Get).WithName("getDeployment")
            .WithSummary("One deployment with its workflow timestamps; ETag (an expert: its own only)")
            .ProducesErrors(404)
            .RequirePermission(Permissions.ExpertsRead);
        deployments.MapPost("/", Propose).WithName("proposeDeployment")
            .WithSummary("Propose an expert for a request or activity (conflict of interest on a diagnostic mission: 409 unless conflictOverrideReason)")
            .ProducesErrors(400, 404, 409, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapPost("/{id:long}/invite", Invite).WithName("inviteExpert")
            .WithSummary("Invite the proposed expert (409 without its consent to be contacted)")
            .ProducesErrors(400, 404, 409, 412)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapPost("/{id:long}/answer", Answer).WithName("answerInvitation")
            .WithSummary("Accept or decline an invitation (an expert: its own only, others 404)")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.DeploymentsAnswer);
        deployments.MapPost("/{id:long}/release", Release).WithName("releaseExpert")
            .WithSummary("Record that the home administration released the expert")
            .ProducesErrors(400, 404, 409, 412)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapPost("/{id:long}/confirm", Confirm).WithName("confirmDeployment")
            .WithSummary("Confirm a released deployment (409 naming the conflicting deployment when the expert is already confirmed on overlapping dates)")
            .ProducesErrors(400, 404, 409, 412)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapPost("/{id:long}/complete", Complete).WithName("completeDeployment")
            .WithSummary("Complete a confirmed deployment with the 1-5 appraisals by the host and the ROCB and whether the report came in")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapPut("/{id:long}/appraisal", Appraise).WithName("recordDeploymentAppraisal")
            .WithSummary("Record appraisals and the report on a completed deployment")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);
        deployments.MapPost("/{id:long}/cancel", Cancel).WithName("cancelDeployment")
            .WithSummary("Cancel a deployment that is not completed, with the reason")
            .ProducesErrors(400, 404, 409, 412, 413, 415)
            .RequirePermission(Permissions.DeploymentsManage);
        return app;
    }

    private static async Task<Ok<ExpertRequestPageDto>> ListRequests([AsParameters] ListExpertRequests query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<ExpertRequestDto>> GetRequest(int id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var r = await mediator.Send(new GetExpertRequest(id), ct);
        ETags.Set(response, r.Version);
        return TypedResults.Ok(r);
    }

    private static async Task<Created<ExpertRequestDto>> CreateRequest(CreateExpertRequest command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var r = await mediator.Send(command, ct);
        ETags.Set(response, r.Version);
        return TypedResults.Created($"/api/expert-requests/{r.Id}", r);
    }

    private static async Task<Ok<ExpertRequestDto>> UpdateRequest(int id, UpdateExpertRequest command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var r = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, r.Version);
        return TypedResults.Ok(r);
    }

    private static async Task<NoContent> DeleteRequest(int id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new DeleteExpertRequest(id, ETags.ParseIfMatch(ifMatch)), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ActivityExpertsDto>> ActivityExperts(long id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetActivityExperts(id), ct));

    private static async Task<Ok<MatchListDto>> Matches([AsParameters] FindExpertMatches query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<DonorRequestPageDto>> ListDonors([AsParameters] ListDonorRequests query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<DonorRequestDto>> RecordDonor(RecordDonorRequest command, IMediator mediator, CancellationToken ct)
    {
        var r = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/donor-requests/{r.Id}", r);
    }

    private static async Task<Ok<DonorRequestDto>> SetOutcome(int id, SetDonorRequestOutcome command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct));

    private static async Task<Ok<MatchingSettingsDto>> GetSettings(IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var s = await mediator.Send(new GetMatchingSettings(), ct);
        ETags.Set(response, s.Version);
        return TypedResults.Ok(s);
    }

    private static async Task<Ok<MatchingSettingsDto>> UpdateSettings(UpdateMatchingSettings command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var s = await mediator.Send(command with { ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, s.Version);
        return TypedResults.Ok(s);
    }

    private static async Task<Ok<DeploymentPageDto>> List([AsParameters] ListDeployments query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<StuckDeploymentDto>>> Stuck([AsParameters] ListStuckDeployments query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<DeploymentDto>> Get(long id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var d = await mediator.Send(new GetDeployment(id), ct);
        ETags.Set(response, d.Version);
        return TypedResults.Ok(d);
    }

    private static async Task<Created<DeploymentDto>> Propose(ProposeDeployment command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var d = await mediator.Send(command, ct);
        ETags.Set(response, d.Version);
        return TypedResults.Created($"/api/deployments/{d.Id}", d);
    }

    private static async Task<Ok<DeploymentDto>> Send(IRequest<DeploymentDto> command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var d = await mediator.Send(command, ct);
        ETags.Set(response, d.Version);
        return TypedResults.Ok(d);
    }

    private static Task<Ok<DeploymentDto>> Invite(long id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        Send(new InviteExpert { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, mediator, response, ct);

    private static Task<Ok<DeploymentDto>> Answer(long id, AnswerInvitation command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator,
        HttpResponse response, CancellationToken ct) =>
        Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, mediator, response, ct);

    private static Task<Ok<DeploymentDto>> Release(long id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        Send(new ReleaseExpert { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, mediator, response, ct);

    private static Task<Ok<DeploymentDto>> Confirm(long id, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        Send(new ConfirmDeployment { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, mediator, response, ct);

    private static Task<Ok<DeploymentDto>> Complete(long id, CompleteDeployment command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator,
        HttpResponse response, CancellationToken ct) =>
        Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, mediator, response, ct);

    private static Task<Ok<DeploymentDto>> Appraise(long id, RecordDeploymentAppraisal command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator,
        HttpResponse response, CancellationToken ct) =>
        Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, mediator, response, ct);

    private static Task<Ok<DeploymentDto>> Cancel(long id, CancelDeployment command, [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator,
        HttpResponse response, CancellationToken ct) =>
        Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, mediator, response, ct);
}
