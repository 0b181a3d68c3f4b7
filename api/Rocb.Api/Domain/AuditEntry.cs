namespace Rocb.Api.Domain;

/// <summary>One change to one record: who, when, what, and the values before and after. Written in the change's own transaction.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>user, api-key or system.</summary>
    public string ActorType { get; set; } = "";
    public string? ActorId { get; set; }
    public string ActorName { get; set; } = "";
    /// <summary>Entity name, e.g. Member.</summary>
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>created, updated or deleted.</summary>
    public string Action { get; set; } = "";
    /// <summary>JSON object of the changed fields' values before (null when created).</summary>
    public string? Before { get; set; }
    /// <summary>JSON object of the changed fields' values after (null when deleted).</summary>
    public string? After { get; set; }
    public string? TraceId { get; set; }
}

/// <summary>An ASP.NET Core data-protection key, shared by every API instance so tokens stay valid behind a load balancer.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
