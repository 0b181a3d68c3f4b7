using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Plans;

namespace Rocb.Api.Features.Participation;

public static class ParticipationEndpoints
{
    /// <summary>Participant CSV uploads may be large (100,000 rows is about 5 MB).</summary>
    public const long MaxCsvBytes = 32L * 1024 * 1024;

    public static IEndpointRouteBuilder MapParticipation(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activities/{id:long}").WithTags("Participants and evaluations");

        group.MapGet("/participation", Get).WithName("getParticipation")
            .WithSummary("Participant counts per Member (female, male, other, not recorded; observers apart; head of delegation) and totals")
            .ProducesErrors(404).RequirePermission(Permissions.ActivitiesRead);
        group.MapPut("/participant-counts", SetCounts).WithName("setParticipantCounts")
            .WithSummary("Replace the counts entered by hand (rows rolled up from named participants stay)")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.ActivitiesWrite);
        group.MapGet("/participants", List).WithName("listParticipants")
            .WithSummary("Named participants (personal data; a focal point sees only its own administration's)")
            .ProducesErrors(400, 404).RequirePermission(Permissions.ParticipantsRead);
        group.MapPost("/participants", Add).WithName("addParticipants")
            .WithSummary("Add named participants; they roll up into their Member's counts")
            .ProducesErrors(400, 404, 413, 415).RequirePermission(Permissions.ActivitiesWrite);
        group.MapPost("/participants.csv", Upload).WithName("uploadParticipantsCsv")
            .WithSummary("Upload named participants as CSV (name,member,gender,role,position). dryRun=true reports each row's problems; otherwise all or nothing")
            .WithMetadata(new CsvBody.RequestBody(), new LargeBody(MaxCsvBytes))
            .ProducesErrors(400, 404, 413, 415).RequirePermission(Permissions.ActivitiesWrite);
        group.MapDelete("/participants/{participantId:long}", Delete).WithName("deleteParticipant")
            .WithSummary("Remove a named participant")
            .ProducesErrors(404).RequirePermission(Permissions.ActivitiesWrite);
        group.MapGet("/evaluation", GetEvaluation).WithName("getEvaluation")
            .WithSummary("The participants' evaluation: mean overall score (1-5), distribution, item means, or the recorded summary")
            .ProducesErrors(404).RequirePermission(Permissions.ActivitiesRead);
        group.MapPost("/evaluation/responses", AddResponses).WithName("addEvaluationResponses")
            .WithSummary("Record evaluation forms (overall and optional items, 1-5) of a delivered activity")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.ActivitiesWrite);
        group.MapPut("/evaluation/summary", SetSummary).WithName("setEvaluationSummary")
            .WithSummary("Record the evaluation summary (mean and number of responses) when the forms are not kept")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.ActivitiesWrite);
        return app;
    }

    private static async Task<Ok<ParticipationDto>> Get(long id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetParticipation(id), ct));

    private static async Task<Ok<ParticipationDto>> SetCounts(long id, SetParticipantCounts command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ActivityId = id }, ct));

    private static async Task<Ok<ParticipantPageDto>> List([AsParameters] ListParticipants query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<ParticipationDto>> Add(long id, AddParticipants command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ActivityId = id }, ct));

    private static async Task<Ok<ImportReportDto>> Upload(long id, HttpRequest request, [FromQuery] bool? dryRun, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UploadParticipantsCsv(id, await CsvBody.ReadAsync(request, ct), dryRun ?? false), ct));

    private static async Task<Ok<ParticipationDto>> Delete(long id, long participantId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new DeleteParticipant(id, participantId), ct));

    private static async Task<Ok<EvaluationDto>> GetEvaluation(long id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetEvaluation(id), ct));

    private static async Task<Ok<EvaluationDto>> AddResponses(long id, AddEvaluationResponses command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ActivityId = id }, ct));

    private static async Task<Ok<EvaluationDto>> SetSummary(long id, SetEvaluationSummary command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { ActivityId = id }, ct));
}
