using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Rocb.Api.Common.Http;
using Rocb.Api.Common.OpenApi;
using Rocb.Api.Common.Security;
using Rocb.Api.Common.Spreadsheets;
using Rocb.Api.Domain.NeedsSurveys;

namespace Rocb.Api.Features.NeedsSurveys;

public static class NeedsSurveysEndpoints
{
    /// <summary>A survey spreadsheet of a whole region (35 Members x 60 questions) is far below this.</summary>
    public const long MaxUploadBytes = 16L * 1024 * 1024;

    public static IEndpointRouteBuilder MapNeedsSurveys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/needs-cycles").WithTags("Needs surveys");

        group.MapGet("/", List).WithName("listNeedsCycles")
            .WithSummary("Needs survey cycles, newest fiscal year first (a focal point: the cycles its Member is asked in, with its own progress)")
            .ProducesErrors(400).RequirePermission(Permissions.NeedsRead);
        group.MapPost("/", Create).WithName("createNeedsCycle")
            .WithSummary("Create a cycle (draft) with its Members, coordinators and questionnaire, or as a copy of a previous cycle")
            .ProducesErrors(400, 409, 413, 415).RequirePermission(Permissions.NeedsManage);
        group.MapGet("/{cycleId:int}", Get).WithName("getNeedsCycle")
            .WithSummary("A cycle with its questionnaire and the Members asked, and whether answers are accepted today")
            .ProducesErrors(404).RequirePermission(Permissions.NeedsRead);
        group.MapPut("/{cycleId:int}", Update).WithName("updateNeedsCycle")
            .WithSummary("Change a cycle's name, fiscal year, dates, Members asked and coordinators (send If-Match; not once closed)")
            .ProducesErrors(400, 404, 409, 412, 413, 415).RequirePermission(Permissions.NeedsManage);
        group.MapPut("/{cycleId:int}/questions", ReplaceQuestions).WithName("replaceNeedsQuestions")
            .WithSummary("Replace the questionnaire (topic questions and custom questions, in order); 409 once any Member has answered")
            .ProducesErrors(400, 404, 409, 412, 413, 415).RequirePermission(Permissions.NeedsManage);
        group.MapPost("/{cycleId:int}/open", Open).WithName("openNeedsCycle")
            .WithSummary("Open a draft cycle: answers are accepted from opensOn to closesOn")
            .ProducesErrors(404, 409).RequirePermission(Permissions.NeedsManage);
        group.MapPost("/{cycleId:int}/close", Close).WithName("closeNeedsCycle")
            .WithSummary("Close an open cycle: no more answers or amendments")
            .ProducesErrors(404, 409).RequirePermission(Permissions.NeedsManage);
        group.MapGet("/{cycleId:int}/tracker", Tracker).WithName("getNeedsTracker")
            .WithSummary("The response tracker: per Member not-started, draft or submitted, last saved, submitted, progress and reminders")
            .ProducesErrors(404).RequirePermission(Permissions.NeedsManage);
        group.MapPost("/{cycleId:int}/reminders", Remind).WithName("recordNeedsReminders")
            .WithSummary("Record a reminder to the Members named (none: all that have not submitted); recorded only, as no e-mail is configured")
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.NeedsManage);
        group.MapGet("/{cycleId:int}/responses/{memberId:int}", GetResponse).WithName("getNeedsResponse")
            .WithSummary("A Member's response with its progress (not-started when it has none); a focal point: its own Member only")
            .ProducesErrors(404).RequirePermission(Permissions.NeedsRead);
        group.MapPut("/{cycleId:int}/responses/{memberId:int}", SaveResponse).WithName("saveNeedsResponse")
            .WithSummary("Save a Member's response (draft autosave, partial answers allowed; amends a submitted one until the cycle closes). " +
                         "If-Match (the revision) optional. Staff answer on the Member's behalf; a focal point for its own Member only")
            .ProducesErrors(400, 404, 409, 412, 413, 415).RequirePermission(Permissions.NeedsRespond);
        group.MapPost("/{cycleId:int}/responses/{memberId:int}/submit", Submit).WithName("submitNeedsResponse")
            .WithSummary("Submit the saved response after checking it is complete; submitting again changes nothing (same submittedAt)")
            .ProducesErrors(400, 404, 409).RequirePermission(Permissions.NeedsRespond);
        group.MapGet("/{cycleId:int}/responses/{memberId:int}/revisions", Revisions).WithName("listNeedsResponseRevisions")
            .WithSummary("Every saved revision of a Member's response, newest first, with the response as it was saved")
            .ProducesErrors(404).RequirePermission(Permissions.NeedsRead);
        group.MapPost("/{cycleId:int}/responses/upload", Upload).WithName("uploadNeedsResponses")
            .WithSummary("Upload responses from the survey spreadsheet (text/csv or XLSX). dryRun=true reports each row's problems; " +
                         "otherwise all or nothing. status=submitted (default) or draft")
            .WithMetadata(new SpreadsheetBody.RequestBody(), new LargeBody(MaxUploadBytes))
            .ProducesErrors(400, 404, 409, 413, 415).RequirePermission(Permissions.NeedsManage);
        group.MapGet("/{cycleId:int}/responses/template", Template).WithName("getNeedsUploadTemplate")
            .WithSummary("The upload template (format=csv or xlsx): the header and a row per Member asked and question")
            .Produces<string>(StatusCodes.Status200OK, CsvBody.ContentType, XlsxReader.ContentType)
            .ProducesErrors(400, 404).RequirePermission(Permissions.NeedsManage);
        return app;
    }

    private static async Task<Ok<NeedsCyclePageDto>> List([AsParameters] ListNeedsCycles query, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(query, ct));

    private static async Task<Created<NeedsCycleDto>> Create(CreateNeedsCycle command, IMediator mediator, HttpResponse response, CancellationToken ct)
    {
        var cycle = await mediator.Send(command, ct);
        ETags.Set(response, cycle.Version);
        return TypedResults.Created($"/api/needs-cycles/{cycle.Id}", cycle);
    }

    private static Task<Ok<NeedsCycleDto>> Get(int cycleId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        CycleAsync(mediator.Send(new GetNeedsCycle(cycleId), ct), response);

    private static Task<Ok<NeedsCycleDto>> Update(int cycleId, UpdateNeedsCycle command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken ct) =>
        CycleAsync(mediator.Send(command with { CycleId = cycleId, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct), response);

    private static Task<Ok<NeedsCycleDto>> ReplaceQuestions(int cycleId, ReplaceNeedsQuestions command, [FromHeader(Name = "If-Match")] string? ifMatch,
        IMediator mediator, HttpResponse response, CancellationToken ct) =>
        CycleAsync(mediator.Send(command with { CycleId = cycleId, ExpectedVersion = ETags.ParseIfMatch(ifMatch) }, ct), response);

    private static Task<Ok<NeedsCycleDto>> Open(int cycleId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        CycleAsync(mediator.Send(new OpenNeedsCycle(cycleId), ct), response);

    private static Task<Ok<NeedsCycleDto>> Close(int cycleId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        CycleAsync(mediator.Send(new CloseNeedsCycle(cycleId), ct), response);

    private static async Task<Ok<NeedsCycleDto>> CycleAsync(Task<NeedsCycleDto> send, HttpResponse response)
    {
        var cycle = await send;
        ETags.Set(response, cycle.Version);
        return TypedResults.Ok(cycle);
    }

    private static async Task<Ok<NeedsTrackerDto>> Tracker(int cycleId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetNeedsTracker(cycleId), ct));

    private static async Task<Ok<NeedsRemindersResultDto>> Remind(int cycleId, RecordNeedsReminders command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { CycleId = cycleId }, ct));

    private static Task<Ok<NeedsResponseDto>> GetResponse(int cycleId, int memberId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        ResponseAsync(mediator.Send(new GetNeedsResponse(cycleId, memberId), ct), response);

    private static Task<Ok<NeedsResponseDto>> SaveResponse(int cycleId, int memberId, SaveNeedsResponse command,
        [FromHeader(Name = "If-Match")] string? ifMatch, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        ResponseAsync(mediator.Send(command with { CycleId = cycleId, MemberId = memberId, ExpectedRevision = ETags.ParseIfMatch(ifMatch) }, ct), response);

    private static Task<Ok<NeedsResponseDto>> Submit(int cycleId, int memberId, IMediator mediator, HttpResponse response, CancellationToken ct) =>
        ResponseAsync(mediator.Send(new SubmitNeedsResponse(cycleId, memberId), ct), response);

    /// <summary>A response's ETag is its revision.</summary>
    private static async Task<Ok<NeedsResponseDto>> ResponseAsync(Task<NeedsResponseDto> send, HttpResponse response)
    {
        var dto = await send;
        ETags.Set(response, dto.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return TypedResults.Ok(dto);
    }

    private static async Task<Ok<IReadOnlyList<NeedsResponseRevisionDto>>> Revisions(int cycleId, int memberId, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListNeedsResponseRevisions(cycleId, memberId), ct));

    private static async Task<Ok<NeedsUploadReportDto>> Upload(int cycleId, HttpRequest request, [FromQuery] bool? dryRun, [FromQuery] string? status,
        IMediator mediator, CancellationToken ct)
    {
        var uploaded = NeedsResponseStatus.Submitted;
        if (status is not null && !KebabEnum.TryParse(status, out uploaded))
            throw new ValidationException([new ValidationFailure("status", "status is submitted (default) or draft.")]);
        var sheet = await SpreadsheetBody.ReadAsync(request, ct) switch
        {
            { Csv: { } csv } => NeedsUploadFormat.ReadCsv(csv),
            { Xlsx: { } xlsx } => ReadXlsx(xlsx),
            _ => null,
        };
        return TypedResults.Ok(await mediator.Send(new UploadNeedsResponses(cycleId, sheet, dryRun ?? false, uploaded), ct));
    }

    private static NeedsUploadFormat.Sheet? ReadXlsx(byte[] bytes)
    {
        try { return NeedsUploadFormat.ReadXlsx(bytes); }
        catch (XlsxFormatException e) { throw new ValidationException([new ValidationFailure("file", e.Message)]); }
    }

    private static async Task<IResult> Template(int cycleId, [FromQuery] string? format, IMediator mediator, CancellationToken ct)
    {
        var file = await mediator.Send(new GetNeedsUploadTemplate(cycleId, format ?? "csv"), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
