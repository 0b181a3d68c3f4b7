using System.Diagnostics;
using System.Security.Claims;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Common.Auditing;

/// <summary>Who is making a change, as the audit log records it.</summary>
public interface IAuditActor
{
    /// <summary>user, api-key, anonymous or system.</summary>
    string Type { get; }
    string? Id { get; }
    string Name { get; }
    string? TraceId { get; }
}

/// <summary>The caller of the current HTTP request: a signed-in user, an API key, or anonymous (e.g. a failed sign-in).</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;
    private bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;
    private bool IsApiKey => Principal?.HasClaim(c => c.Type == RocbClaims.ApiKeyId) == true;

    public string Type => accessor.HttpContext is null ? "system" : !IsAuthenticated ? "anonymous" : IsApiKey ? "api-key" : "user";

    public string? Id => !IsAuthenticated ? null
        : IsApiKey ? Principal!.FindFirstValue(RocbClaims.ApiKeyId)
        : Principal!.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => accessor.HttpContext is null ? "system"
        : !IsAuthenticated ? "anonymous"
        : Principal!.FindFirstValue(ClaimTypes.Name) ?? Id ?? "unknown";

    public string? TraceId => Activity.Current?.Id ?? accessor.HttpContext?.TraceIdentifier;
}

/// <summary>Rocb itself, e.g. migrations and seeding at start-up.</summary>
public sealed class SystemActor : IAuditActor
{
    public static readonly SystemActor Instance = new();
    public string Type => "system";
    public string? Id => null;
    public string Name => "system";
    public string? TraceId => Activity.Current?.Id;
}
