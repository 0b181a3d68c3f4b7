namespace Rocb.Api.Domain;

/// <summary>
/// A key an integration client (e.g. a WCO Secretariat system) sends in X-Api-Key. Only a SHA-256 hash of
/// its secret is stored; the key itself is shown once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Public part of the key, used to find it (rocb_&lt;prefix&gt;_&lt;secret&gt;).</summary>
    public string Prefix { get; set; } = "";
    public byte[] SecretHash { get; set; } = [];
    public List<string> Scopes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
