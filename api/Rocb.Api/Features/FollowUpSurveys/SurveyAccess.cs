using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.Activities;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.FollowUpSurveys;

/// <summary>
/// Row-level rules for follow-up survey replies. Staff and Administrators see and record every reply; a focal point
/// only its own Member's. Another Member's replies answer 404, as if they did not exist.
/// </summary>
public static class SurveyAccess
{
    public static IQueryable<SurveyReply> Visible(this IQueryable<SurveyReply> replies, CurrentUser user) =>
        user.IsStaffOrAdministrator ? replies
        : user.MemberId is { } member ? replies.Where(r => r.MemberId == member)
        : replies.Where(_ => false);

    public static bool MayReplyFor(CurrentUser user, int? memberId) =>
        user.IsStaffOrAdministrator || (memberId is not null && user.MemberId == memberId);

    /// <summary>A reply the caller may change (its own Member's, or any for Staff), tracked for update.</summary>
    public static async Task<SurveyReply> EditableAsync(RocbDbContext db, CurrentUser user, long id, CancellationToken ct)
    {
        var reply = await db.SurveyReplies.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (reply is null || !MayReplyFor(user, reply.MemberId)) throw new NotFoundException("Survey reply", id);
        return reply;
    }

    /// <summary>
    /// Whether a Member took part in an activity: it has a participant count of its own (named participants always roll up
    /// into one) or is one of the activity's beneficiary Members.
    /// </summary>
    public static async Task<bool> TookPartAsync(RocbDbContext db, long activityId, int memberId, CancellationToken ct) =>
        await db.ParticipantCounts.AnyAsync(c => c.ActivityId == activityId && c.MemberId == memberId, ct)
        || await db.Activities.AnyAsync(a => a.Id == activityId && a.Members.Any(m => m.Id == memberId), ct);

    /// <summary>The round, or 404.</summary>
    public static async Task<SurveyRound> RoundAsync(RocbDbContext db, int roundId, CancellationToken ct) =>
        await db.SurveyRounds.SingleOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("Survey round", roundId);

    /// <summary>A workshop of the round, tracked, or 404.</summary>
    public static async Task<SurveyWorkshop> WorkshopAsync(RocbDbContext db, int roundId, int workshopId, CancellationToken ct) =>
        await db.SurveyWorkshops.SingleOrDefaultAsync(w => w.Id == workshopId && w.RoundId == roundId, ct)
        ?? throw new NotFoundException("Survey workshop", workshopId);
}
