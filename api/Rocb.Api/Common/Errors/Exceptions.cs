namespace Rocb.Api.Common.Errors;

/// <summary>The record asked for does not exist: 404.</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>The change conflicts with the state of other records: 409.</summary>
public sealed class ConflictException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>The caller's If-Match no longer names the current version: 412.</summary>
public sealed class PreconditionFailedException(string entity, object key)
    : Exception($"{entity} {key} was changed by someone else since you read it. Reload it, then apply your change again.");
