using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rocb.Api.Persistence;

namespace Rocb.Api.Common.Security;

/// <summary>
/// Authenticates integration clients by the X-Api-Key header: rocb_&lt;prefix&gt;_&lt;secret&gt;. The prefix finds the key,
/// the secret's SHA-256 must match (compared in constant time), and the key must be neither revoked nor expired.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    RocbDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    // Writing last-used on every request would turn each read into a write; once a minute is enough.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values)) return AuthenticateResult.NoResult();
        if (!ApiKeySecret.TryParse(values.ToString(), out var prefix, out var secret))
            return AuthenticateResult.Fail("The API key is malformed.");

        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || !CryptographicOperations.FixedTimeEquals(key.SecretHash, ApiKeySecret.Hash(secret)))
            return AuthenticateResult.Fail("The API key is not valid.");
        var now = clock.GetUtcNow();
        if (key.RevokedAt is not null) return AuthenticateResult.Fail("The API key has been revoked.");
        if (key.ExpiresAt is { } expires && expires <= now) return AuthenticateResult.Fail("The API key has expired.");

        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
            await db.ApiKeys.Where(k => k.Id == key.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);

        var claims = new List<Claim>
        {
            new(RocbClaims.ApiKeyId, key.Id.ToString()),
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, $"API key {key.Name}"),
        };
        claims.AddRange(key.Scopes.Select(s => new Claim(RocbClaims.Scope, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}

public static class ApiKeySecret
{
    private const string Marker = "rocb";

    /// <summary>A new key: its public prefix, its secret, and the whole text the client sends.</summary>
    public static (string Prefix, string Secret, string Key) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (prefix, secret, $"{Marker}_{prefix}_{secret}");
    }

    public static bool TryParse(string key, out string prefix, out string secret)
    {
        var parts = key.Trim().Split('_', 3);
        prefix = parts.Length == 3 ? parts[1] : "";
        secret = parts.Length == 3 ? parts[2] : "";
        return parts.Length == 3 && parts[0] == Marker && prefix.Length == 12 && secret.Length > 0;
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
