using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rocb.Api.Domain;

namespace Rocb.Api.Common.Auditing;

/// <summary>Turns the change tracker's pending changes into audit entries with before/after values.</summary>
public static class AuditTrail
{
    // Secrets never reach the audit log; that they changed is still recorded.
    private static readonly HashSet<string> Redacted =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "SecretHash"];

    // A needs response revision is itself the history of a response (its answers are audited as they change); auditing its
    // snapshot again would store every response twice more.
    private static readonly HashSet<Type> NotAudited =
        [typeof(AuditEntry), typeof(DataProtectionKey), typeof(Domain.NeedsSurveys.NeedsResponseRevision)];

    public sealed record PendingChange(EntityEntry Entry, string Action, Dictionary<string, object?>? Before, Dictionary<string, object?>? After);

    public static List<PendingChange> Capture(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var changes = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (NotAudited.Contains(entry.Metadata.ClrType)) continue;
            var properties = entry.Properties.Where(p => p.Metadata.Name != "Version").ToList();
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new PendingChange(entry, "created", null, null)); // values read after the save (generated keys)
                    break;
                case EntityState.Modified:
                    var modified = properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    // Identity's own bookkeeping (renewed stamps, the failed-sign-in counter) is not a change anyone made;
                    // a lockout, a password or a role change still is.
                    if (modified.All(p => p.Metadata.Name is "ConcurrencyStamp" or "AccessFailedCount")) continue;
                    changes.Add(new PendingChange(entry, "updated",
                        modified.ToDictionary(p => p.Metadata.Name, p => Value(p.Metadata.Name, p.OriginalValue)),
                        modified.ToDictionary(p => p.Metadata.Name, p => Value(p.Metadata.Name, p.CurrentValue))));
                    break;
                case EntityState.Deleted:
                    changes.Add(new PendingChange(entry, "deleted",
                        properties.ToDictionary(p => p.Metadata.Name, p => Value(p.Metadata.Name, p.OriginalValue)), null));
                    break;
            }
        }
        return changes;
    }

    public static IEnumerable<AuditEntry> Entries(IEnumerable<PendingChange> changes, IAuditActor actor)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var change in changes)
        {
            var after = change.Action == "created"
                ? change.Entry.Properties.Where(p => p.Metadata.Name != "Version")
                    .ToDictionary(p => p.Metadata.Name, p => Value(p.Metadata.Name, p.CurrentValue))
                : change.After;
            yield return new AuditEntry
            {
                OccurredAt = now,
                ActorType = actor.Type,
                ActorId = actor.Id,
                ActorName = actor.Name,
                Entity = EntityName(change.Entry.Metadata.ClrType),
                EntityId = string.Join("/", change.Entry.Metadata.FindPrimaryKey()!.Properties
                    .Select(p => change.Entry.Property(p.Name).CurrentValue ?? change.Entry.Property(p.Name).OriginalValue)),
                Action = change.Action,
                Before = change.Before is null ? null : JsonSerializer.Serialize(change.Before),
                After = after is null ? null : JsonSerializer.Serialize(after),
                TraceId = actor.TraceId,
            };
        }
    }

    /// <summary>The name the audit log uses: RocbUser → User, IdentityUserRole&lt;Guid&gt; → UserRole.</summary>
    public static string EntityName(Type type)
    {
        var name = type.Name.Split('`')[0];
        if (name.StartsWith("Identity", StringComparison.Ordinal)) name = name["Identity".Length..];
        if (name.StartsWith("Rocb", StringComparison.Ordinal)) name = name["Rocb".Length..];
        return name;
    }

    private static object? Value(string property, object? value) =>
        Redacted.Contains(property) && value is not null ? "[redacted]" : value;
}
