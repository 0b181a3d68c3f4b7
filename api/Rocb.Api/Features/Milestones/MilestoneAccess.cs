using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Plans;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Milestones;

/// <summary>
/// Row-level rules for milestone statuses. Approved records are public to every reader; drafts, submitted and
/// returned ones are visible only to Staff, Administrators and the focal points of the Member concerned. A focal
/// point cannot see or touch another Member's unapproved records: they answer 404, as if they did not exist.
/// </summary>
public static class MilestoneAccess
{
    public static IQueryable<MilestoneStatusRecord> Visible(this IQueryable<MilestoneStatusRecord> records, CurrentUser user) =>
        user.IsStaffOrAdministrator ? records
        : user.MemberId is { } member ? records.Where(r => r.State == ReviewState.Approved || r.MemberId == member)
        : records.Where(r => r.State == ReviewState.Approved);

    /// <summary>A record the caller may change (its own Member's, or any for Staff), tracked for update.</summary>
    public static async Task<MilestoneStatusRecord> EditableAsync(RocbDbContext db, CurrentUser user, long id, CancellationToken ct)
    {
        var record = await db.MilestoneStatusRecords.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || !MayChange(user, record.MemberId)) throw new NotFoundException("Milestone status", id);
        return record;
    }

    public static bool MayChange(CurrentUser user, int memberId) => user.IsStaffOrAdministrator || user.MemberId == memberId;
}
