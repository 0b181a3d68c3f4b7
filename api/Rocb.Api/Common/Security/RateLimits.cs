using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Rocb.Api.Common.Security;

public sealed class RateLimitOptions
{
    /// <summary>Requests per minute from one IP address.</summary>
    public int PerIpPerMinute { get; set; } = 600;
    /// <summary>Requests per minute with one API key (whatever the IP).</summary>
    public int PerApiKeyPerMinute { get; set; } = 300;
    /// <summary>Sign-in attempts per minute from one IP address.</summary>
    public int SignInPerMinute { get; set; } = 10;
}

/// <summary>
/// Per-IP and per-API-key limits on every request, and a tighter one on sign-in; a refused request gets
/// 429 ProblemDetails with Retry-After. (Limits are per instance; behind a load balancer they multiply.)
/// </summary>
public static class RateLimits
{
    public const string SignInPolicy = "sign-in";

    public static IServiceCollection AddRocbRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Rocb:RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                    RateLimitPartition.GetFixedWindowLimiter($"ip:{ClientIp(ctx)}", _ => Window(limits.PerIpPerMinute))),
                PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                    ApiKeyPrefix(ctx) is { } prefix
                        ? RateLimitPartition.GetFixedWindowLimiter($"key:{prefix}", _ => Window(limits.PerApiKeyPerMinute))
                        : RateLimitPartition.GetNoLimiter("no-key")));
            o.AddPolicy(SignInPolicy, ctx =>
                RateLimitPartition.GetFixedWindowLimiter($"sign-in:{ClientIp(ctx)}", _ => Window(limits.SignInPerMinute)));
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"Slow down: try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
                    },
                });
            };
        });
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string? ApiKeyPrefix(HttpContext context) =>
        context.Request.Headers.TryGetValue(ApiKeyAuthenticationHandler.Header, out var key)
        && ApiKeySecret.TryParse(key.ToString(), out var prefix, out _) ? prefix : null;
}
