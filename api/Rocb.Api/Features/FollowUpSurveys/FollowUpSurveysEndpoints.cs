using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Features.Plans;

namespace Rocb.Api.Features.FollowUpSurveys;

public static class FollowUpSurveysEndpoints
{
    public static IEndpointRouteBuilder MapFollowUpSurveys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/survey-rounds").WithTags("Follow-up surveys");

        group.MapGet("/", List).WithName("listSurveyRounds")
            .WithSummary("Follow-up survey rounds, newest fiscal year first, with workshops, participating administrations, replies and reply rate")
            .ProducesErrors(400).RequirePermission(Permissions.SurveysRead);
        group.MapGet("/due", Due).WithName("listDueSurveyWork")
            .WithSummary("What is due on a date across all rounds: questionnaires to send, reminders, feedback to send")
            .ProducesErrors(400).RequirePermission(Permissions.SurveysRead);
        group.MapGet("/{id:int}", Get).WithName("getSurveyRound")
            .WithSummary("A round with its workshops: dates, what was sent when, participation, replies and each workshop's state today")
            .ProducesErrors(404).RequirePermission(Permissions.SurveysRead);
        group.MapGet("/{id:int}/analysis", Analysis).WithName("getSurveyAnalysis")
            .WithSummary("The round's results recomputed from its raw replies: reply rates, follow-up actions, direct effects, efficiency, " +
                         "new projects, their cross-tabulations and the success stories")
            .ProducesErrors(404).RequirePermission(Permissions.SurveysRead);
        group.MapPost("/", Create).WithName("createSurveyRound")
            .WithSummary("Open a round for a fiscal year: takes in its delivered regional and sub-regional workshops organised by the ROCB")
            .ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.SurveysManage);
        group.MapPost("/{id:int}/workshops", AddWorkshop).WithName("addSurveyWorkshop")
            .WithSummary("Add an activity of the round's fiscal year to the round (e.g. a regional seminar); not accreditation workshops")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.SurveysManage);
        group.MapDelete("/{id:int}/workshops/{workshopId:int}", RemoveWorkshop).WithName("removeSurveyWorkshop")
            .WithSummary("Take a workshop without replies out of the round")
            .ProducesErrors(404, 409).RequirePermission(Permissions.SurveysManage);
        group.MapPost("/{id:int}/workshops/{workshopId:int}/contacts", RecordContact).WithName("recordSurveyContact")
            .WithSummary("Record when the questionnaire was sent, a reminder, or the feedback to all participants (Rocb sends no e-mail itself)")
            .ProducesErrors(400, 404, 413, 415).RequirePermission(Permissions.SurveysManage);
        group.MapGet("/{id:int}/replies", ListReplies).WithName("listSurveyReplies")
            .WithSummary("The round's replies (a focal point sees its own administration's only)")
            .ProducesErrors(400, 404).RequirePermission(Permissions.SurveysReply);
        group.MapPost("/{id:int}/replies", Submit).WithName("submitSurveyReply")
            .WithSummary("Record a participating administration's reply about a workshop of the round (a focal point: its own Member only)")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.SurveysReply);
        group.MapPost("/import", Import).WithName("importSurveyRound")
            .WithSummary("Import a round with its raw replies (JSON). dryRun=true reports each row's problems and writes nothing; otherwise all or nothing")
            .ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.SurveysManage);

        var replies = app.MapGroup("/api/survey-replies").WithTags("Follow-up surveys");
        replies.MapPut("/{id:long}", Update).WithName("updateSurveyReply")
            .WithSummary("Change a reply's answers (send If-Match; a focal point: its own Member's only)")
            .ProducesErrors(400, 404, 412, 413, 415).RequirePermission(Permissions.SurveysReply);
        return app;
    }

    private static async Task<Ok<SurveyRoundPageDto>> List([AsParameters] ListSurveyRounds query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<IReadOnlyList<DueSurveyWorkDto>>> Due([AsParameters] ListDueSurveyWork query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Ok<SurveyRoundDto>> Get(int id, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var round = await mediator.Send(new GetSurveyRound(id), ct);
        ETags.Set(response, round.Version);
        return TypedResults.Ok(round);
    }

    private static async Task<Ok<SurveyAnalysisDto>> Analysis(int id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetSurveyAnalysis(id), ct));

    private static async Task<Created<SurveyRoundDto>> Create(CreateSurveyRound command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var round = await mediator.Send(command, ct);
        ETags.Set(response, round.Version);
        return TypedResults.Created($"/api/survey-rounds/{round.Id}", round);
    }

    private static async Task<Created<SurveyWorkshopDto>> AddWorkshop(int id, AddSurveyWorkshop command, IMediator mediator, CancellationToken ct)
    {
        var workshop = await mediator.Send(command with { RoundId = id }, ct);
        return TypedResults.Created($"/api/survey-rounds/{id}", workshop);
    }

    private static async Task<NoContent> RemoveWorkshop(int id, int workshopId, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new RemoveSurveyWorkshop(id, workshopId), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SurveyWorkshopDto>> RecordContact(int id, int workshopId, RecordSurveyContact command, IMediator mediator,
        CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { RoundId = id, WorkshopId = workshopId }, ct));

    private static async Task<Ok<SurveyReplyPageDto>> ListReplies([AsParameters] ListSurveyReplies query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<SurveyReplyDto>> Submit(int id, SubmitSurveyReply command, IMediator mediator, HttpResponse response,
        CancellationToken ct)
    {
        var reply = await mediator.Send(command with { RoundId = id }, ct);
        ETags.Set(response, reply.Version);
        return TypedResults.Created($"/api/survey-replies/{reply.Id}", reply);
    }

    private static async Task<Ok<SurveyReplyDto>> Update(long id, UpdateSurveyReply command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var reply = await mediator.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct);
        ETags.Set(response, reply.Version);
        return TypedResults.Ok(reply);
    }

    private static async Task<Ok<ImportReportDto>> Import(SurveyRoundFile file, [FromQuery] bool? dryRun, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ImportSurveyRound(file, dryRun ?? false), ct));
}
