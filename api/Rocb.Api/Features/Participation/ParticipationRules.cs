using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.Participation;

/// <summary>Rules shared by the participant and evaluation use cases.</summary>
public static class ParticipationRules
{
    public static async Task<Activity> ActivityAsync(RocbDbContext db, long id, CancellationToken ct) =>
        await db.Activities.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Activity", id);

    /// <summary>Named participants: Staff see all; a focal point only its own administration's; nobody else any.</summary>
    public static IQueryable<Participant> Visible(this IQueryable<Participant> participants, CurrentUser user) =>
        user.IsStaffOrAdministrator ? participants
        : user.MemberId is { } member ? participants.Where(p => p.MemberId == member)
        : participants.Where(p => false);

    /// <summary>
    /// Rolls named participants up into their Member's count row (replacing counts entered by hand for that Member),
    /// and drops rows whose named participants are all gone. One statement, so it is as fast for 100,000 rows as for one.
    /// </summary>
    public static async Task RollUpAsync(RocbDbContext db, long activityId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM participant_counts c
            WHERE c.activity_id = {activityId} AND c.from_individuals
              AND NOT EXISTS (SELECT 1 FROM participants p WHERE p.activity_id = c.activity_id AND p.member_id = c.member_id)
            """, ct);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO participant_counts (activity_id, member_id, female, male, other, not_recorded, observers, head_of_delegation_gender, from_individuals)
            SELECT p.activity_id, p.member_id,
                   count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Female'),
                   count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Male'),
                   count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'Other'),
                   count(*) FILTER (WHERE p.role <> 'Observer' AND p.gender = 'NotRecorded'),
                   count(*) FILTER (WHERE p.role = 'Observer'),
                   min(p.gender) FILTER (WHERE p.role = 'HeadOfDelegation'),
                   true
            FROM participants p WHERE p.activity_id = {activityId}
            GROUP BY p.activity_id, p.member_id
            ON CONFLICT (activity_id, member_id) DO UPDATE SET
                female = excluded.female, male = excluded.male, other = excluded.other, not_recorded = excluded.not_recorded,
                observers = excluded.observers, head_of_delegation_gender = excluded.head_of_delegation_gender,
                from_individuals = true, note = NULL
            """, ct);
    }
}
