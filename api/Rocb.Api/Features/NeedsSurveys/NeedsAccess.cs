using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Security;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

/// <summary>
/// Row-level rules for needs surveys. Staff, Administrators and Viewers see every cycle and response. A focal point sees the
/// cycles its Member is asked in once they are no longer drafts (a draft cycle is still being prepared), and only its own
/// Member's response: anything else answers 404, as if it did not exist.
/// </summary>
public static class NeedsAccess
{
    /// <summary>
    /// The Member a focal point is restricted to (-1 if it is bound to none); null for everyone else who gets this far (Staff,
    /// Administrators, Viewers — the permissions keep other roles out — and the system itself, e.g. the seed).
    /// </summary>
    public static int? RestrictedTo(CurrentUser user) =>
        user.IsInRole(Roles.MemberFocalPoint) && !user.IsStaffOrAdministrator && !user.IsInRole(Roles.Viewer) ? user.MemberId ?? -1 : null;

    public static IQueryable<NeedsCycle> Visible(this IQueryable<NeedsCycle> cycles, CurrentUser user) =>
        RestrictedTo(user) is { } member
            ? cycles.Where(c => c.Status != NeedsCycleStatus.Draft && c.Members.Any(m => m.MemberId == member))
            : cycles;

    /// <summary>The cycle if the caller may see it, else 404.</summary>
    public static async Task<NeedsCycle> VisibleCycleAsync(RocbDbContext db, CurrentUser user, int cycleId, CancellationToken ct) =>
        await db.NeedsCycles.AsNoTracking().Visible(user).SingleOrDefaultAsync(c => c.Id == cycleId, ct)
        ?? throw new NotFoundException("Needs survey cycle", cycleId);

    /// <summary>404 unless the caller may see this Member's response in the cycle and the Member is asked in it.</summary>
    public static async Task EnsureMemberAsync(RocbDbContext db, CurrentUser user, int cycleId, int memberId, CancellationToken ct)
    {
        if (RestrictedTo(user) is { } own && own != memberId) throw new NotFoundException("Needs response", $"{cycleId}/{memberId}");
        if (!await db.NeedsCycleMembers.AnyAsync(m => m.CycleId == cycleId && m.MemberId == memberId, ct))
            throw new NotFoundException("Needs response", $"{cycleId}/{memberId}");
    }

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Now, to the microsecond PostgreSQL keeps, so that what a save returns equals what a later read returns.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Answers are accepted only while the cycle is open and today is within [opensOn, closesOn].</summary>
    public static NeedsWindowDto Window(NeedsCycle cycle, DateOnly today) =>
        Window(cycle.Status, cycle.OpensOn, cycle.ClosesOn, today);

    public static NeedsWindowDto Window(NeedsCycleStatus status, DateOnly opensOn, DateOnly closesOn, DateOnly today) => status switch
    {
        NeedsCycleStatus.Draft => new(false, $"The cycle has not been opened yet; answers are planned from {Day(opensOn)} to {Day(closesOn)}."),
        NeedsCycleStatus.Closed => new(false, $"The cycle is closed (answers were due by {Day(closesOn)})."),
        _ when today < opensOn => new(false, $"The cycle opens for answers on {Day(opensOn)}."),
        _ when today > closesOn => new(false, $"The cycle closed for answers on {Day(closesOn)}."),
        _ => new(true, $"Answers are accepted until {Day(closesOn)}."),
    };

    /// <summary>409 naming when the cycle opens or when it closed, unless answers are accepted today.</summary>
    public static void EnsureAcceptingAnswers(NeedsCycle cycle, DateOnly today)
    {
        var window = Window(cycle, today);
        if (!window.AcceptingAnswers) throw new ConflictException(window.Message, "cycle");
    }
}
