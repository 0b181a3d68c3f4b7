using Microsoft.EntityFrameworkCore;
using Rocb.Api.Common.Errors;
using Rocb.Api.Domain.NeedsSurveys;
using Rocb.Api.Features.Activities;
using Rocb.Api.Features.Progress;
using Rocb.Api.Persistence;

namespace Rocb.Api.Features.NeedsSurveys;

public static class NeedsCycleQueries
{
    public static async Task<IReadOnlyList<NeedsQuestionDto>> QuestionsAsync(RocbDbContext db, int cycleId, CancellationToken ct) =>
        await db.NeedsQuestions.AsNoTracking().Where(q => q.CycleId == cycleId).OrderBy(q => q.Position)
            .Select(q => new NeedsQuestionDto(q.Id, q.Position, q.Kind,
                q.Topic == null ? null : new TopicRefDto(q.Topic.Id, q.Topic.Code, q.Topic.Name), q.Text))
            .ToListAsync(ct);

    public static async Task<IReadOnlyList<NeedsMemberDto>> MembersAsync(RocbDbContext db, int cycleId, CancellationToken ct) =>
        await db.NeedsCycleMembers.AsNoTracking().Where(m => m.CycleId == cycleId).OrderBy(m => m.Member!.Code)
            .Select(m => new NeedsMemberDto(m.MemberId, m.Member!.Code, m.Member.Name, m.Member.SubRegionId, m.Member.SubRegion.Name))
            .ToListAsync(ct);

    public static async Task<NeedsMemberDto> MemberAsync(RocbDbContext db, int memberId, CancellationToken ct) =>
        await db.Members.AsNoTracking().Where(m => m.Id == memberId)
            .Select(m => new NeedsMemberDto(m.Id, m.Code, m.Name, m.SubRegionId, m.SubRegion.Name))
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("Member", memberId);

    /// <summary>The cycle as the caller may see it (404 otherwise), with its questionnaire and Members.</summary>
    public static async Task<NeedsCycleDto> GetAsync(RocbDbContext db, Common.Security.CurrentUser user, int cycleId, DateOnly today,
        CancellationToken ct)
    {
        var cycle = await NeedsAccess.VisibleCycleAsync(db, user, cycleId, ct);
        var own = NeedsAccess.RestrictedTo(user);
        var questions = await QuestionsAsync(db, cycleId, ct);
        // A focal point sees the questionnaire, but of the Members asked only its own.
        var members = (await MembersAsync(db, cycleId, ct)).Where(m => own is null || m.Id == own).ToList();
        var statuses = await db.NeedsResponses.AsNoTracking().Where(r => r.CycleId == cycleId)
            .Select(r => new { r.MemberId, r.Status }).ToListAsync(ct);
        NeedsProgress? ownProgress = own is { } memberId
            ? statuses.FirstOrDefault(s => s.MemberId == memberId) is { } mine ? Progress(mine.Status) : NeedsProgress.NotStarted
            : null;
        return new NeedsCycleDto(cycle.Id, cycle.Name, cycle.FiscalYear, new FiscalYear(cycle.FiscalYear).Label, cycle.OpensOn, cycle.ClosesOn,
            cycle.Status, cycle.Coordinators, cycle.CopiedFromCycleId, cycle.IsExample, cycle.CreatedAt, NeedsAccess.Window(cycle, today),
            questions, members, own is null ? statuses.Count : 0, own is null ? statuses.Count(s => s.Status == NeedsResponseStatus.Submitted) : 0,
            ownProgress, cycle.Version.ToString());
    }

    public static NeedsProgress Progress(NeedsResponseStatus status) =>
        status == NeedsResponseStatus.Submitted ? NeedsProgress.Submitted : NeedsProgress.Draft;
}
