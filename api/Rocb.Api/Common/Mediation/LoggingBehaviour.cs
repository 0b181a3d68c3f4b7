using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Options;

namespace Rocb.Api.Common.Mediation;

public sealed class MediationOptions
{
    /// <summary>A request slower than this is logged as a warning.</summary>
    public int SlowRequestMilliseconds { get; set; } = 500;
}

/// <summary>Logs each request with its duration, and warns about slow ones.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(
    ILogger<LoggingBehaviour<TRequest, TResponse>> logger, IOptions<MediationOptions> options)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed.TotalMilliseconds > options.Value.SlowRequestMilliseconds)
                logger.LogWarning("Slow request {Request} took {ElapsedMs:F0} ms", name, elapsed.TotalMilliseconds);
            else
                logger.LogInformation("Handled {Request} in {ElapsedMs:F1} ms", name, elapsed.TotalMilliseconds);
        }
    }
}
