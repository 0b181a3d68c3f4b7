using Rocb.Api.Domain.Experts;

namespace Rocb.Api.Features.Experts;

/// <summary>
/// candidate → pre-accredited → accredited → expired (and accredited again on renewal); withdrawn from any status.
/// Any other change skips the lifecycle and needs an override reason.
/// </summary>
public static class AccreditationLifecycle
{
    public static bool IsNormalStep(AccreditationStatus from, AccreditationStatus to) => (from, to) switch
    {
        (AccreditationStatus.Candidate, AccreditationStatus.PreAccredited) => true,
        (AccreditationStatus.PreAccredited, AccreditationStatus.Accredited) => true,
        (AccreditationStatus.Accredited, AccreditationStatus.Expired) => true,
        (AccreditationStatus.Expired, AccreditationStatus.Accredited) => true,
        (not AccreditationStatus.Withdrawn, AccreditationStatus.Withdrawn) => true,
        _ => false,
    };

    /// <summary>Accredited on every day of [from, to]: status accredited (or since expired) with validity covering the dates.</summary>
    public static bool ValidOn(AccreditationStatus status, DateOnly? validFrom, DateOnly? validUntil, DateOnly from, DateOnly to) =>
        status is AccreditationStatus.Accredited or AccreditationStatus.Expired
        && (validFrom is null || validFrom <= from)
        && (validUntil is null ? status == AccreditationStatus.Accredited : validUntil >= to);
}
