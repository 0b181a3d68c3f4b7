using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Rocb.Api.Persistence;

namespace Rocb.Api.Common.Errors;

/// <summary>
/// Turns exceptions into RFC 9457 ProblemDetails: validation 400 (errors keyed by camelCase field
/// path), unreadable bodies 400, not found 404, conflicts and PostgreSQL unique, foreign-key, check
/// and exclusion violations 409, stale versions 412, oversized bodies 413. Anything else is a 500
/// without internals (the developer exception page shows them in Development only).
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null) return false;

        context.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationException v => new HttpValidationProblemDetails(FieldErrors.From(v.Errors))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Detail = "See errors for the message on each field.",
        },
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } bad => new ProblemDetails
        {
            Status = StatusCodes.Status413PayloadTooLarge,
            Title = "The request body is too large.",
            Detail = bad.Message,
        },
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Unsupported content type." : "The request could not be read.",
            Detail = ReadableMessage(bad),
        },
        NotFoundException nf => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = nf.Message },
        ConflictException c => Conflict(c.Message, c.Field),
        PreconditionFailedException p => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "The record has changed.",
            Detail = p.Message,
        },
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "The record has changed.",
            Detail = "The record was changed by someone else while you were saving. Reload it, then apply your change again.",
        },
        DbUpdateException { InnerException: PostgresException pg } => FromPostgres(pg),
        PostgresException pg => FromPostgres(pg),
        _ => null,
    };

    private ProblemDetails? FromPostgres(PostgresException pg)
    {
        if (pg.SqlState is not (PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation
            or PostgresErrorCodes.CheckViolation or PostgresErrorCodes.ExclusionViolation))
            return null;

        logger.LogInformation("Constraint {Constraint} violated on {Table}", pg.ConstraintName, pg.TableName);
        if (pg.ConstraintName is { } name && Constraints.Explanations.TryGetValue(name, out var known))
            return Conflict(known.Message, known.Field);

        return Conflict(pg.SqlState == PostgresErrorCodes.ForeignKeyViolation
            ? $"Other records ({pg.TableName}) still refer to this one, or it refers to a record that does not exist."
            : "The change conflicts with existing records.", null);
    }

    private static ProblemDetails Conflict(string message, string? field)
    {
        var problem = field is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] });
        problem.Status = StatusCodes.Status409Conflict;
        problem.Title = "The change conflicts with existing records.";
        problem.Detail = message;
        return problem;
    }

    private static string ReadableMessage(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException json => $"The JSON body is malformed or has a value of the wrong type{(json.Path is { } p ? $" at {p}" : "")}.",
        _ => bad.Message,
    };
}
