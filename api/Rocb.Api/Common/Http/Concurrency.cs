using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rocb.Api.Common.Errors;

namespace Rocb.Api.Common.Http;

public static class Concurrency
{
    /// <summary>
    /// Applies the caller's If-Match: a stale version is a 412 now, and the version also guards the
    /// UPDATE/DELETE itself, so a change made between our read and our write is a 412 too.
    /// </summary>
    public static void ExpectVersion<T>(this EntityEntry<T> entry, uint? expected, string entity, object key) where T : class
    {
        if (expected is not { } version) return;
        var property = entry.Property<uint>("Version");
        if (property.CurrentValue != version) throw new PreconditionFailedException(entity, key);
        property.OriginalValue = version;
    }
}
