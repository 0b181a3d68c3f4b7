using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Topics;

public static class TopicsEndpoints
{
    public static IEndpointRouteBuilder MapTopics(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/topics").WithTags("Topics")
            .MapGet("/", List).WithName("listTopics").WithSummary("The topic list: WCO instruments and themes, by package")
            .RequirePermission(Permissions.ReferenceDataRead);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<TopicDto>>> List(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListTopics(), ct));
}
